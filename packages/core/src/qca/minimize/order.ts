import { ABSENT } from '../terms';
import type { SortKey } from './flat-chart';
import { identity, sortByKey } from './flat-chart';
import type { ImplicantTable } from './implicant-table';
import { levelReader } from './implicant-table';

/** Most values a key of several conditions may take, so that its counting pass stays cheap. */
const KEY_BUCKETS = 2 ** 16;

/**
 * QCA's order of prime implicants, as the permutation to apply: fewest literals first; within
 * that, condition by condition from the first, negated before present before absent. It is
 * reproduced step by step, including how QCA treats a condition every implicant mentions, because
 * users compare term orders with QCA.
 */
export function qcaOrder(table: ImplicantTable, noflevels: readonly number[]): Int32Array {
  // QCA codes a literal as level + 1 and an absent condition as 0. Its nested loops move a later
  // item in front whenever it compares greater: a stable sort, condition by condition from the
  // last, descending by code, then ascending before the first absent item. With some item absent
  // that is one stable sort by level with absent last, so a run of such conditions is one sort by
  // a combined key. With none absent QCA leaves the last item out of the second sort.
  const { count, nconds } = table;
  const level = levelReader(table);
  const absentSomewhere = new Uint8Array(nconds);
  if (table.bits) {
    let free = 0;
    for (let item = 0; item < count; item += 1) free |= table.bits.free[item]!;
    for (let condition = 0; condition < nconds; condition += 1) absentSomewhere[condition] = (free >>> (nconds - 1 - condition)) & 1;
  } else {
    for (let item = 0; item < count; item += 1) {
      for (let condition = 0; condition < nconds; condition += 1) if (level(item, condition) === ABSENT) absentSomewhere[condition] = 1;
    }
  }
  const order = identity(count);
  // Implicants already by literal count (as both searches give them) need the condition sorts
  // within each count only, and no sort by count at the end: a pass less over millions.
  let byCount = absentSomewhere.every(Boolean);
  for (let item = 1; item < count && byCount; item += 1) byCount = table.literals[item - 1]! <= table.literals[item]!;
  const runs: number[] = [0];
  for (let item = 1; item <= count; item += 1) if (item === count || (byCount && table.literals[item] !== table.literals[item - 1])) runs.push(item);
  const sortRuns = (key: SortKey) => {
    for (let run = 1; run < runs.length; run += 1) sortByKey(order, key, { from: runs[run - 1], to: runs[run] });
  };
  let last = nconds - 1;
  while (last >= 0) {
    if (!absentSomewhere[last]) {
      const codes: SortKey = { values: Int32Array.from({ length: count }, (_, item) => level(item, last) + 1), buckets: noflevels[last]! + 1 };
      sortByKey(order, codes, { descending: true });
      sortByKey(order, codes, { to: Math.max(count - 1, 0) });
      last -= 1;
      continue;
    }
    let first = last;
    let buckets = noflevels[last]! + 1;
    while (first > 0 && absentSomewhere[first - 1] && buckets * (noflevels[first - 1]! + 1) <= KEY_BUCKETS) {
      first -= 1;
      buckets *= noflevels[first]! + 1;
    }
    const key = table.bits ? crispKeys(table.bits, nconds, first, last) : levelKeys(table, noflevels, first, last);
    sortRuns({ values: key, buckets });
    last = first - 1;
  }
  if (!byCount) sortByKey(order, { values: table.literals, buckets: nconds + 1 });
  return order;
}

/** Each implicant's combined key over conditions first…last: its levels as digits, absent the highest. */
function levelKeys(table: ImplicantTable, noflevels: readonly number[], first: number, last: number): Int32Array {
  const level = levelReader(table);
  const key = new Int32Array(table.count);
  for (let item = 0; item < table.count; item += 1) {
    let value = 0;
    for (let condition = first; condition <= last; condition += 1) {
      const at = level(item, condition);
      value = value * (noflevels[condition]! + 1) + (at === ABSENT ? noflevels[condition]! : at);
    }
    key[item] = value;
  }
  return key;
}

/** The same keys for crisp implicants kept as bits: a digit 2 where free, else the value's bit. */
function crispKeys(bits: { free: Int32Array; value: Int32Array }, nconds: number, first: number, last: number): Int32Array {
  const { free, value } = bits;
  const key = new Int32Array(free.length);
  for (let item = 0; item < key.length; item += 1) {
    const freeBits = free[item]!;
    const valueBits = value[item]!;
    let digits = 0;
    for (let shift = nconds - 1 - first; shift >= nconds - 1 - last; shift -= 1) digits = 3 * digits + (((freeBits >>> shift) & 1) << 1) + ((valueBits >>> shift) & 1);
    key[item] = digits;
  }
  return key;
}
