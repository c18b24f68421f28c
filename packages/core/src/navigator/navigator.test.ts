import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Journey } from './index';
import { addCustomStrategy, blankMeasure, blankPdsaCycle, blankPitStop, blankTripTicket, defaultTypology, diffTripTicket, emptyJourney, exportJourney, importJourney, JourneyImportError, nextTripTicketVersion, journeyMigrations, localizeTypology, pitStopFromPlan, readTripTicketDraft, translateTypology } from './index';
import { defaultFactorGuide, translateFactorGuide } from './factor-guide';
import { factorGuideEs, typologyEs } from './spanish';

const when = new Date('2026-03-02T15:04:05.000Z');

/** A journey with the framework's own example destination and one chosen strategy. */
function exampleJourney(): Journey {
  const journey = emptyJourney('Project-based learning for all');
  const version = nextTripTicketVersion(journey, when);
  version.peoplePresent = [{ name: 'Ana', role: 'district lead' }, { name: 'Kofi', role: 'teacher-leader' }];
  version.headed.destination.spread =
    '80% of 29,284 students, including at least 80% of students furthest from opportunity, engage in two high-quality projects a year';
  version.headed.equityConfiguration.choices = ['underserved-schools'];
  version.route.strategies = [{ strategyId: 'co-design', theoryOfAction: 'If teachers co-design units, then…', steps: [{ id: 's1', text: 'Recruit a design team' }], acceptableToAll: true, affordableForAll: null }];
  journey.tripTicket.push(version);
  journey.measures.push({ ...blankMeasure('spread', { measure: 'Students completing two projects', schedule: 'each semester', who: 'data office' }), id: 'm1' });
  version.arrival.measureIds = ['m1'];
  return journey;
}

describe('strategy typology', () => {
  it('has the framework’s 3 approaches and 8 strategies, each with an equity variant', () => {
    expect(defaultTypology.approaches).toHaveLength(3);
    expect(defaultTypology.strategies).toHaveLength(8);
    expect(defaultTypology.strategies.filter((strategy) => strategy.approachId === 'networks')).toHaveLength(3);
    for (const strategy of defaultTypology.strategies) expect(strategy.equityVariant.length).toBeGreaterThan(20);
  });

  it('takes custom strategies and translations without touching ids', () => {
    const extended = addCustomStrategy(defaultTypology, { approachId: 'policy', name: 'Join the school board', description: '', equityVariant: '' }, 'custom-1');
    expect(extended.strategies.at(-1)).toMatchObject({ id: 'custom-1', custom: true });
    expect(() => addCustomStrategy(extended, { approachId: 'nowhere', name: 'x', description: '', equityVariant: '' }, 'custom-2')).toThrow(/no approach/);
    const spanish = translateTypology(extended, { strategies: { 'co-design': { name: 'Codiseñar la innovación' } } });
    expect(spanish.strategies.map((strategy) => strategy.id)).toEqual(extended.strategies.map((strategy) => strategy.id));
    expect(spanish.strategies[0]!.name).toBe('Codiseñar la innovación');
  });

  it('has every word of the framework’s typology and factor guide in Spanish', () => {
    const spanish = translateTypology(defaultTypology, typologyEs);
    for (const [index, approach] of spanish.approaches.entries()) {
      const english = defaultTypology.approaches[index]!;
      for (const key of ['name', 'description'] as const) expect(approach[key], `${approach.id}.${key}`).not.toBe(english[key]);
    }
    for (const [index, strategy] of spanish.strategies.entries()) {
      const english = defaultTypology.strategies[index]!;
      for (const key of ['name', 'description', 'equityVariant'] as const) expect(strategy[key], `${strategy.id}.${key}`).not.toBe(english[key]);
    }
    const guide = translateFactorGuide(defaultFactorGuide, factorGuideEs);
    for (const [index, category] of guide.entries()) {
      const english = defaultFactorGuide[index]!;
      expect(category.id).toBe(english.id);
      expect(category.name).not.toBe(english.name);
      expect(category.examples).toHaveLength(english.examples.length);
      expect(category.questions).toHaveLength(english.questions.length);
      expect(category.examples.some((example) => english.examples.includes(example))).toBe(false);
    }
  });

  it('shows a stored typology in Spanish but keeps a team’s own words and strategies as written', () => {
    const stored = addCustomStrategy(defaultTypology, { approachId: 'policy', name: 'Join the school board', description: 'Run for a seat', equityVariant: '' }, 'custom-1');
    const edited = { ...stored, strategies: stored.strategies.map((strategy) => (strategy.id === 'proof-point' ? { ...strategy, name: 'Our lighthouse schools' } : strategy)) };
    const shown = localizeTypology(edited, typologyEs);
    const byId = (id: string) => shown.strategies.find((strategy) => strategy.id === id)!;
    expect(byId('co-design').name).toBe('Codiseñar la innovación');
    expect(byId('proof-point').name).toBe('Our lighthouse schools');
    expect(byId('proof-point').description).toBe(typologyEs.strategies!['proof-point']!.description);
    expect(byId('custom-1')).toEqual(edited.strategies.at(-1));
    expect(shown.approaches[0]!.name).toBe('Desarrollar una innovación escalable');
    expect(edited.strategies[0]!.name).toBe('Co-design the innovation');
  });
});

