import type { Server } from '@hocuspocus/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerOf, deletableRange, inMarker, insertionPoint, makeEdit, markerOf, recordsOf, seededRandom } from './load-edits';
import { runLoad } from './load-run';
import { differences, lostMarkers } from './load-verify';
import { Visibility } from './load-visibility';
import { startCollabServer } from './server';

const secret = 'a secret for the load test';
const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.destroy()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Passes every update of `from` to `to`, as the server would, until the returned function is called. */
function relay(from: Y.Doc, to: Y.Doc): () => void {
  const pass = (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(to, update, 'relay');
  };
  from.on('update', pass);
  return () => from.off('update', pass);
}

describe('the load run', () => {
  it('ends with every client and the server holding the same document, no edit lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collab-load-'));
    dirs.push(dir);
    const server = await startCollabServer({ port: 0, dir, secret, log: () => {} });
    servers.push(server);
    const result = await runLoad({ url: server.webSocketURL, secret, clients: 4, seconds: 2, intervalMs: [50, 300], seed: 7 });
    expect(result.edits.made).toBeGreaterThan(0);
    expect(result.differences).toEqual([]);
    expect(result.identical).toBe(true);
    expect(result.lost).toEqual([]);
    expect(result.undelivered).toBe(0);
    expect(result.latencyMs?.timed).toBe(result.edits.made);
    expect(result.ok).toBe(true);
  });
});

describe('the simulated edits', () => {
  it('never type inside a marker nor delete any part of one', () => {
    const random = seededRandom(1);
    const doc = new Y.Doc();
    const made: string[] = [];
    for (let seq = 1; seq <= 400; seq++) {
      const edit = makeEdit(doc, 0, seq, random);
      if (edit.kind === 'type') made.push(edit.marker!);
    }
    expect(lostMarkers(doc, made, recordsOf(doc).toArray().map((record) => record.get('id')!))).toEqual([]);
    const text = answerOf(doc).toString();
    for (let i = 0; i < 200; i++) {
      const at = insertionPoint(text, random);
      expect(at === 0 || !inMarker(text, at - 1) || text[at - 1] === ']').toBe(true);
      const range = deletableRange(text, random);
      for (let j = range?.index ?? 0; j < (range ? range.index + range.length : 0); j++) expect(inMarker(text, j)).toBe(false);
    }
  });

  it('make each kind of edit: typing, records and deletions', () => {
    const random = seededRandom(2);
    const doc = new Y.Doc();
    const kinds = new Set(Array.from({ length: 100 }, (_, i) => makeEdit(doc, 0, i + 1, random).kind));
    expect([...kinds].sort()).toEqual(['delete', 'record', 'type']);
  });
});

describe('the checks after a run', () => {
  it('name a marker that is missing or doubled', () => {
    const doc = new Y.Doc();
    answerOf(doc).insert(0, `kept ${markerOf(1, 1)} twice ${markerOf(1, 2)} ${markerOf(1, 2)}`);
    expect(lostMarkers(doc, [markerOf(1, 1), markerOf(1, 2), markerOf(1, 3)], [markerOf(2, 1)])).toEqual([markerOf(1, 2), markerOf(1, 3), markerOf(2, 1)]);
  });

  it('tell documents apart by their edits and by a deletion that only one has', () => {
    const a = new Y.Doc();
    answerOf(a).insert(0, 'same words');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(differences([{ name: 'a', doc: a }, { name: 'b', doc: b }])).toEqual([]);
    answerOf(b).delete(0, 5);
    expect(differences([{ name: 'a', doc: a }, { name: 'b', doc: b }])).toEqual(['b: content differs from a\'s']);
    answerOf(b).insert(0, 'more ');
    expect(differences([{ name: 'a', doc: a }, { name: 'b', doc: b }])).toEqual(['b: state vector differs from a\'s', 'b: content differs from a\'s']);
  });
});

describe('the propagation timing', () => {
  it('times an edit once every other document shows it, deletions included', () => {
    let now = 0;
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const visibility = new Visibility(docs, () => now);
    const random = seededRandom(3);
    const toSecond = relay(docs[0]!, docs[1]!);
    const typed = makeEdit(docs[0]!, 0, 1, random);
    visibility.add(typed, now);
    now = 5;
    expect(visibility.pending).toBe(1);
    Y.applyUpdate(docs[2]!, Y.encodeStateAsUpdate(docs[0]!), 'relay');
    expect(visibility.pending).toBe(0);
    expect(visibility.latencies).toEqual([5]);

    const text = answerOf(docs[0]!).toString();
    const ranges = [{ client: docs[0]!.clientID, clock: 0, len: Math.min(2, text.indexOf('[')) }];
    answerOf(docs[0]!).delete(0, ranges[0]!.len);
    visibility.add({ kind: 'delete', author: 0, marker: null, clientID: docs[0]!.clientID, clockEnd: 0, deleted: ranges }, now);
    now = 12;
    expect(visibility.pending).toBe(1);
    Y.applyUpdate(docs[2]!, Y.encodeStateAsUpdate(docs[0]!), 'relay');
    expect(visibility.pending).toBe(0);
    expect(visibility.latencies).toEqual([5, 7]);
    toSecond();
    visibility.dispose();
  });
});
