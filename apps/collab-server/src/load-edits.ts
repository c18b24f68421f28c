import * as Y from 'yjs';

/** A source of numbers in [0, 1); seeded, so a run can be repeated. */
export type Random = () => number;

/** mulberry32: small and good enough to pick positions and pauses; Math.random cannot be seeded. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shared answer everyone types into, and the list of records pushed beside it. */
export const answerOf = (doc: Y.Doc) => doc.getText('answer');
export const recordsOf = (doc: Y.Doc) => doc.getArray<Y.Map<string>>('records');

/** Names one edit: which client made it and its number there. Words never contain brackets. */
export const markerOf = (client: number, seq: number) => `[c${client}.${seq}]`;
export const markerPattern = /\[c\d+\.\d+\]/g;

const words = ['attendance', 'fell', 'after', 'the', 'buses', 'ran', 'late', 'tutoring', 'helped', 'most', 'families', 'said', 'grade', 'nine', 'teachers', 'met', 'weekly', 'data', 'shows', 'gap', 'closed', 'slowly', 'we', 'tried', 'again'];
const phrase = (random: Random) => Array.from({ length: 1 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]).join(' ');

/** Whether character `i` of `text` belongs to a marker, brackets included. */
export function inMarker(text: string, i: number): boolean {
  const open = text.lastIndexOf('[', i);
  return open !== -1 && text.indexOf(']', open) >= i;
}

/**
 * A random place to type at, moved past a marker when it falls inside one: a marker split by an
 * insertion would no longer be found, and the run would report an edit as lost that was not.
 */
export function insertionPoint(text: string, random: Random): number {
  const at = Math.floor(random() * (text.length + 1));
  if (at === 0 || at === text.length || !inMarker(text, at - 1) || text[at - 1] === ']') return at;
  return text.indexOf(']', at - 1) + 1;
}

/**
 * A few characters to delete that hold no part of a marker, or null after a few misses (a text
 * that is nearly all markers). Deleting only words is what lets the final check demand every
 * marker back.
 */
export function deletableRange(text: string, random: Random, most = 5): { index: number; length: number } | null {
  for (let attempt = 0; attempt < 8 && text.length > 0; attempt++) {
    const index = Math.floor(random() * text.length);
    if (inMarker(text, index)) continue;
    const nextMarker = text.indexOf('[', index);
    const end = Math.min(index + 1 + Math.floor(random() * most), nextMarker === -1 ? text.length : nextMarker);
    return { index, length: end - index };
  }
  return null;
}

export type EditKind = 'type' | 'record' | 'delete';

/** Items of one Yjs client, by clock: what a deletion removed. */
export interface ItemRange {
  client: number;
  clock: number;
  len: number;
}

/** One edit as its author made it: enough to tell when another document shows it. */
export interface Edit {
  kind: EditKind;
  author: number;
  /** The marker it carries; null for a deletion. */
  marker: string | null;
  /** The author's Yjs client id and its clock after the edit: a document that reached it has the edit's items. */
  clientID: number;
  clockEnd: number;
  /** Items the edit deleted; empty unless it is a deletion. */
  deleted: ItemRange[];
}

/**
 * Makes one edit on `doc` in its own transaction, as a person would: mostly typing a few words
 * at a random place, sometimes adding a record, sometimes deleting a few characters.
 */
export function makeEdit(doc: Y.Doc, author: number, seq: number, random: Random): Edit {
  const roll = random();
  const marker = markerOf(author, seq);
  const text = answerOf(doc);
  if (roll < 0.15) {
    const record = new Y.Map<string>();
    record.set('id', marker);
    record.set('by', `client ${author}`);
    record.set('note', phrase(random));
    doc.transact(() => recordsOf(doc).push([record]));
    return { kind: 'record', author, marker, clientID: doc.clientID, clockEnd: Y.getState(doc.store, doc.clientID), deleted: [] };
  }
  const range = roll < 0.3 ? deletableRange(text.toString(), random) : null;
  if (range) {
    const deleted: ItemRange[] = [];
    doc.transact((transaction) => {
      text.delete(range.index, range.length);
      for (const [client, items] of transaction.deleteSet.clients) for (const { clock, len } of items) deleted.push({ client, clock, len });
    });
    return { kind: 'delete', author, marker: null, clientID: doc.clientID, clockEnd: 0, deleted };
  }
  const current = text.toString();
  doc.transact(() => text.insert(insertionPoint(current, random), `${phrase(random)} ${marker} `));
  return { kind: 'type', author, marker, clientID: doc.clientID, clockEnd: Y.getState(doc.store, doc.clientID), deleted: [] };
}
