import { QcaError } from '../errors';
import { ABSENT } from '../terms';
import type { Implicant, ImplicantTable } from './implicant-table';
import { implicantTable } from './implicant-table';

/** A crisp cube as bits, the first condition the highest: `mask` where it has a literal, `value` the literal's level there. */
interface Cube {
  mask: number;
  value: number;
}

/** Whether every condition is crisp, and few enough for a cube to fit a 32-bit integer. */
export function fitsCubeBits(noflevels: readonly number[]): boolean {
  return noflevels.length <= 30 && noflevels.every((levels) => levels === 2);
}

/** Pairs of cubes the consensus may compare (a cube queued counts as 50) before the intermediate solution is given up as out of budget. */
export const CONSENSUS_BUDGET = 50_000_000;

/**
 * The prime implicants of the positive rows together with the easy counterfactuals, where these
 * are given as cubes (level + 1 per condition, 0 where free) rather than as rows: over 20
 * conditions a parsimonious model can assume millions of remainder rows, while its easy
 * counterfactuals are the rows of a few cubes. The primes of a union of cubes are its consensus
 * closure (Quine's iterated consensus, absorbed cubes dropped). Crisp conditions only.
 *
 * Returns what `coveringFirstRows(primesOfOnSet(onSet), positive.length)` returns for the on-set of
 * the positive rows followed by the easy counterfactuals in ascending order: every prime, each
 * covering the positive rows it holds, in CCubes' order (literals, conditions, first on-set row).
 */
export function primesOfCubes(positive: readonly (readonly number[])[], easyCubes: readonly (readonly number[])[], nconds: number): ImplicantTable {
  const bitOf = (condition: number) => 2 ** (nconds - 1 - condition);
  const full = 2 ** nconds - 1;
  const rows = positive.map((row) => row.reduce((value, level, condition) => value + (level === 1 ? bitOf(condition) : 0), 0));
  const cubes: Cube[] = [
    ...rows.map((value) => ({ mask: full, value })),
    ...easyCubes.map((codes) => codes.reduce((cube, code, condition) => (code === 0 ? cube : { mask: cube.mask | bitOf(condition), value: cube.value | (code === 2 ? bitOf(condition) : 0) }), { mask: 0, value: 0 })),
  ];
  const primes = consensusClosure(cubes);
  /** The first on-set row of a prime that holds no positive row. */
  const firstEasyRow = (prime: Cube) => {
    // The easy counterfactuals follow the positive rows in ascending order: the least in the prime
    // decides, and a prime holding no positive row shares none with a cube, so a cube's least row is its own.
    let least = Infinity;
    for (const cube of cubes.slice(rows.length)) {
      const inside = meet(prime, cube);
      if (inside) least = Math.min(least, inside.value);
    }
    return rows.length + least;
  };
  const implicants = primes
    .map((prime) => {
      const covers = rows.flatMap((row, index) => ((row & prime.mask) === prime.value ? [index] : []));
      return { prime, literals: popCount(prime.mask), covers, at: covers[0] ?? firstEasyRow(prime) };
    })
    .sort((a, b) => a.literals - b.literals || conditionsOrder(a.prime.mask, b.prime.mask) || a.at - b.at)
    .map(({ prime, literals, covers }): Implicant => ({
      term: Array.from({ length: nconds }, (_, condition) => ((prime.mask & bitOf(condition)) === 0 ? ABSENT : (prime.value & bitOf(condition)) === 0 ? 0 : 1)),
      literals,
      covers,
    }));
  return implicantTable(implicants, Array.from({ length: nconds }, () => 2));
}

/**
 * Every prime implicant of the union of `start`. Each cube taken in is compared with the ones kept
 * before it, and their consensus waits its turn; a cube another holds is dropped. At the end every
 * pair's consensus is held by a kept cube and none holds another, which by Blake's theorem makes
 * the kept cubes exactly the primes.
 */
function consensusClosure(start: readonly Cube[]): Cube[] {
  let kept: Cube[] = [];
  const waiting = [...start];
  let budget = CONSENSUS_BUDGET;
  while (waiting.length > 0) {
    const cube = waiting.pop()!;
    budget -= 2 * kept.length;
    if (budget < 0) throw outOfBudget();
    if (kept.some((other) => holds(other, cube))) continue;
    kept = kept.filter((other) => !holds(cube, other));
    for (const other of kept) {
      const opposed = cube.mask & other.mask & (cube.value ^ other.value);
      if (opposed === 0 || (opposed & (opposed - 1)) !== 0) continue;
      const mask = (cube.mask | other.mask) & ~opposed;
      waiting.push({ mask, value: (cube.value | other.value) & mask });
      // A queued cube is memory as well as work: a million of them is where a page's worker should stop.
      budget -= CONSENSUS_BUDGET / 1_000_000;
      if (budget < 0) throw outOfBudget();
    }
    kept.push(cube);
  }
  return kept;
}

const outOfBudget = () => new QcaError('qca/budget', 'The easy counterfactuals merge into more prime implicants than the work budget allows.');

/** Whether cube `outer` holds every row of cube `inner`. */
function holds(outer: Cube, inner: Cube): boolean {
  return (outer.mask & ~inner.mask) === 0 && ((outer.value ^ inner.value) & outer.mask) === 0;
}

/** The rows two cubes share, as a cube; undefined when none. */
function meet(a: Cube, b: Cube): Cube | undefined {
  if ((a.mask & b.mask & (a.value ^ b.value)) !== 0) return undefined;
  return { mask: a.mask | b.mask, value: a.value | b.value };
}

/** CCubes' order of the conditions two terms name: the first condition that differs, the lower first. */
function conditionsOrder(a: number, b: number): number {
  // With the first condition the highest bit, the lower condition is the higher bit where they differ.
  if (a === b) return 0;
  const differing = a ^ b;
  const highest = 1 << (31 - Math.clz32(differing));
  return (a & highest) !== 0 ? -1 : 1;
}

function popCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}
