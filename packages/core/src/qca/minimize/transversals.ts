import { ABSENT } from '../terms';
import type { WorkMeter } from '../work-budget';
import { popcount } from './cube-bitmaps';

/** A prime and the positive rows (indices, ascending) it covers. */
export interface PrimeRows {
  term: number[];
  covers: number[];
}

/** Conditions (bit j for condition j) where two rows differ. */
function differences(a: readonly number[], b: readonly number[]): number {
  let mask = 0;
  for (let j = 0; j < a.length; j += 1) if (a[j] !== b[j]) mask |= 1 << j;
  return mask;
}

/**
 * Every prime implicant of the function that is 1 on `positive`, 0 on `negative` and free
 * elsewhere, found from the rows instead of from the 2^k cubes: a cube inside a positive row p
 * avoids a negative row n exactly when it keeps a condition where the two differ, so the primes
 * around p are the minimal sets of p's conditions that hit every such difference set — the minimal
 * transversals of p's difference sets, enumerated by Murakami and Uno's MMCS. The work depends on
 * the rows and the primes, not on 2^k: tables of many conditions and few cases are solved at once.
 * At most 30 conditions (the masks are 32-bit).
 */
export function primesByTransversals(positive: readonly (readonly number[])[], negative: readonly (readonly number[])[], work: WorkMeter, onBudget: (found: number) => Error): PrimeRows[] {
  const nconds = positive[0]?.length ?? 0;
  const primes: PrimeRows[] = [];
  const seen = new Set<string>();
  positive.forEach((row) => {
    // Duplicate difference sets change nothing, and fewer edges make every step cheaper.
    const edges = [...new Set(negative.map((other) => differences(row, other)))];
    // A prime around this row covers the positive rows that agree with it on the prime's conditions.
    const fromPositives = positive.map((other) => differences(row, other));
    const minimal = (chosen: number) => {
      // Each chosen condition must be the only one hitting some edge, or the set is not minimal.
      let critical = 0;
      for (const edge of edges) {
        const hit = edge & chosen;
        if (hit !== 0 && (hit & (hit - 1)) === 0) critical |= hit;
      }
      return critical === chosen;
    };
    const found = (chosen: number) => {
      const term = new Array<number>(nconds).fill(ABSENT);
      const levels: number[] = [];
      for (let j = 0; j < nconds; j += 1) {
        if (chosen & (1 << j)) {
          term[j] = row[j]!;
          levels.push(row[j]!);
        }
      }
      const key = `${chosen}:${levels.join(',')}`;
      if (seen.has(key)) return;
      seen.add(key);
      const covers: number[] = [];
      fromPositives.forEach((difference, index) => {
        if ((difference & chosen) === 0) covers.push(index);
      });
      work.spend(positive.length);
      primes.push({ term, covers });
    };
    const search = (chosen: number, candidates: number, uncovered: readonly number[]) => {
      work.spend(edges.length + uncovered.length);
      if (work.spent) throw onBudget(primes.length);
      if (uncovered.length === 0) {
        found(chosen);
        return;
      }
      // Branch on the uncovered edge with the fewest candidates: the narrowest choice.
      let edge = uncovered[0]!;
      let fewest = popcount(edge & candidates);
      for (const other of uncovered) {
        const count = popcount(other & candidates);
        if (count < fewest) {
          fewest = count;
          edge = other;
        }
      }
      const branch = candidates & edge;
      // A condition tried in one branch is not a candidate in the branches after it, so each
      // transversal is found once, in the branch of its last condition from this edge.
      let rest = candidates & ~branch;
      for (let bits = branch; bits !== 0; bits &= bits - 1) {
        const condition = bits & -bits;
        const next = chosen | condition;
        if (minimal(next)) search(next, rest, uncovered.filter((other) => (other & condition) === 0));
        rest |= condition;
      }
    };
    search(0, (2 ** nconds - 1) | 0, edges);
  });
  return primes;
}
