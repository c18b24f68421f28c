import { readFileSync } from 'node:fs';
import type { Journey } from '@wayfinder/core/navigator';
import { blankMeasure, blankPdsaCycle, blankPitStop, emptyJourney, exportJourney, newId, nextTripTicketVersion } from '@wayfinder/core/navigator';
import { fixturesDir } from './fixtures.ts';

/** The seven-state study as CSV, the outcome last, straight from the reference fixture. */
export function sevenStatesCsv(): string {
  const study = JSON.parse(readFileSync(`${fixturesDir()}seven-states.json`, 'utf8')) as { outcome: string; conditions: string[]; cases: Array<Record<string, string | number>> };
  const columns = [...study.conditions, study.outcome];
  return [['case', ...columns].join(','), ...study.cases.map((item) => [item.id, ...columns.map((name) => item[name])].join(','))].join('\n');
}

/** Lipset's fuzzy data (QCA's `LF`) as CSV, from the reference case whose results R's QCA gave. */
export function lipsetCsv(): string {
  const request = JSON.parse(readFileSync(`${fixturesDir()}qca/cases/LF-surv.request.json`, 'utf8')) as { data: Array<Record<string, string | number>> };
  const columns = Object.keys(request.data[0]!);
  return [columns.join(','), ...request.data.map((row) => columns.map((name) => row[name]).join(','))].join('\n');
}

/** Coded interview segments as the coding page imports them. */
export const segmentsCsv = [
  'respondent,site,code,pole,excerpt,coder',
  'T1,Eastbrook,justice,high,Who is the system failing?,Ana',
  'T1,Eastbrook,equity,high,Coaches go first to Title I schools.,Ana',
  'T2,Westfield,quantification,high,We sort kids by band.,Ana',
].join('\n');

/**
 * A journey a team has lived in for a term: two trip-ticket versions with long answers, a pit
 * stop, factors, measures, a PDSA cycle and a travel-log entry, as the journey file holds it.
 */
export function livedInJourneyFile(): string {
  const journey: Journey = emptyJourney('Riverside district');
  const [first, second] = journey.typology.strategies;
  const version = (at: string, people: Journey['tripTicket'][number]['peoplePresent']) => {
    const next = nextTripTicketVersion(journey, new Date(at));
    return {
      ...next,
      peoplePresent: people,
      headed: {
        ...next.headed,
        equity: 'Every student gets the support they need to reach grade-level math, with the most support going to those furthest from it.',
        destination: { ...next.headed.destination, spread: '80% of 29,284 students, including at least 80% of students furthest from opportunity, engage in two high-quality projects a year.' },
      },
      pitStops: [{ id: `plan-${at.slice(0, 10)}`, date: '2027-01-15', why: 'After the first semester', focus: 'Participation of multilingual learners' }],
      route: { ...next.route, strategies: [first, second].map((strategy) => ({ strategyId: strategy!.id, theoryOfAction: 'If teachers co-design projects with students, then more students will see themselves in the math.', steps: [], acceptableToAll: true, affordableForAll: null })) },
    };
  };
  journey.tripTicket.push(version('2026-09-01T14:05:00Z', [{ name: 'Ana Ruiz', role: 'District lead' }]));
  journey.tripTicket.push(version('2026-12-06T10:30:00Z', [{ name: 'Ana Ruiz', role: 'District lead' }, { name: 'Luis Gómez Fernández de Córdoba', role: 'Principal of Westfield Middle School' }]));
  journey.pitStops.push({ ...blankPitStop('2026-12-06'), tripTicketVersionId: journey.tripTicket[1]!.id });
  journey.factors.push({ id: newId(), category: 'innovation', name: 'Project bank', description: 'Shared projects teachers can adapt', supports: 'Easy to start', barriers: 'Few in Spanish', actions: 'Translate ten projects' });
  // A year of monthly shares for all students and for multilingual learners, who catch up after the first cycle.
  const months = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}-01`);
  const measure = blankMeasure('spread', {
    measure: 'Share of students in two projects',
    schedule: 'Each semester',
    who: 'Data team',
    kind: 'outcome',
    scale: 'proportion',
    goal: 80,
    focalGroup: 'Multilingual learners',
    data: [
      ...months.map((period, index) => ({ period, value: 150 + 4 * index, denominator: 300, group: '' })),
      ...months.map((period, index) => ({ period, value: index < 6 ? 12 + (index % 3) : 22 + (index % 3), denominator: 40, group: 'Multilingual learners' })),
    ],
  });
  journey.measures.push(measure);
  const cycle = { ...blankPdsaCycle(first!.id, '2026-07-01'), measureIds: [measure.id] };
  journey.pdsaCycles.push(cycle);
  journey.fishbone = {
    problem: 'Few multilingual learners finish two projects a year',
    categories: [
      { id: 'k1', name: 'Instruction' },
      { id: 'k2', name: 'Families and community' },
    ],
    causes: [
      { id: 'c1', categoryId: 'k1', parentId: null, text: 'Projects assume fluent academic English', reach: 'control', about: 'system' },
      { id: 'c2', categoryId: 'k1', parentId: 'c1', text: 'Rubrics reward vocabulary over ideas', reach: 'control', about: 'system' },
      { id: 'c3', categoryId: 'k2', parentId: null, text: 'Families do not value projects', reach: 'influence', about: 'students' },
    ],
  };
  journey.driverDiagram = {
    aim: '80% of multilingual learners complete two projects a year by June 2027',
    nodes: [
      { id: 'd1', kind: 'primary', parentId: null, text: 'Projects every student can enter', strategyId: null, measureIds: [measure.id], pdsaCycleIds: [] },
      { id: 'd2', kind: 'secondary', parentId: 'd1', text: 'Language supports built into each project', strategyId: null, measureIds: [], pdsaCycleIds: [] },
      { id: 'd3', kind: 'change', parentId: 'd2', text: 'Sentence frames and bilingual glossaries', strategyId: first!.id, measureIds: [], pdsaCycleIds: [cycle.id] },
    ],
  };
  journey.travelLog.push({ id: newId(), at: '2026-12-01T15:00:00.000Z', what: 'Met the principals', withWhom: 'All middle-school principals', where: 'District office', minutes: 90, decisions: 'Protect Friday planning time', strategyIds: [first!.id] });
  return exportJourney(journey);
}
