import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blankPdsaCycle, blankPitStop, emptyJourney } from '../navigator/create';
import type { Journey } from '../navigator/journey';
import { applyJourneyUpdate, journeyShape, readJourney, writeJourney } from './journey';

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