describe('journey files', () => {
  it('export then import gives the same journey', () => {
    const journey = exampleJourney();
    const result = importJourney(exportJourney(journey));
    expect(result).toEqual({ ok: true, value: journey });
  });

  it('keeps any text exactly: 50,000 characters, emoji, right-to-left script, markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const journey = exampleJourney();
        journey.tripTicket[0]!.headed.equity = text;
        const back = importJourney(exportJourney(journey));
        expect(back.ok && back.value.tripTicket[0]!.headed.equity).toBe(text);
      }),
    );
    const journey = exampleJourney();
    const long = `${'équité 🚌 '.repeat(5000)}<script>alert(1)</script> مساواة`;
    journey.tripTicket[0]!.headed.scalingForEquity = long;
    const back = importJourney(exportJourney(journey));
    expect(back.ok && back.value.tripTicket[0]!.headed.scalingForEquity).toBe(long);
  });

  it('names every problem of a malformed file, with where it is', () => {
    const journey = exampleJourney() as unknown as Record<string, any>;
    journey.tripTicket[0].date = '2 March';
    journey.tripTicket[0].peoplePresent[1].name = '';
    const result = importJourney(JSON.stringify(journey));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('navigator/import');
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['tripTicket.0.date', 'tripTicket.0.peoplePresent.1.name']);
  });

  it('says what each broken rule wants, not only where', () => {
    const journey = exampleJourney() as unknown as Record<string, any>;
    journey.tripTicket[0].peoplePresent[0].name = 42;
    journey.pitStops = 'none';
    journey.tripTicket[0].headed.equityConfiguration.choices = ['sideways'];
    const result = importJourney(JSON.stringify(journey));
    if (result.ok) throw new Error('the journey was accepted');
    const messages = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages['tripTicket.0.peoplePresent.0.name']).toBe('expected a string');
    expect(messages['pitStops']).toBe('expected an array');
    expect(messages['tripTicket.0.headed.equityConfiguration.choices.0']).toMatch(/^must be one of "/);
    expect(Object.values(messages)).not.toContain('Invalid input');
  });

  it('refuses what is not a journey, broken JSON, and files from a newer version', () => {
    expect(importJourney('{"format": "something-else"}')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a journey/) } });
    expect(importJourney('{"format": ')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not JSON/) } });
    const newer = { ...exampleJourney(), schemaVersion: 99 };
    expect(importJourney(JSON.stringify(newer))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/newer version/) } });
  });

  it('brings older files up to date through the migrations, one version at a time', () => {
    // A made-up later shape in which people present are plain names, read by a made-up version 4.
    const current = exampleJourney();
    const later = { ...current, schemaVersion: 3, tripTicket: current.tripTicket.map((version) => ({ ...version, peoplePresent: version.peoplePresent.map((person) => person.name) })) };
    const migrations = {
      ...journeyMigrations,
      3: (document: Record<string, unknown>) => ({
        ...document,
        tripTicket: (document.tripTicket as Record<string, unknown>[]).map((version) => ({ ...version, peoplePresent: (version.peoplePresent as string[]).map((name) => ({ name, role: '' })) })),
      }),
    };
    const result = importJourney(JSON.stringify(later), { migrations, currentVersion: 4 });
    // Schema 4 exists only in this test, so the schema check rejects the version number, after migrating.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toMatchObject([{ path: ['schemaVersion'], message: expect.any(String) }]);
  });

  it('opens a version 1 file as version 3: pit stops carry out no plan, cycles have no title or dates or measures, entries serve no strategy', () => {
    const journey = exampleJourney();
    journey.pitStops.push(blankPitStop('2026-03-09'));
    journey.pdsaCycles.push(blankPdsaCycle('co-design'));
    journey.travelLog.push({ id: 't1', at: '2026-03-02T15:04:05.000Z', what: 'Met', withWhom: '', where: '', minutes: null, decisions: '', strategyIds: [] });
    const version1 = JSON.parse(exportJourney(journey)) as Record<string, any>;
    version1.schemaVersion = 1;
    delete version1.pitStops[0].plannedStopId;
    delete version1.pdsaCycles[0].title;
    delete version1.pdsaCycles[0].startedOn;
    delete version1.travelLog[0].strategyIds;
    for (const key of ['endedOn', 'measureIds', 'buildsOnId']) delete version1.pdsaCycles[0][key];
    for (const key of ['kind', 'scale', 'chart', 'goal', 'focalGroup', 'changes', 'baselineUntil', 'data']) delete version1.measures[0][key];
    expect(importJourney(JSON.stringify(version1))).toEqual({ ok: true, value: { ...journey, schemaVersion: 3 } });
  });

  it('opens a version 2 file as version 3, its measures with no data yet, and reads measures with data back exactly', () => {
    const journey = exampleJourney();
    const version2 = JSON.parse(exportJourney(journey)) as Record<string, any>;
    version2.schemaVersion = 2;
    for (const key of ['kind', 'scale', 'chart', 'goal', 'focalGroup', 'changes', 'baselineUntil', 'data']) delete version2.measures[0][key];
    expect(importJourney(JSON.stringify(version2))).toEqual({ ok: true, value: journey });
    journey.measures[0] = { ...journey.measures[0]!, kind: 'outcome', scale: 'proportion', chart: 'p', goal: 0.8, focalGroup: 'English learners', changes: ['2026-03-01'], baselineUntil: '2026-02-01', data: [{ period: '2026-01-01', value: 12, denominator: 40, group: 'English learners' }, { period: '2026-01-01', value: 160, denominator: 300, group: '' }] };
    const cycle = { ...blankPdsaCycle('co-design', '2026-03-02'), endedOn: '2026-03-27', measureIds: ['m1'] };
    journey.pdsaCycles.push(cycle, { ...blankPdsaCycle(), buildsOnId: cycle.id });
    expect(importJourney(exportJourney(journey))).toEqual({ ok: true, value: journey });
  });

  it('keeps a driver diagram and a fishbone, and names links to nodes, categories and causes that are not there', () => {
    const journey = exampleJourney();
    journey.driverDiagram = {
      aim: '80% of multilingual learners in two projects a year by June 2027',
      nodes: [
        { id: 'd1', kind: 'primary', parentId: null, text: 'Teachers plan projects together', strategyId: null, measureIds: [], pdsaCycleIds: [] },
        { id: 'd2', kind: 'change', parentId: 'd1', text: 'Weekly co-planning block', strategyId: 'co-design', measureIds: ['m1'], pdsaCycleIds: [] },
      ],
    };
    journey.fishbone = {
      problem: 'Few multilingual learners finish projects',
      categories: [{ id: 'k1', name: 'Methods' }],
      causes: [
        { id: 'c1', categoryId: 'k1', parentId: null, text: 'Projects assume fluent English', reach: 'control', about: 'system' },
        { id: 'c2', categoryId: 'k1', parentId: 'c1', text: 'Rubrics reward vocabulary', reach: 'control', about: 'system' },
      ],
    };
    expect(importJourney(exportJourney(journey))).toEqual({ ok: true, value: journey });
    const file = JSON.parse(exportJourney(journey)) as Record<string, any>;
    file.driverDiagram.nodes[1].parentId = 'gone';
    file.fishbone.causes[1].categoryId = 'k9';
    const broken = importJourney(JSON.stringify(file));
    expect(!broken.ok && broken.error.issues.map((issue) => [issue.path.join('.'), issue.values?.['what']])).toEqual([
      ['driverDiagram.nodes.1.parentId', 'driver'],
      ['fishbone.causes.1.categoryId', 'category'],
    ]);
  });

  it('names every bad value of a measure, a value given twice, and cycles linked to what is not there', () => {
    const file = JSON.parse(exportJourney(exampleJourney())) as Record<string, any>;
    file.measures[0].data = [
      { period: '2026-02-30', value: 3, denominator: 10, group: '' },
      { period: '2026-03-01', value: 'many', denominator: 0, group: '' },
      { period: '2026-04-01', value: 5, denominator: null, group: 'EL' },
      { period: '2026-04-01', value: 6, denominator: null, group: 'EL' },
    ];
    const broken = importJourney(JSON.stringify(file));
    expect(!broken.ok && broken.error.issues.map((issue) => issue.path.join('.'))).toEqual(['measures.0.data.0.period', 'measures.0.data.1.value', 'measures.0.data.1.denominator']);
    file.measures[0].data.splice(0, 2);
    file.pdsaCycles = [{ ...blankPdsaCycle(), id: 'c1', measureIds: ['gone'], buildsOnId: 'c1' }];
    const linked = importJourney(JSON.stringify(file));
    expect(!linked.ok && linked.error.issues.map((issue) => [issue.path.join('.'), issue.key])).toEqual([
      ['pdsaCycles.0.measureIds.0', 'issue.noSuchId'],
      ['pdsaCycles.0.buildsOnId', 'issue.ownRamp'],
      ['measures.0.data.1', 'issue.pointRepeats'],
    ]);
  });

  it('starts a pit stop from the one a trip ticket planned, and refuses a link to a plan no version holds', () => {
    const journey = exampleJourney();
    const plan = { id: 'plan-1', date: '2026-06-01', why: 'End of the first semester', focus: 'Participation' };
    journey.tripTicket[0]!.pitStops.push(plan);
    const stop = pitStopFromPlan(plan);
    expect(stop).toMatchObject({ date: '2026-06-01', kind: 'planned', occasion: 'End of the first semester — Participation', plannedStopId: 'plan-1' });
    expect(importJourney(exportJourney({ ...journey, pitStops: [stop] })).ok).toBe(true);
    journey.pitStops.push(stop, { ...pitStopFromPlan({ ...plan, id: 'gone' }), id: 'p2' });
    const result = importJourney(JSON.stringify(journey));
    expect(!result.ok && result.error.issues).toMatchObject([{ path: ['pitStops', 1, 'plannedStopId'], message: 'no planned pit stop has the id "gone"' }]);
  });

  it('refuses days that are not on the calendar, wherever a day is kept', () => {
    const journey = exampleJourney() as unknown as Record<string, any>;
    journey.tripTicket[0].date = '2024-02-30';
    journey.tripTicket[0].pitStops = [{ id: 'ps', date: '2024-13-45', why: '', focus: '' }];
    journey.pitStops = [{ ...blankPitStop('0000-00-00'), id: 'p1' }];
    const result = importJourney(JSON.stringify(journey));
    expect(!result.ok && result.error.issues).toMatchObject([
      { path: ['tripTicket', 0, 'date'], message: 'must be a real date as YYYY-MM-DD', key: 'issue.realDate' },
      { path: ['tripTicket', 0, 'pitStops', 0, 'date'], message: 'must be a real date as YYYY-MM-DD' },
      { path: ['pitStops', 0, 'date'], message: 'must be a real date as YYYY-MM-DD' },
    ]);
    journey.tripTicket[0].date = '2024-02-29';
    journey.tripTicket[0].pitStops = [];
    journey.pitStops = [];
    expect(importJourney(JSON.stringify(journey)).ok).toBe(true);
  });

  it('reports links that point nowhere', () => {
    const journey = exampleJourney();
    journey.tripTicket[0]!.route.strategies[0]!.strategyId = 'no-such-strategy';
    journey.tracker.push({
      id: 't1',
      pitStopId: 'p-missing',
      strategyId: 'co-design',
      members: [],
      steps: [],
      review: { stillAcceptable: null, stillAffordable: null, whatTheDataSay: '', roadblocks: '', decision: 'keep', why: '', evidence: '' },
    });
    const result = importJourney(JSON.stringify(journey));
    expect(result.ok).toBe(false);
    // A journey that would not read back is not written either.
    expect(() => exportJourney(journey)).toThrow(JourneyImportError);
    if (!result.ok) {
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['tripTicket.0.route.strategies.0.strategyId', 'tracker.0.pitStopId']);
    }
  });
});

