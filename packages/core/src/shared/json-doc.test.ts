import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as z from 'zod/mini';
import type { Result } from '../errors';
import { WayfinderError } from '../errors';
import { applyCheckedUpdate, readJson, shapeOf, writeJson } from './json-doc';

const noteSchema = z.object({
  title: z.string(),
  day: z.iso.date(),
  tags: z.array(z.string().check(z.minLength(1))),
  items: z.array(z.object({ id: z.string().check(z.minLength(1)), note: z.string(), done: z.boolean() })),
  rating: z.nullable(z.number()),
  /** Scores by who gave them: a record of any keys, each score with a comment that has a default. */
  scores: z.record(z.string(), z.object({ score: z.number(), comment: z._default(z.string(), '') })),
});
type Note = z.infer<typeof noteSchema>;
const shape = shapeOf(noteSchema);

const notes = fc.record({
  // Whole characters of every plane: emoji take two UTF-16 units.
  title: fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', '😁', '👍', '🏽', '🏿') }),
  day: fc.constantFrom('2026-01-05', '2026-12-07'),
  tags: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 4 }),
  items: fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), note: fc.string(), done: fc.boolean() }), { selector: (item) => item.id, maxLength: 5 }),
  rating: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  scores: fc.dictionary(fc.constantFrom('ana', 'ben', 'cai'), fc.record({ score: fc.integer({ min: 0, max: 5 }), comment: fc.string() })),
});

const note = (doc: Y.Doc) => readJson(doc.getMap('note'));
/** Two replicas that have exchanged everything. */
function pair(start: Note) {
  const a = new Y.Doc();
  writeJson(a.getMap('note'), start, shape);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}
