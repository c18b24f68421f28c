import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blankPdsaCycle, blankPitStop, emptyJourney } from '../navigator/create';
import { blankTripTicket } from '../navigator/create';
import type { Journey } from '../navigator/journey';
import { readJson, writeJson, guardedCopy } from './json-doc';
import { applyJourneyUpdate, journeyBindings, journeyShape, readJourney, TRIP_TICKET_DRAFT_ROOT, tripTicketDraftBinding, writeJourney } from './journey';

/** What `from` has that `to` lacks, as one update. */
const missing = (from: Y.Doc, to: Y.Doc) => Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
const value = (doc: Y.Doc): Journey => {
  const read = readJourney(doc);
  if (!read.ok) throw read.error;
  return read.value;
};

describe('a journey as a shared document', () => {
  const journey = { ...emptyJourney('Literacy network'), pitStops: [blankPitStop('2026-03-02')] };

  it('keeps free-text answers as text and ids, days and choices whole', () => {
    if (journeyShape.kind !== 'map') throw new Error('a journey is a record');
    expect(journeyShape.fields['name']).toEqual({ kind: 'text' });
    expect(journeyShape.fields['id']).toEqual({ kind: 'value' });
    const pitStop = journeyShape.fields['pitStops'];
    expect(pitStop).toMatchObject({ kind: 'list', item: { kind: 'map', fields: { date: { kind: 'value' }, kind: { kind: 'value' }, occasion: { kind: 'text' } } } });
  });

  it('reads back the journey written, checked as a journey file is', () => {
    const doc = new Y.Doc();
    writeJourney(doc, journey);
    expect(value(doc)).toEqual(journey);
    expect(readJourney(new Y.Doc())).toMatchObject({ ok: false });
  });

  it('keeps a rename in one tab and a pit stop added in another', () => {
    const a = new Y.Doc();
    writeJourney(a, journey);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeJourney(a, { ...journey, name: 'Literacy network, year two' });
    const added = { ...blankPitStop('2026-06-01', 'unplanned'), occasion: 'A new superintendent' };
    writeJourney(b, { ...journey, pitStops: [...journey.pitStops, added] });
    expect(applyJourneyUpdate(b, missing(a, b))).toMatchObject({ ok: true });
    expect(applyJourneyUpdate(a, missing(b, a))).toMatchObject({ ok: true });
    for (const doc of [a, b]) expect(value(doc)).toEqual({ ...journey, name: 'Literacy network, year two', pitStops: [...journey.pitStops, added] });
  });

  it('refuses an update that would break the journey\'s shape, and keeps the journey as it was', () => {
    const a = new Y.Doc();
    writeJourney(a, journey);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = Y.encodeStateVector(b);
    a.getMap('journey').set('pitStops', 'none');
    expect(applyJourneyUpdate(b, Y.encodeStateAsUpdate(a, before))).toMatchObject({ ok: false, error: { code: 'navigator/shared', issues: [expect.objectContaining({ path: ['pitStops'] })] } });
    expect(value(b)).toEqual(journey);
  });

  it('takes a merge of two right edits that leaves a link dangling, and reports it when the journey is read as a file', () => {
    const measure = { id: 'm1', target: 'depth' as const, measure: 'Reading at grade level', schedule: '', who: '', findings: '', kind: null, scale: null, chart: null, goal: null, focalGroup: null, changes: [], baselineUntil: null, data: [] };
    const withMeasure = { ...journey, measures: [measure] };
    const a = new Y.Doc();
    writeJourney(a, withMeasure);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // A deletes the measure while B adds a PDSA cycle that studies it.
    writeJourney(a, { ...withMeasure, measures: [] });
    const cycle = { ...blankPdsaCycle(), measureIds: ['m1'] };
    writeJourney(b, { ...withMeasure, pdsaCycles: [cycle] });
    expect(applyJourneyUpdate(b, missing(a, b))).toMatchObject({ ok: true });
    expect(applyJourneyUpdate(a, missing(b, a))).toMatchObject({ ok: true });
    for (const doc of [a, b]) expect(readJourney(doc)).toMatchObject({ ok: false, error: { code: 'navigator/import' } });
  });
});