describe('trip-ticket drafts', () => {
  it('restores a draft still being written, and refuses one of the wrong shape saying what each part should be', () => {
    const draft = { ...blankTripTicket('2026-01-05'), date: '', peoplePresent: [{ name: '', role: 'coach' }] };
    expect(readTripTicketDraft(draft)).toEqual({ ok: true, value: draft });
    const broken = readTripTicketDraft({ ...draft, headed: 'everyone', peoplePresent: [{ role: 3 }] });
    expect(!broken.ok && broken.error.issues).toMatchObject([
      { path: ['peoplePresent', 0, 'name'], message: 'expected a string', key: 'issue.expected', values: { type: 'string' } },
      { path: ['peoplePresent', 0, 'role'], message: 'expected a string' },
      { path: ['headed'], message: 'expected an object' },
    ]);
    expect(!broken.ok && broken.error.code).toBe('navigator/draft');
  });
});

describe('trip-ticket versions', () => {
  it('says what changed since the last pit stop, matching strategies by id', () => {
    const journey = exampleJourney();
    const first = journey.tripTicket[0]!;
    const second = nextTripTicketVersion(journey, new Date('2026-06-01T10:00:00.000Z'));
    second.headed.destination.spread = '85% of 29,284 students';
    second.route.strategies.push({ strategyId: 'proof-point', theoryOfAction: '', steps: [], acceptableToAll: null, affordableForAll: null });
    second.route.strategies.reverse();
    second.peoplePresent.push({ name: 'Lena', role: 'parent' });
    const changes = diffTripTicket(first, second);
    expect(changes).toEqual([
      { path: ['date'], kind: 'changed', before: '2026-03-02', after: '2026-06-01' },
      { path: ['peoplePresent', 'Lena'], kind: 'added', after: { name: 'Lena', role: 'parent' } },
      { path: ['headed', 'destination', 'spread'], kind: 'changed', before: first.headed.destination.spread, after: '85% of 29,284 students' },
      { path: ['route', 'strategies', 'proof-point'], kind: 'added', after: second.route.strategies[0] },
    ]);
    expect(diffTripTicket(first, { ...first, id: 'other', savedAt: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('compares people, planned stops and choices item by item, never as text', () => {
    const journey = exampleJourney();
    const first = journey.tripTicket[0]!;
    const second = nextTripTicketVersion(journey, new Date('2026-06-01T10:00:00.000Z'));
    const [kept, changed] = [first.peoplePresent[0]!, first.peoplePresent[1]!];
    second.peoplePresent = [{ ...changed, role: 'coach' }, kept];
    second.headed.equityConfiguration.choices = ['groups-first'];
    second.pitStops = [{ id: 'stop-2', date: '2026-09-01', why: 'Before school starts', focus: '' }];
    const changes = diffTripTicket({ ...first, headed: { ...first.headed, equityConfiguration: { choices: ['underserved-schools'], other: '' } } }, second);
    expect(changes.filter((change) => change.path[0] !== 'date')).toEqual([
      { path: ['peoplePresent', changed.name], kind: 'changed', before: changed, after: { ...changed, role: 'coach' } },
      { path: ['headed', 'equityConfiguration', 'choices', 'underserved-schools'], kind: 'removed', before: 'underserved-schools' },
      { path: ['headed', 'equityConfiguration', 'choices', 'groups-first'], kind: 'added', after: 'groups-first' },
      ...first.pitStops.map((stop) => ({ path: ['pitStops', stop.id], kind: 'removed', before: stop })),
      { path: ['pitStops', 'stop-2'], kind: 'added', after: second.pitStops[0] },
    ]);
  });
});

describe('blank tools', () => {
  it('makes pit stops and PDSA cycles that the journey schema accepts', () => {
    const journey = emptyJourney('Blank tools');
    journey.pitStops.push(blankPitStop('2026-05-01', 'unplanned'));
    journey.pdsaCycles.push(blankPdsaCycle());
    const result = importJourney(exportJourney(journey));
    expect(result.ok && result.value.pitStops[0]!.checklist.fuel).toEqual({ notes: '', done: false });
  });
});
