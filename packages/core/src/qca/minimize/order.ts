import type { Implicant } from './implicants';

/**
 * QCA's order of prime implicants: fewest literals first; within that, condition by condition
 * from the first, negated before present before absent. It is reproduced step by step, including
 * how QCA treats a condition every implicant mentions, because users compare term orders with QCA.
 */
export function qcaOrder(implicants: readonly Implicant[]): Implicant[] {
  // QCA codes a literal as level + 1 and an absent condition as 0. Its nested loops move a later
  // item in front whenever it compares greater: a stable sort, which Array#sort is.
  let order = [...implicants];
  const nconds = implicants[0]?.term.length ?? 0;
  for (let condition = nconds - 1; condition >= 0; condition -= 1) {
    const code = (implicant: Implicant) => implicant.term[condition]! + 1;
    order.sort((a, b) => code(b) - code(a));
    // Then ascending before the first absent condition; with none absent QCA leaves the last item out.
    let firstAbsent = order.findIndex((implicant) => code(implicant) === 0);
    if (firstAbsent < 0) firstAbsent = Math.max(order.length - 1, 0);
    order = [...order.slice(0, firstAbsent).sort((a, b) => code(a) - code(b)), ...order.slice(firstAbsent)];
  }
  return order.sort((a, b) => a.literals - b.literals);
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
