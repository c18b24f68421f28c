import { refuseUncoverable } from './cover';
import type { FlatChart } from './flat-chart';
import { popcount } from './cube-bitmaps';

/** QCA's `all.sol`: every cover from which no implicant can be dropped, not only the smallest ones. */
export interface IrredundantCovers {
  /** Covers as ascending implicant indices: fewest implicants first, then in lexicographic order; up to the cap. */
  models: number[][];
  /** How many irredundant covers exist (exact). */
  count: number;
  /** Implicants in every irredundant cover: those that alone cover some row. */
  essential: number[];
}

/**
 * Most partial covers held at once. The family of irredundant covers can grow exponentially with
 * the chart; past this many the enumeration stops and says so rather than exhausting memory.
 */
export const IRREDUNDANT_LIMIT = 100_000;

/**
 * The minimal transversals of the chart (Berge's method, the product of sums that QCA's Petrick
 * step computes with absorption), or `undefined` when more than `limit` partial covers would be
 * needed. Rows are taken from the fewest candidates up, and rows whose candidates include all of
 * another row's are skipped: a cover of the smaller row covers them too.
 */
export function enumerateIrredundantCovers(chart: FlatChart, cap: number, limit = IRREDUNDANT_LIMIT): IrredundantCovers | undefined {
  refuseUncoverable(chart);
  const words = Math.max(1, Math.ceil(chart.columns / 32));
  let family: Uint32Array[] = [new Uint32Array(words)];
  const processed: Uint32Array[] = [];
  const privateRow = new Uint32Array(words);
  for (const row of minimalRows(candidateSets(chart, words))) {
    processed.push(row);
    const columns = members(row);
    const kept: Uint32Array[] = [];
    const missing: Uint32Array[] = [];
    for (const cover of family) (intersects(cover, row) ? kept : missing).push(cover);
    // A cover grown by column c can only be absorbed by a kept cover that holds c: sets that miss
    // the row never contain one another, and two grown covers never contain one another either.
    // Equivalently, it is minimal when each of its columns alone hits some row taken so far; the
    // cheaper of the two tests decides.
    const keptWith = new Map<number, Uint32Array[]>();
    for (const column of columns) keptWith.set(column, kept.filter((cover) => has(cover, column)));
    const next = kept;
    for (const cover of missing) {
      for (const column of columns) {
        const grown = cover.slice();
        grown[column >>> 5]! |= 1 << (column & 31);
        const absorbers = keptWith.get(column)!;
        const minimal =
          absorbers.length <= processed.length ? !absorbers.some((small) => subset(small, grown)) : everyColumnAlone(grown, processed, privateRow);
        if (minimal) next.push(grown);
      }
      if (next.length > limit) return undefined;
    }
    family = next;
  }
  const covers = family.map(members).sort((a, b) => a.length - b.length || lexicographic(a, b));
  const essential = covers[0]!.filter((column) => covers.every((cover) => cover.includes(column)));
  return { models: covers.slice(0, cap), count: covers.length, essential };
}

/** Whether every column of `set` is the only one of the set in some row (`alone` is scratch space). */
function everyColumnAlone(set: Uint32Array, rows: readonly Uint32Array[], alone: Uint32Array): boolean {
  alone.fill(0);
  for (const row of rows) {
    let hit = -1;
    let single = true;
    for (let w = 0; w < set.length && single; w += 1) {
      const bits = set[w]! & row[w]!;
      if (bits === 0) continue;
      if (hit >= 0 || (bits & (bits - 1)) !== 0) single = false;
      else hit = w;
    }
    if (single && hit >= 0) alone[hit]! |= set[hit]! & row[hit]!;
  }
  for (let w = 0; w < set.length; w += 1) if (alone[w] !== set[w]) return false;
  return true;
}

function candidateSets(chart: FlatChart, words: number): Uint32Array[] {
  return Array.from({ length: chart.rows }, (_, row) => {
    const set = new Uint32Array(words);
    for (let i = chart.rowStart[row]!; i < chart.rowStart[row + 1]!; i += 1) set[chart.rowColumns[i]! >>> 5]! |= 1 << (chart.rowColumns[i]! & 31);
    return set;
  });
}

function minimalRows(sets: Uint32Array[]): Uint32Array[] {
  const sizes = sets.map(count);
  const order = sets.map((_, index) => index).sort((a, b) => sizes[a]! - sizes[b]! || a - b);
  const kept: Uint32Array[] = [];
  for (const index of order) {
    const set = sets[index]!;
    if (!kept.some((smaller) => subset(smaller, set))) kept.push(set);
  }
  return kept;
}

function intersects(a: Uint32Array, b: Uint32Array): boolean {
  for (let w = 0; w < a.length; w += 1) if ((a[w]! & b[w]!) !== 0) return true;
  return false;
}

function subset(small: Uint32Array, big: Uint32Array): boolean {
  for (let w = 0; w < small.length; w += 1) if ((small[w]! & ~big[w]!) !== 0) return false;
  return true;
}

function has(set: Uint32Array, column: number): boolean {
  return (set[column >>> 5]! & (1 << (column & 31))) !== 0;
}

function count(set: Uint32Array): number {
  let total = 0;
  for (const word of set) total += popcount(word);
  return total;
}

function members(set: Uint32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < set.length; w += 1) {
    let bits = set[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      out.push(w * 32 + 31 - Math.clz32(low));
      bits ^= low;
    }
  }
  return out;
}

function lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
