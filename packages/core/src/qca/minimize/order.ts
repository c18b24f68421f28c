import type { Implicant } from './implicants';

/**
 * QCA's order of prime implicants: fewest literals first; within that, condition by condition
 * from the first, negated before present before absent. It is reproduced step by step, including
 * how QCA treats a condition every implicant mentions, because users compare term orders with QCA.
 */
export function qcaOrder(implicants: readonly Implicant[]): Implicant[] {
  // QCA codes a literal as level + 1 and an absent condition as 0. Its nested loops move a later
  // item in front whenever it compares greater: a stable sort. Codes are small whole numbers, so
  // each stable sort is a counting sort over positions (the same order, in linear time).
  const count = implicants.length;
  const nconds = implicants[0]?.term.length ?? 0;
  const codes = new Uint8Array(count * nconds);
  const literals = new Uint8Array(count);
  let keys = Math.max(2, nconds + 1);
  // Condition by condition (one condition's codes together), so each pass reads a small array.
  implicants.forEach((implicant, item) => {
    literals[item] = implicant.literals;
    implicant.term.forEach((level, condition) => {
      codes[condition * count + item] = level + 1;
      keys = Math.max(keys, level + 2);
    });
  });
  const order = Int32Array.from(implicants.keys());
  const scratch = new Int32Array(count);
  const starts = new Int32Array(keys + 1);
  /** Stable sort of order[from, to) by keyOf[offset + item], ascending or descending. */
  const countingSort = (from: number, to: number, keyOf: Uint8Array, offset: number, descending: boolean) => {
    starts.fill(0);
    for (let i = from; i < to; i += 1) {
      const key = keyOf[offset + order[i]!]!;
      starts[(descending ? keys - 1 - key : key) + 1]! += 1;
    }
    for (let k = 1; k <= keys; k += 1) starts[k]! += starts[k - 1]!;
    for (let i = from; i < to; i += 1) {
      const key = keyOf[offset + order[i]!]!;
      const slot = descending ? keys - 1 - key : key;
      scratch[from + starts[slot]!] = order[i]!;
      starts[slot]! += 1;
    }
    order.set(scratch.subarray(from, to), from);
  };
  for (let condition = nconds - 1; condition >= 0; condition -= 1) {
    const offset = condition * count;
    countingSort(0, count, codes, offset, true);
    // Then ascending before the first absent condition; with none absent QCA leaves the last item out.
    let firstAbsent = order.findIndex((item) => codes[offset + item] === 0);
    if (firstAbsent < 0) firstAbsent = Math.max(count - 1, 0);
    countingSort(0, firstAbsent, codes, offset, false);
  }
  countingSort(0, count, literals, 0, false);
  return Array.from(order, (item) => implicants[item]!);
}

/**
 * Row dominance as QCA applies it: an implicant whose covered rows are a strict subset (by count)
 * of another's is dropped. Implicants covering the same rows are both kept.
 */
export function removeDominated(implicants: readonly Implicant[], rows: number): Implicant[] {
  const sets = implicants.map((implicant) => {
    const set = new Uint8Array(rows);
    for (const row of implicant.covers) set[row] = 1;
    return set;
  });
  const sums = implicants.map((implicant) => implicant.covers.length);
  const byCoverage = implicants.map((_, index) => index);
  for (let a = 0; a < byCoverage.length; a += 1) {
    for (let b = a + 1; b < byCoverage.length; b += 1) {
      if (sums[byCoverage[a]!]! < sums[byCoverage[b]!]!) [byCoverage[a], byCoverage[b]] = [byCoverage[b]!, byCoverage[a]!];
    }
  }
  const alive = implicants.map(() => true);
  for (let a = 0; a < byCoverage.length; a += 1) {
    const big = byCoverage[a]!;
    if (!alive[big]) continue;
    for (let b = a + 1; b < byCoverage.length; b += 1) {
      const small = byCoverage[b]!;
      if (!alive[small] || !(sums[big]! > sums[small]!)) continue;
      if (implicants[small]!.covers.every((row) => sets[big]![row])) alive[small] = false;
    }
  }
  return implicants.filter((_, index) => alive[index]);
}
