import type { Implicant } from './implicants';

/**
 * QCA's order of prime implicants: fewest literals first; within that, condition by condition
 * from the first, negated before present before absent. It is reproduced step by step, including
 * how QCA treats a condition every implicant mentions, because users compare term orders with QCA.
 */
export function qcaOrder(implicants: readonly Implicant[]): Implicant[] {
  const order = implicants.map((_, index) => index);
  // QCA codes a literal as level + 1 and an absent condition as 0.
  const code = (index: number, condition: number) => implicants[index]!.term[condition]! + 1;
  const moveBefore = (from: number, to: number) => {
    const moved = order[from]!;
    for (let i = from; i > to; i -= 1) order[i] = order[i - 1]!;
    order[to] = moved;
  };
  const count = order.length;
  const nconds = implicants[0]?.term.length ?? 0;
  for (let condition = nconds - 1; condition >= 0; condition -= 1) {
    for (let a = 0; a < count; a += 1) {
      for (let b = a + 1; b < count; b += 1) {
        if (code(order[a]!, condition) < code(order[b]!, condition)) moveBefore(b, a);
      }
    }
    let firstAbsent = 0;
    let present = true;
    while (firstAbsent < count && present) {
      present = code(order[firstAbsent]!, condition) !== 0;
      firstAbsent += 1;
    }
    firstAbsent -= 1;
    for (let a = 0; a < firstAbsent; a += 1) {
      for (let b = a + 1; b < firstAbsent; b += 1) {
        if (code(order[a]!, condition) > code(order[b]!, condition)) moveBefore(b, a);
      }
    }
  }
  for (let a = 0; a < count; a += 1) {
    for (let b = a + 1; b < count; b += 1) {
      if (implicants[order[a]!]!.literals > implicants[order[b]!]!.literals) moveBefore(b, a);
    }
  }
  return order.map((index) => implicants[index]!);
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
