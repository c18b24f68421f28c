/**
 * An item of stored host data (a strategy, a code, a dimension) in another language: each of its
 * words still equal to the original's takes the translation; words a team wrote or changed, and
 * items with no original, stay as they are.
 */
export function localizeWords<T extends object>(item: T, original: T | undefined, words: Readonly<Record<string, string | undefined>> | undefined): T {
  if (!original || !words) return item;
  const current = item as Record<string, unknown>;
  const source = original as Record<string, unknown>;
  const kept = Object.entries(words).filter(([key, text]) => text !== undefined && current[key] === source[key]);
  return kept.length === 0 ? item : { ...item, ...Object.fromEntries(kept) };
}

/** The item with the same id in the original data. */
export function originalOf<T extends { id: string }>(item: T, originals: readonly T[]): T | undefined {
  return originals.find((candidate) => candidate.id === item.id);
}
