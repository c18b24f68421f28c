import type { Term } from '../terms';
import { flatLists, listsInOrder } from './flat-chart';

/** A prime implicant with the positive rows (indices into the positive list, ascending) it covers. */
export interface Implicant {
  term: Term;
  literals: number;
  covers: readonly number[];
}

/**
 * Implicants in flat arrays: implicant i has the level `levels[i * nconds + j]` on condition j
 * (ABSENT where j is free), `literals[i]` literals, and covers the positive rows
 * `covers[coverStart[i] … coverStart[i + 1])`, ascending. Dense problems have millions of
 * implicants; an object and two arrays for each would be millions of objects to allocate and to
 * collect again and again while the chart is solved. Crisp implicants may come as bit masks
 * instead of levels (`bits`: the free conditions and the values, the first condition the highest
 * bit), which is how the bitmap search finds them.
 */
export interface ImplicantTable {
  count: number;
  nconds: number;
  levels?: Int8Array | Int16Array;
  bits?: { free: Int32Array; value: Int32Array };
  literals: Uint8Array;
  coverStart: Int32Array;
  covers: Int32Array;
}

/** A reader of implicant i's level on condition j (ABSENT where free), whichever form the table keeps. */
export function levelReader(table: ImplicantTable): (item: number, condition: number) => number {
  const { nconds, levels, bits } = table;
  if (levels) return (item, condition) => levels[item * nconds + condition]!;
  const { free, value } = bits!;
  return (item, condition) => {
    const shift = nconds - 1 - condition;
    return ((value[item]! >>> shift) & 1) - ((free[item]! >>> shift) & 1);
  };
}

export function implicantTable(implicants: readonly Implicant[], noflevels: readonly number[]): ImplicantTable {
  const nconds = noflevels.length;
  // Bytes unless some level needs more.
  const length = implicants.length * nconds;
  const levels = Math.max(...noflevels) > 128 ? new Int16Array(length) : new Int8Array(length);
  const literals = new Uint8Array(implicants.length);
  implicants.forEach((implicant, index) => {
    levels.set(implicant.term, index * nconds);
    literals[index] = implicant.literals;
  });
  const { start, items } = flatLists(implicants.map((implicant) => implicant.covers));
  return { count: implicants.length, nconds, levels, literals, coverStart: start, covers: items };
}

/** The implicants at `indices`, in that order. */
export function pickImplicants(table: ImplicantTable, indices: ArrayLike<number>): ImplicantTable {
  const { nconds } = table;
  const count = indices.length;
  const levels = table.levels && (table.levels instanceof Int8Array ? new Int8Array(count * nconds) : new Int16Array(count * nconds));
  const bits = table.bits && { free: new Int32Array(count), value: new Int32Array(count) };
  const literals = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    const from = indices[i]!;
    if (levels) for (let j = 0; j < nconds; j += 1) levels[i * nconds + j] = table.levels![from * nconds + j]!;
    if (bits) {
      bits.free[i] = table.bits!.free[from]!;
      bits.value[i] = table.bits!.value[from]!;
    }
    literals[i] = table.literals[from]!;
  }
  const { start, items } = listsInOrder(table.coverStart, table.covers, indices);
  return { count, nconds, ...(levels && { levels }), ...(bits && { bits }), literals, coverStart: start, covers: items };
}

export function termAt(table: ImplicantTable, index: number): number[] {
  const level = levelReader(table);
  const term = new Array<number>(table.nconds);
  for (let j = 0; j < table.nconds; j += 1) term[j] = level(index, j);
  return term;
}

export function coversAt(table: ImplicantTable, index: number): number[] {
  return Array.from(table.covers.subarray(table.coverStart[index]!, table.coverStart[index + 1]!));
}

/** The same implicants with only their covered rows below `rows` (an on-set's leading rows). */
export function coveringFirstRows(table: ImplicantTable, rows: number): ImplicantTable {
  return coveringRenamedRows(table, Int32Array.from({ length: rows }, (_, row) => row));
}

/**
 * The same implicants with their covered rows renamed by `renamed` (ascending where not −1), and
 * the rows renamed −1 left out: the positive rows of an on-set that also holds other rows.
 */
export function coveringRenamedRows(table: ImplicantTable, renamed: Int32Array): ImplicantTable {
  const coverStart = new Int32Array(table.count + 1);
  const covers = new Int32Array(table.covers.length);
  let at = 0;
  for (let index = 0; index < table.count; index += 1) {
    for (let i = table.coverStart[index]!; i < table.coverStart[index + 1]!; i += 1) {
      const row = table.covers[i]!;
      if (row < renamed.length && renamed[row]! >= 0) covers[at++] = renamed[row]!;
    }
    coverStart[index + 1] = at;
  }
  return { ...table, coverStart, covers: covers.slice(0, at) };
}
