import * as Y from 'yjs';
import { answerOf, markerPattern, recordsOf } from './load-edits';

/** JSON with object keys sorted: a Y.Map lists its keys in the order they reached that document. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The document's content as canonical JSON: the answer's text and the records. */
export const contentOf = (doc: Y.Doc) => canonical({ answer: answerOf(doc).toString(), records: recordsOf(doc).toJSON() });

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * How each document differs from the first: its state vector (which edits it has) and its
 * content (what they add up to, deletions included). Empty when all are the same.
 */
export function differences(docs: ReadonlyArray<{ name: string; doc: Y.Doc }>): string[] {
  const [first, ...rest] = docs;
  if (!first) return [];
  const vector = Y.encodeStateVector(first.doc);
  const content = contentOf(first.doc);
  const found: string[] = [];
  for (const { name, doc } of rest) {
    if (!sameBytes(Y.encodeStateVector(doc), vector)) found.push(`${name}: state vector differs from ${first.name}'s`);
    if (contentOf(doc) !== content) found.push(`${name}: content differs from ${first.name}'s`);
  }
  return found;
}

/**
 * Markers that `doc` should show and does not, or shows more than once: each typed piece's marker
 * once in the answer, each record's id once among the records. Deletions never touch markers, so
 * every marker made must be there.
 */
export function lostMarkers(doc: Y.Doc, typed: readonly string[], records: readonly string[]): string[] {
  const inText = countOf(answerOf(doc).toString().match(markerPattern) ?? []);
  const inRecords = countOf(recordsOf(doc).toArray().map((record) => record.get('id') ?? ''));
  return [...typed.filter((marker) => inText.get(marker) !== 1), ...records.filter((marker) => inRecords.get(marker) !== 1)];
}

function countOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
