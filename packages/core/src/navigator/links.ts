import type { Issue } from '../errors';
import { linkIssue } from '../link-said';
import type { Journey } from './journey';

/**
 * Ids that point nowhere: a chosen strategy missing from the typology, a tracker entry for an
 * unknown pit stop, and so on. Each issue names where the dangling id sits. A saved trip-ticket
 * version is a record of its day: the factors and measures it named may have been removed since,
 * and it keeps naming them.
 */
export function danglingLinks(journey: Journey): Issue[] {
  const strategies = new Set(journey.typology.strategies.map((strategy) => strategy.id));
  const approaches = new Set(journey.typology.approaches.map((approach) => approach.id));
  const pitStops = new Set(journey.pitStops.map((stop) => stop.id));
  const versions = new Set(journey.tripTicket.map((version) => version.id));
  const issues: Issue[] = [];
  const measures = new Set(journey.measures.map((measure) => measure.id));
  const cycles = new Set(journey.pdsaCycles.map((cycle) => cycle.id));
  const check = (known: Set<string>, value: string, path: (string | number)[], what: 'approach' | 'strategy' | 'version' | 'plannedStop' | 'pitStop' | 'measure' | 'pdsaCycle' | 'driver' | 'category' | 'cause') => {
    if (!known.has(value)) issues.push(linkIssue(path, 'issue.noSuchId', { what, id: value }));
  };
  journey.typology.strategies.forEach((strategy, s) => check(approaches, strategy.approachId, ['typology', 'strategies', s, 'approachId'], 'approach'));
  journey.tripTicket.forEach((version, v) => {
    version.route.strategies.forEach((chosen, c) => check(strategies, chosen.strategyId, ['tripTicket', v, 'route', 'strategies', c, 'strategyId'], 'strategy'));
  });
  const plannedStops = new Set(journey.tripTicket.flatMap((version) => version.pitStops.map((planned) => planned.id)));
  journey.pitStops.forEach((stop, p) => {
    if (stop.tripTicketVersionId !== null) check(versions, stop.tripTicketVersionId, ['pitStops', p, 'tripTicketVersionId'], 'version');
    if (stop.plannedStopId !== null) check(plannedStops, stop.plannedStopId, ['pitStops', p, 'plannedStopId'], 'plannedStop');
  });
  journey.tracker.forEach((entry, t) => {
    check(pitStops, entry.pitStopId, ['tracker', t, 'pitStopId'], 'pitStop');
    check(strategies, entry.strategyId, ['tracker', t, 'strategyId'], 'strategy');
  });
  journey.measures.forEach((measure, m) => {
    if (typeof measure.target === 'object') check(strategies, measure.target.strategyId, ['measures', m, 'target', 'strategyId'], 'strategy');
  });
  journey.pdsaCycles.forEach((cycle, c) => {
    if (cycle.strategyId !== null) check(strategies, cycle.strategyId, ['pdsaCycles', c, 'strategyId'], 'strategy');
    cycle.measureIds.forEach((measureId, m) => check(measures, measureId, ['pdsaCycles', c, 'measureIds', m], 'measure'));
    if (cycle.buildsOnId === cycle.id) issues.push(linkIssue(['pdsaCycles', c, 'buildsOnId'], 'issue.ownRamp'));
    else if (cycle.buildsOnId !== null) check(cycles, cycle.buildsOnId, ['pdsaCycles', c, 'buildsOnId'], 'pdsaCycle');
  });
  journey.travelLog.forEach((entry, e) => entry.strategyIds.forEach((strategyId, s) => check(strategies, strategyId, ['travelLog', e, 'strategyIds', s], 'strategy')));
  const drivers = new Set(journey.driverDiagram.nodes.map((node) => node.id));
  journey.driverDiagram.nodes.forEach((node, n) => {
    const at = ['driverDiagram', 'nodes', n];
    if (node.parentId !== null) check(drivers, node.parentId, [...at, 'parentId'], 'driver');
    if (node.strategyId !== null) check(strategies, node.strategyId, [...at, 'strategyId'], 'strategy');
    node.measureIds.forEach((measureId, m) => check(measures, measureId, [...at, 'measureIds', m], 'measure'));
    node.pdsaCycleIds.forEach((cycleId, c) => check(cycles, cycleId, [...at, 'pdsaCycleIds', c], 'pdsaCycle'));
  });
  const categories = new Set(journey.fishbone.categories.map((category) => category.id));
  const causes = new Set(journey.fishbone.causes.map((cause) => cause.id));
  journey.fishbone.causes.forEach((cause, c) => {
    check(categories, cause.categoryId, ['fishbone', 'causes', c, 'categoryId'], 'category');
    if (cause.parentId !== null) check(causes, cause.parentId, ['fishbone', 'causes', c, 'parentId'], 'cause');
  });
  return issues;
}

/** A measure's values given twice for one period and group: which one counts would be a guess. */
export function repeatedPoints(journey: Journey): Issue[] {
  const issues: Issue[] = [];
  journey.measures.forEach((measure, m) => {
    const seen = new Map<string, number>();
    measure.data.forEach((point, index) => {
      const key = `${point.period}\u0000${point.group}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else issues.push(linkIssue(['measures', m, 'data', index], 'issue.pointRepeats', { period: point.period, group: point.group === '' ? 'all' : point.group, first: first + 1 }));
    });
  });
  return issues;
}

/** Ids used twice within one list (and every list of the journey has ids), which would make links ambiguous. */
export function duplicateIds(journey: Journey): Issue[] {
  const issues: Issue[] = [];
  const lists: [string, { id: string }[]][] = [
    ['tripTicket', journey.tripTicket],
    ['pitStops', journey.pitStops],
    ['tracker', journey.tracker],
    ['factors', journey.factors],
    ['measures', journey.measures],
    ['pdsaCycles', journey.pdsaCycles],
    ['travelLog', journey.travelLog],
  ];
  const nested: [(string | number)[], { id: string }[]][] = [
    [['typology', 'strategies'], journey.typology.strategies],
    [['typology', 'approaches'], journey.typology.approaches],
    ...journey.tripTicket.flatMap((version, v): [(string | number)[], { id: string }[]][] => [
      [['tripTicket', v, 'pitStops'], version.pitStops],
      ...version.route.strategies.map((chosen, c): [(string | number)[], { id: string }[]] => [['tripTicket', v, 'route', 'strategies', c, 'steps'], chosen.steps]),
    ]),
    ...journey.tracker.map((entry, t): [(string | number)[], { id: string }[]] => [['tracker', t, 'steps'], entry.steps]),
    [['driverDiagram', 'nodes'], journey.driverDiagram.nodes],
    [['fishbone', 'categories'], journey.fishbone.categories],
    [['fishbone', 'causes'], journey.fishbone.causes],
  ];
  for (const [path, items] of [...lists.map(([name, items]): [(string | number)[], { id: string }[]] => [[name], items]), ...nested]) {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else issues.push(linkIssue([...path, index, 'id'], 'issue.idUsedAt', { id: item.id, first: first + 1 }));
    });
  }
  return issues;
}