/** Sends each replica what the other has that it lacks. */
function exchange(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const start: Note = { title: 'Pit stop in March', day: '2026-03-02', tags: ['spread'], items: [{ id: 'a', note: 'We kept the cadence.', done: false }], rating: null, scores: { ana: { score: 3, comment: 'Steady' } } };

describe('JSON in a Y.Doc', () => {
  it('reads the shape of a document from its schema: free text as text, checked strings and the rest whole', () => {
    expect(shape).toEqual({
      kind: 'map',
      fields: {
        title: { kind: 'text' },
        day: { kind: 'value' },
        tags: { kind: 'list', item: { kind: 'value' } },
        items: { kind: 'list', item: { kind: 'map', fields: { id: { kind: 'value' }, note: { kind: 'text' }, done: { kind: 'value' } } } },
        rating: { kind: 'value' },
        scores: { kind: 'record', value: { kind: 'map', fields: { score: { kind: 'value' }, comment: { kind: 'text' } } } },
      },
    });
  });

  it('keeps two people\'s scores given at once under keys of their own, and both comments typed into one score', () => {
    const { a, b } = pair(start);
    writeJson(a.getMap('note'), { ...start, scores: { ana: { score: 3, comment: 'Steady, mostly' } } }, shape);
    writeJson(b.getMap('note'), { ...start, scores: { ana: { score: 3, comment: 'Quite steady' }, ben: { score: 4, comment: '' } } }, shape);
    exchange(a, b);
    expect(note(a)).toEqual(note(b));
    expect((note(a) as Note).scores).toEqual({ ana: { score: 3, comment: 'Quite steady, mostly' }, ben: { score: 4, comment: '' } });
  });

  it('reads back what was written, and after any later write the later value', () => {
    fc.assert(
      fc.property(notes, fc.array(notes, { maxLength: 4 }), (first, later) => {
        const doc = new Y.Doc();
        writeJson(doc.getMap('note'), first, shape);
        expect(note(doc)).toEqual(first);
        for (const next of later) {
          writeJson(doc.getMap('note'), next, shape);
          expect(note(doc)).toEqual(next);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps both people\'s words when two type in the same answer at once', () => {
    const { a, b } = pair(start);
    writeJson(a.getMap('note'), { ...start, items: [{ id: 'a', note: 'Honestly, we kept the cadence.', done: false }] }, shape);
    writeJson(b.getMap('note'), { ...start, items: [{ id: 'a', note: 'We kept the cadence. Mostly.', done: false }] }, shape);
    exchange(a, b);
    expect(note(a)).toEqual(note(b));
    expect((note(a) as Note).items[0]!.note).toBe('Honestly, we kept the cadence. Mostly.');
  });

  it('keeps a record one person adds while the other edits another, and a rename made meanwhile', () => {
    const { a, b } = pair(start);
    writeJson(a.getMap('note'), { ...start, title: 'Pit stop in April' }, shape);
    writeJson(b.getMap('note'), { ...start, items: [...start.items, { id: 'b', note: 'Hire a coach.', done: true }] }, shape);
    exchange(a, b);
    expect(note(a)).toEqual({ ...start, title: 'Pit stop in April', items: [...start.items, { id: 'b', note: 'Hire a coach.', done: true }] });
    expect(note(b)).toEqual(note(a));
  });

  it('converges whatever two replicas write concurrently', () => {
    fc.assert(
      fc.property(notes, notes, notes, (first, forA, forB) => {
        const { a, b } = pair(first);
        writeJson(a.getMap('note'), forA, shape);
        writeJson(b.getMap('note'), forB, shape);
        exchange(a, b);
        expect(note(a)).toEqual(note(b));
      }),
      { numRuns: 150 },
    );
  });

  it('never splits a character of two units, so every replica reads the same text', () => {
    for (const [before, after] of [['a😀b', 'a😁b'], ['x😀', 'x😁'], ['😀', '😁😀'], ['hi 👍🏽', 'hi 👍🏿']] as const) {
      const { a, b } = pair({ ...start, title: before });
      writeJson(a.getMap('note'), { ...start, title: after }, shape);
      exchange(a, b);
      expect(note(a)['title']).toBe(after);
      expect(note(b)['title']).toBe(after);
    }
  });

  it('keeps a list with a rule of its own whole, so merging two edits cannot break the rule', () => {
    expect(shapeOf(z.object({ approaches: z.array(z.object({ id: z.string() })).check(z.minLength(1)) }))).toEqual({ kind: 'map', fields: { approaches: { kind: 'value' } } });
  });

  it('stores half a character as every replica will read it', () => {
    const { a, b } = pair(start);
    writeJson(a.getMap('note'), { ...start, title: 'a\uD83D' }, shape);
    exchange(a, b);
    expect(note(a)['title']).toBe('a\uFFFD');
    expect(note(b)['title']).toBe('a\uFFFD');
  });

  it('keeps an edit made in another record when a record moved twice at once is written back once', () => {
    const three = { ...start, items: ['a', 'b', 'c'].map((id) => ({ id, note: id, done: false })) };
    const { a, b } = pair(three);
    const cFirst = { ...three, items: [three.items[2]!, three.items[0]!, three.items[1]!] };
    writeJson(a.getMap('note'), cFirst, shape);
    writeJson(b.getMap('note'), cFirst, shape);
    exchange(a, b);
    writeJson(b.getMap('note'), { ...(readJson(b.getMap('note'), shape) as Note), items: [cFirst.items[0]!, { ...cFirst.items[1]!, note: 'a, said B' }, cFirst.items[2]!] }, shape);
    writeJson(a.getMap('note'), { ...(readJson(a.getMap('note'), shape) as Note), title: 'renamed' }, shape);
    exchange(a, b);
    expect(note(a)).toEqual(note(b));
    expect((note(a) as Note).items.map((item) => [item.id, item.note])).toEqual([['c', 'c'], ['a', 'a, said B'], ['b', 'b']]);
  });

  it('reads a record two people moved at once only once, and the next write keeps it so', () => {
    const three = { ...start, items: ['a', 'b', 'c'].map((id) => ({ id, note: id, done: false })) };
    const { a, b } = pair(three);
    const moved = (first: string) => ({ ...three, items: [...three.items.filter((item) => item.id === first), ...three.items.filter((item) => item.id !== first)] });
    writeJson(a.getMap('note'), moved('c'), shape);
    writeJson(b.getMap('note'), moved('c'), shape);
    exchange(a, b);
    const read = readJson(a.getMap('note'), shape) as Note;
    expect(read.items.map((item) => item.id)).toEqual(['c', 'a', 'b']);
    writeJson(a.getMap('note'), read, shape);
    expect((readJson(a.getMap('note')) as Note).items.map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('rewrites nothing when the same list of records with plain text ids is written again', () => {
    const plain = shapeOf(z.object({ rows: z.array(z.object({ id: z.string(), label: z.string() })) }));
    const doc = new Y.Doc();
    const value = { rows: [{ id: 'x', label: 'one' }, { id: 'y', label: 'two' }] };
    writeJson(doc.getMap('note'), value, plain);
    const changes: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => changes.push(update));
    writeJson(doc.getMap('note'), value, plain);
    expect(changes).toEqual([]);
  });

  describe('updates from elsewhere', () => {
    const check = (json: unknown): Result<Note> => {
      const parsed = z.safeParse(noteSchema, json);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: new WayfinderError('test/invalid', 'not a note') };
    };

    it('applies an update that keeps the document valid', () => {
      const { a, b } = pair(start);
      const before = Y.encodeStateVector(b);
      writeJson(a.getMap('note'), { ...start, rating: 4 }, shape);
      expect(applyCheckedUpdate(b, 'note', Y.encodeStateAsUpdate(a, before), check)).toEqual({ ok: true, value: { ...start, rating: 4 } });
      expect(note(b)).toEqual({ ...start, rating: 4 });
    });

    it('refuses an update that builds on one it refused, rather than apply its deletions alone', () => {
      const { a, b } = pair(start);
      const first = Y.encodeStateVector(b);
      a.getMap('note').set('rating', 'five stars');
      expect(applyCheckedUpdate(b, 'note', Y.encodeStateAsUpdate(a, first), check)).toMatchObject({ ok: false });
      const second = Y.encodeStateVector(a);
      writeJson(a.getMap('note'), { ...start, title: 'Other' }, shape);
      expect(applyCheckedUpdate(b, 'note', Y.encodeStateAsUpdate(a, second), check)).toMatchObject({ ok: false, error: { code: 'shared/pending' } });
      expect(note(b)).toEqual(start);
    });

    it('refuses one that would make it invalid, and one that is not an update, leaving the document as it was', () => {
      const { a, b } = pair(start);
      const before = Y.encodeStateVector(b);
      a.getMap('note').set('rating', 'five stars');
      expect(applyCheckedUpdate(b, 'note', Y.encodeStateAsUpdate(a, before), check)).toMatchObject({ ok: false, error: { code: 'test/invalid' } });
      expect(note(b)).toEqual(start);
      expect(applyCheckedUpdate(b, 'note', new Uint8Array([1, 2, 3, 250, 251]), check)).toMatchObject({ ok: false, error: { code: 'shared/update' } });
      expect(note(b)).toEqual(start);
    });
  });
});