describe('a guarded copy between a journey and a provider', () => {
  const journey = { ...emptyJourney('Literacy network'), pitStops: [blankPitStop('2026-03-02')] };
  const draftOf = (doc: Y.Doc) => readJson(doc.getMap(TRIP_TICKET_DRAFT_ROOT), tripTicketDraftBinding.shape);
  const writeDraft = (doc: Y.Doc, draft: ReturnType<typeof blankTripTicket>) => writeJson(doc.getMap(TRIP_TICKET_DRAFT_ROOT), draft, tripTicketDraftBinding.shape);

  /** Two people's documents, each behind a guarded copy, the copies joined as a provider would join them. */
  function pair() {
    const refusals: Error[] = [];
    let accepted = 0;
    const options = { onRefused: (error: Error) => refusals.push(error), onAccepted: () => (accepted += 1) };
    const a = new Y.Doc();
    const b = new Y.Doc();
    const copyA = guardedCopy(a, journeyBindings, options);
    const copyB = guardedCopy(b, journeyBindings, options);
    const network = { network: true };
    copyA.wire.on('update', (update: Uint8Array, origin: unknown) => origin !== network && Y.applyUpdate(copyB.wire, update, network));
    copyB.wire.on('update', (update: Uint8Array, origin: unknown) => origin !== network && Y.applyUpdate(copyA.wire, update, network));
    return { a, b, copyA, copyB, refusals, accepted: () => accepted };
  }

  it('carries both people\'s edits of the journey and of the draft both ways', () => {
    const { a, b, refusals } = pair();
    writeJourney(a, journey);
    expect(value(b)).toEqual(journey);
    const draft = blankTripTicket('2026-03-02');
    writeDraft(b, { ...draft, headed: { ...draft.headed, equity: 'Every reader' } });
    writeDraft(a, { ...draft, headed: { ...draft.headed, equity: 'Every reader by grade 3' } });
    writeJourney(b, { ...journey, name: 'Year two' });
    for (const doc of [a, b]) {
      expect(value(doc).name).toBe('Year two');
      expect(draftOf(doc)).toMatchObject({ headed: { equity: 'Every reader by grade 3' } });
    }
    expect(refusals).toEqual([]);
  });

  it('keeps what would break the journey out of the document, and lets everything through once it is set right', () => {
    const { a, b, copyA, copyB, refusals, accepted } = pair();
    writeJourney(a, journey);
    // A provider holding an update no check has seen (another kit version, a broken client).
    copyA.wire.getMap('journey').set('pitStops', 'none');
    expect(refusals.map((error) => (error as { code?: string }).code)).toEqual(['navigator/shared', 'navigator/shared']);
    for (const doc of [a, b]) expect(value(doc)).toEqual(journey);
    expect(copyB.refusal).toMatchObject({ code: 'navigator/shared' });
    // B's own edits still go out meanwhile.
    writeJourney(b, { ...journey, name: 'Year two' });
    expect(copyA.wire.getMap('journey').get('name')?.toString()).toBe('Year two');
    expect(value(a).name).toBe('Literacy network');
    // Someone sets the list right: both documents take all they were missing.
    copyA.wire.getMap('journey').set('pitStops', new Y.Array());
    for (const doc of [a, b]) expect(value(doc)).toEqual({ ...journey, name: 'Year two', pitStops: [] });
    expect(copyB.refusal).toBeNull();
    expect(accepted()).toBe(2);
  });

  it('refuses a draft of the wrong shape, and a draft emptied, keeping the draft as it was', () => {
    const { a, b, copyA, refusals } = pair();
    writeJourney(a, journey);
    writeDraft(a, blankTripTicket('2026-03-02'));
    expect(draftOf(b)).toMatchObject({ date: '2026-03-02' });
    copyA.wire.getMap(TRIP_TICKET_DRAFT_ROOT).set('pitStops', 3);
    expect(refusals).toHaveLength(2);
    copyA.wire.getMap(TRIP_TICKET_DRAFT_ROOT).clear();
    expect(refusals).toHaveLength(4);
    expect(draftOf(b)).toMatchObject({ date: '2026-03-02', pitStops: [] });
  });
});

