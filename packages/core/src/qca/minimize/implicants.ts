import type { Term } from '../terms';
import { ABSENT } from '../terms';
import type { BitPrimes } from './cube-bitmaps';
import { bitmapPrimes, bitmapWork, popcount } from './cube-bitmaps';
import type { Implicant, ImplicantTable } from './implicant-table';
import { implicantTable, pickImplicants } from './implicant-table';
import { QcaError } from '../errors';
import { budgetError, WorkMeter } from '../work-budget';
import { IntList } from './int-list';
import type { PrimeRows } from './transversals';
import { primesByTransversals } from './transversals';

export interface ImplicantSearch {
  implicants: ImplicantTable;
  /** The literal count the search stopped after. */
  depth: number;
  /** True when the search ran to the last level rather than stopping early. */
  complete: boolean;
  /** Every prime, when the stop rule ended a search that had found them all (the search by rows finds them at once). */
  everyPrime?: ImplicantTable;
}

/** Visits the k-subsets of 0…n−1 in lexicographic order. */
export function* combinations(n: number, k: number): Generator<number[]> {
  if (k > n || k <= 0) return;
  const index = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield index;
    let i = k - 1;
    while (i >= 0 && index[i] === n - k + i) i -= 1;
    if (i < 0) return;
    index[i]! += 1;
    for (let j = i + 1; j < k; j += 1) index[j] = index[j - 1]! + 1;
  }
}

function subsumedBy(candidate: Term, smaller: readonly Implicant[]): boolean {
  for (const found of smaller) {
    let inside = true;
    for (let j = 0; j < candidate.length && inside; j += 1) {
      const level = found.term[j]!;
      if (level !== ABSENT && candidate[j] !== level) inside = false;
    }
    if (inside) return true;
  }
  return false;
}

/**
 * CCubes' stop rule, shared by both searches: once every positive row lies in some prime, the
 * search ends after two consecutive levels that add none. With `complete` it never stops early.
 */
class LevelStop {
  private readonly coveredRows: Uint8Array;
  private covered = 0;
  private found = false;
  private barren = 0;

  constructor(
    private readonly rows: number,
    private readonly rule: 'qca' | 'complete',
  ) {
    this.coveredRows = new Uint8Array(rows);
  }

  /** The rows `rows[from, to)`, all of them by default. */
  cover(rows: ArrayLike<number>, from = 0, to = rows.length): void {
    this.found = true;
    for (let i = from; i < to; i += 1) {
      const row = rows[i]!;
      if (!this.coveredRows[row]) {
        this.coveredRows[row] = 1;
        this.covered += 1;
      }
    }
  }

  /** Call at the end of each level: true when the search should stop there. */
  afterLevel(newPrimes: boolean): boolean {
    if (this.rule !== 'qca' || !this.found || this.covered < this.rows) return false;
    this.barren = newPrimes ? 0 : this.barren + 1;
    return this.barren > 1;
  }
}

export interface CubesOptions {
  /**
   * `qca` stops as QCA's CCubes does: once the positive rows are covered, two consecutive levels
   * without a new prime end the search. `complete` visits every level.
   */
  stopRule?: 'qca' | 'complete';
  /**
   * `auto` picks the search: crisp problems with long primes may use the bitmap search, tables of
   * many conditions and few rows the minimal transversals of the rows' differences;
   * `combinations` keeps to CCubes' own search, combination by combination; `transversals` always
   * searches the rows' differences. All give the same primes in the same order.
   */
  search?: 'auto' | 'combinations' | 'transversals';
  /** Units of work the search may take before it gives up with a `qca/budget` error (row visits and combinations looked at). */
  budget?: number;
}

/**
 * The prime implicant search's default budget, in row visits and combinations looked at: every
 * benchmark problem and reference case stays far within it, as do 200 random cases over 18
 * conditions (72,118 primes, some 6 s on a 2-core machine); over 20 conditions (157,353 primes) the
 * search would need four times as much, and stops at it after some 12 s.
 */
export const PRIME_SEARCH_BUDGET = 5e8;

function primeSearchBudgetError(literals: number, found: number): Error {
  return budgetError(
    `The search for prime implicants stopped at its work budget among the terms of ${literals} literals, with ${found.toLocaleString('en')} prime implicants found so far: this solution needs more work than the engine allows. Fewer conditions make it smaller.`,
  );
}

/**
 * Relevant prime implicants of the function that is 1 on `positive`, 0 on `negative` and free
 * elsewhere, found level by level (1 literal, 2 literals, …) as QCA's CCubes does: a cube over k
 * conditions is an implicant when no negative row projects onto it, and prime when no implicant
 * found at a lower level contains it. Discovery order matches CCubes, which its ordering needs.
 */
export function findImplicants(
  positive: readonly (readonly number[])[],
  negative: readonly (readonly number[])[],
  noflevels: readonly number[],
  options: CubesOptions = {},
): ImplicantSearch {
  const nconds = noflevels.length;
  const { stopRule = 'qca', search = 'auto' } = options;
  if (negative.length > 0 && (search === 'transversals' || (search === 'auto' && byTransversals(positive.length + negative.length, nconds)))) {
    // The transversals come all at once, while the level-by-level search stops early when the
    // primes are short (negative rows close to the positive ones): it is tried first, briefly.
    if (search === 'auto' && stopRule === 'qca') {
      const trial = Math.min(LEVELWISE_TRIAL, options.budget ?? PRIME_SEARCH_BUDGET);
      try {
        return findImplicants(positive, negative, noflevels, { ...options, search: 'combinations', budget: trial });
      } catch (error) {
        if (!(error instanceof QcaError) || error.code !== 'qca/budget') throw error;
      }
    }
    const work = new WorkMeter(options.budget ?? PRIME_SEARCH_BUDGET);
    const primes = primesByTransversals(positive, negative, work, (found) =>
      budgetError(`The search for prime implicants stopped at its work budget with ${found.toLocaleString('en')} prime implicants found so far: this solution needs more work than the engine allows. Fewer conditions make it smaller.`),
    );
    return stopLikeCubes(implicantTable(sortLikeCubes(primes), noflevels), positive.length, nconds, stopRule);
  }
  if (isBitCoded(noflevels)) return findImplicantsOfCodes(bitCodes(positive), bitCodes(negative), nconds, options);
  const implicants: Implicant[] = [];
  const stop = new LevelStop(positive.length, stopRule);
  const work = new WorkMeter(options.budget ?? PRIME_SEARCH_BUDGET);
  let depth = 0;
  for (let k = 1; k <= nconds; k += 1) {
    depth = k;
    const previous = implicants.length;
    const before = implicants.slice();
    for (const combo of combinations(nconds, k)) {
      work.spend(negative.length + positive.length);
      if (work.spent) throw primeSearchBudgetError(k, implicants.length);
      const multipliers = new Array<number>(k);
      multipliers[0] = 1;
      for (let c = 1; c < k; c += 1) multipliers[c] = multipliers[c - 1]! * noflevels[combo[c - 1]!]!;
      const key = (row: readonly number[]) => {
        let value = 0;
        for (let c = 0; c < k; c += 1) value += row[combo[c]!]! * multipliers[c]!;
        return value;
      };
      const blocked = new Set<number>();
      for (const row of negative) blocked.add(key(row));
      const groups = new Map<number, number[]>();
      positive.forEach((row, index) => {
        const value = key(row);
        if (blocked.has(value)) return;
        const group = groups.get(value);
        if (group) group.push(index);
        else groups.set(value, [index]);
      });
      for (const rows of groups.values()) {
        const sample = positive[rows[0]!]!;
        const term = new Array<number>(nconds).fill(ABSENT);
        for (const condition of combo) term[condition] = sample[condition]!;
        work.spend(before.length);
        if (subsumedBy(term, before)) continue;
        implicants.push({ term, literals: k, covers: rows });
        stop.cover(rows);
      }
    }
    if (stop.afterLevel(implicants.length > previous)) return { implicants: implicantTable(implicants, noflevels), depth, complete: false };
  }
  return { implicants: implicantTable(implicants, noflevels), depth, complete: true };
}

const TRANSVERSAL_CONDITIONS = 12;
const TRANSVERSAL_ROWS = 400;

/** Work the level-by-level search is given first on such tables, before the transversals take over. */
const LEVELWISE_TRIAL = 2_000_000;

/**
 * Whether the rows' differences are the quicker search: the level-by-level searches visit the
 * combinations of conditions, which grow as 2^k, the transversal search the rows and the primes.
 */
export function byTransversals(rows: number, nconds: number): boolean {
  return nconds >= TRANSVERSAL_CONDITIONS && rows <= TRANSVERSAL_ROWS;
}

/** Crisp problems up to this many conditions use the bit-mask search (its tables take 2^k entries). */
const BITSET_CONDITIONS = 22;

/** Whether rows are coded as bits for these conditions: crisp, and few enough. */
export function isBitCoded(noflevels: readonly number[]): boolean {
  return noflevels.length <= BITSET_CONDITIONS && noflevels.every((levels) => levels === 2);
}

/** Crisp rows as bit codes, the first condition the highest bit. */
function bitCodes(rows: readonly (readonly number[])[]): Int32Array {
  return Int32Array.from(rows, (row) => row.reduce((value, level) => 2 * value + level, 0));
}

/**
 * The same search as `findImplicants` for crisp conditions, with rows as bit codes (the first
 * condition the highest bit: a row id minus one). A cube over the conditions `mask` is
 * `row & mask`, and per-cube tables are typed arrays stamped per combination instead of cleared.
 * A positive row already inside a prime whose conditions are part of the combination makes its
 * cube non-prime, which skips most combinations at deeper levels without looking at the negative
 * rows at all. Results, order included, equal the general search.
 */
export function findImplicantsOfCodes(
  positives: Int32Array,
  negatives: Int32Array,
  nconds: number,
  options: CubesOptions = {},
): ImplicantSearch {
  const { stopRule = 'qca', search = 'auto' } = options;
  const bit = (condition: number) => 1 << (nconds - 1 - condition);
  const size = 1 << nconds;
  // The bitmap search costs the same whatever the stop rule; the combination search stops early
  // when the primes are short. So combinations go first, level by level, while what they would
  // have cost with the next level stays within what the bitmaps would (measured on the benchmark
  // problems, a row visit and a bitmap step cost about the same).
  const estimate = search === 'auto' ? bitmapWorkFor(negatives, nconds) : Infinity;
  let allowance = estimate <= BITMAP_BUDGET ? estimate : -1;
  let spent = 0;
  // One word per cube key for this combination: its stamp and its state (blocked by a negative row,
  // dead because a prime of a lower level covers it, or the group it opened).
  const BLOCKED = -1;
  const DEAD = -2;
  const markStamp = new Int32Array(size);
  const markState = new Int32Array(size);
  // Primes by their conditions: a combination looks only at primes over a subset of its own.
  const primesByMask = new Map<number, number[][]>();
  const primeMasks: number[] = [];
  const relevant: number[][][] = [];
  const implicants: Implicant[] = [];
  const stop = new LevelStop(positives.length, stopRule);
  // Rows in id order bring a combination of the first conditions' keys in order too, its last key
  // only near the end; shuffled, every key turns up early, and the scan stops once all have.
  const scanned = shuffled(negatives);
  const work = new WorkMeter(options.budget ?? PRIME_SEARCH_BUDGET);
  let stamp = 0;
  let depth = 0;
  for (let k = 1; k <= nconds; k += 1) {
    spent += binomial(nconds, k) * (positives.length + negatives.length);
    if (allowance >= 0 && spent > allowance) {
      const byBitmaps = primesByBitmaps(positives, negatives, nconds, false);
      if (byBitmaps) return stopLikeCubes(byBitmaps, positives.length, nconds, stopRule);
      allowance = -1;
    }
    depth = k;
    const previous = implicants.length;
    const found: { mask: number; rows: number[] }[] = [];
    const keysOfCombo = 2 ** k;
    for (const combo of combinations(nconds, k)) {
      if (work.spent) throw primeSearchBudgetError(k, implicants.length);
      const mask = combo.reduce((value, condition) => value | bit(condition), 0);
      stamp += 1;
      // Keys no new prime can take: covered by a prime of a lower level within these conditions, or
      // hit by a negative row. Once every key of the combination is taken, nothing is left to find,
      // which at the deeper levels is known after a few hundred rows instead of all of them.
      let taken = 0;
      // The primes over a subset of these conditions: through the list of masks found so far, or
      // through the subsets of this mask, whichever is shorter.
      relevant.length = 0;
      let units = 0;
      if (primeMasks.length <= keysOfCombo) {
        units += primeMasks.length;
        for (const primeMask of primeMasks) if ((primeMask & ~mask) === 0) relevant.push(primesByMask.get(primeMask)!);
      } else {
        units += keysOfCombo;
        for (let subset = (mask - 1) & mask; subset !== 0; subset = (subset - 1) & mask) {
          const lists = primesByMask.get(subset);
          if (lists) relevant.push(lists);
        }
      }
      for (const lists of relevant) {
        for (const rows of lists) {
          units += rows.length;
          for (const row of rows) {
            const key = positives[row]! & mask;
            if (markStamp[key] === stamp) continue;
            markStamp[key] = stamp;
            markState[key] = DEAD;
            taken += 1;
          }
        }
      }
      let row = 0;
      for (; row < scanned.length && taken < keysOfCombo; row += 1) {
        const key = scanned[row]! & mask;
        if (markStamp[key] === stamp) continue;
        markStamp[key] = stamp;
        markState[key] = BLOCKED;
        taken += 1;
      }
      work.spend(units + row);
      if (taken === keysOfCombo) continue;
      work.spend(positives.length);
      const groups: number[][] = [];
      for (let row = 0; row < positives.length; row += 1) {
        const key = positives[row]! & mask;
        if (markStamp[key] !== stamp) {
          markStamp[key] = stamp;
          markState[key] = groups.length;
          groups.push([row]);
        } else if (markState[key]! >= 0) groups[markState[key]!]!.push(row);
      }
      for (const rows of groups) {
        const sample = positives[rows[0]!]!;
        const term = new Array<number>(nconds).fill(ABSENT);
        for (const condition of combo) term[condition] = sample & bit(condition) ? 1 : 0;
        implicants.push({ term, literals: k, covers: rows });
        found.push({ mask, rows });
        stop.cover(rows);
      }
    }
    // Primes of this level can only subsume cubes of deeper levels.
    for (const prime of found) {
      const known = primesByMask.get(prime.mask);
      if (known) known.push(prime.rows);
      else {
        primesByMask.set(prime.mask, [prime.rows]);
        primeMasks.push(prime.mask);
      }
    }
    if (stop.afterLevel(implicants.length > previous)) return { implicants: implicantTable(implicants, crisp(nconds)), depth, complete: false };
  }
  return { implicants: implicantTable(implicants, crisp(nconds)), depth, complete: true };
}

/** The rows in a fixed pseudo-random order (Fisher–Yates with a xorshift generator of fixed seed): the same on every run. */
function shuffled(rows: Int32Array): Int32Array {
  const out = rows.slice();
  let state = 0x9e3779b9;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function crisp(nconds: number): number[] {
  return new Array<number>(nconds).fill(2);
}

/**
 * All prime implicants of the function that is 1 exactly on `onSet` and 0 elsewhere (no
 * don't-cares), as QCA needs for the conservative and intermediate solutions. Cubes are merged
 * level by level: a cube without condition j is an implicant when every level of j is. `search`
 * as in `CubesOptions` (`combinations` here meaning the merge).
 */
export function primesOfOnSet(onSet: readonly (readonly number[])[], noflevels: readonly number[], search: 'auto' | 'combinations' = 'auto'): ImplicantTable {
  const nconds = noflevels.length;
  if (isBitCoded(noflevels)) {
    const rows = bitCodes(onSet);
    // With every row on, the prime is the empty cube, which the bitmap search never offers.
    const usable = search === 'auto' && nconds >= 8 && rows.length < 2 ** nconds && bitmapWork(nconds, rows.length / 2 ** nconds) <= BITMAP_BUDGET;
    const byBitmaps = usable ? primesByBitmaps(rows, undefined, nconds, true) : undefined;
    return byBitmaps ?? implicantTable(sortLikeCubes(crispPrimesOfOnSet(onSet, nconds)), noflevels);
  }
  const key = cubeKey(noflevels);
  let current = new Map<number | string, number[]>(onSet.map((row) => [key(row), [...row]]));
  const primes: number[][] = [];
  while (current.size > 0) {
    const next = new Map<number | string, number[]>();
    for (const term of current.values()) {
      let merged = false;
      for (let j = 0; j < nconds; j += 1) {
        if (term[j] === ABSENT) continue;
        let all = true;
        const sibling = [...term];
        for (let level = 0; level < noflevels[j]! && all; level += 1) {
          sibling[j] = level;
          all = current.has(key(sibling));
        }
        if (all) {
          merged = true;
          sibling[j] = ABSENT;
          next.set(key(sibling), sibling);
        }
      }
      if (!merged) primes.push(term);
    }
    current = next;
  }
  return implicantTable(orderLikeCubes(primes, onSet, noflevels), noflevels);
}

/**
 * The same merge for crisp data on numbers alone: a cube is its mask of present conditions and its
 * values on them (one number: mask × 2^k + values), its sibling across a condition is one flipped
 * bit, and its rows are its values with every subset of the free conditions switched on.
 */
function crispPrimesOfOnSet(onSet: readonly (readonly number[])[], nconds: number): PrimeRows[] {
  const span = 2 ** nconds;
  const full = span - 1;
  const bitOf = (condition: number) => 1 << (nconds - 1 - condition);
  const rows = onSet.map((row) => row.reduce((value, level, condition) => value | (level === 1 ? bitOf(condition) : 0), 0));
  const indexOf = new Int32Array(span).fill(-1);
  rows.forEach((row, index) => (indexOf[row] = index));
  let current = new Set<number>(rows.map((row) => full * span + row));
  const primes: PrimeRows[] = [];
  while (current.size > 0) {
    const next = new Set<number>();
    for (const cube of current) {
      const mask = Math.floor(cube / span);
      const value = cube - mask * span;
      let merged = false;
      for (let condition = 0; condition < nconds; condition += 1) {
        const bit = bitOf(condition);
        if ((mask & bit) === 0 || !current.has(mask * span + (value ^ bit))) continue;
        merged = true;
        next.add((mask ^ bit) * span + (value & ~bit));
      }
      if (merged) continue;
      const free = full & ~mask;
      const covers: number[] = [];
      for (let on = free; ; on = (on - 1) & free) {
        const index = indexOf[value | on]!;
        if (index >= 0) covers.push(index);
        if (on === 0) break;
      }
      covers.sort((a, b) => a - b);
      const term = Array.from({ length: nconds }, (_, condition) => ((mask & bitOf(condition)) === 0 ? ABSENT : (value & bitOf(condition)) === 0 ? 0 : 1));
      primes.push({ term, covers });
    }
    current = next;
  }
  return primes;
}

/** Word operations the bitmap search may take before the combination search is preferred. */
const BITMAP_BUDGET = 1.2e9;

/**
 * Primes by the bitmap search (at least 8 conditions, an estimated work the caller has found within
 * BITMAP_BUDGET), in CCubes' discovery order with the positive rows each covers; `undefined` when
 * the search itself passes twice the budget, and the caller searches by combinations. Inside are
 * the rows that are not negative, or with `onlyPositive` the positive rows alone.
 */
function primesByBitmaps(positives: Int32Array, negatives: Int32Array | undefined, nconds: number, onlyPositive: boolean): ImplicantTable | undefined {
  const size = 2 ** nconds;
  const inside = new Uint32Array(size / 32);
  if (onlyPositive) positives.forEach((row) => (inside[row >>> 5]! |= 1 << (row & 31)));
  else {
    inside.fill(0xffffffff);
    negatives!.forEach((row) => (inside[row >>> 5]! &= ~(1 << (row & 31))));
  }
  const found = bitmapPrimes(inside, nconds, 2 * BITMAP_BUDGET);
  if (!found) return undefined;
  const { free, value } = found;
  const rows = new PositiveRows(positives, nconds);
  // CCubes' order is known from each prime's first positive row, so the rows are listed in it
  // straight away; primes without a positive row are left out.
  const first = new Int32Array(found.count);
  for (let i = 0; i < found.count; i += 1) first[i] = rows.first(free[i]!, value[i]!);
  const order = cubesOrder(found, first, nconds, positives.length);
  const count = order.length;
  // Room for the rows the cubes hold in the share the positive rows have of the rows inside, with
  // a margin (pages never written cost nothing), and more if needed.
  let cubeRows = 0;
  for (let i = 0; i < found.count; i += 1) cubeRows += 1 << popcount(free[i]!);
  const covers = new IntList(Math.ceil(1.25 * cubeRows * (positives.length / Math.max(1, countInside(inside)))) + 1024);
  const coverStart = new Int32Array(count + 1);
  const bits = { free: new Int32Array(count), value: new Int32Array(count) };
  const literals = new Uint8Array(count);
  for (let k = 0; k < count; k += 1) {
    const i = order[k]!;
    rows.list(free[i]!, value[i]!, covers);
    coverStart[k + 1] = covers.length;
    bits.free[k] = free[i]!;
    bits.value[k] = value[i]!;
    literals[k] = nconds - popcount(free[i]!);
  }
  return { count, nconds, bits, literals, coverStart, covers: covers.view() };
}

/**
 * The primes with a first row, in CCubes' order: literal count, then the combination of
 * conditions (one with an earlier condition first), then the first positive row. The search yields
 * each combination's primes together, so the combinations are sorted as groups, and each group by
 * first row (distinct within a group: its cubes are disjoint).
 */
function cubesOrder(found: BitPrimes, first: Int32Array, nconds: number, rows: number): Int32Array {
  const groups: { start: number; end: number; free: number; literals: number }[] = [];
  let count = 0;
  for (let i = 0; i < found.count; i += 1) {
    if (first[i]! < 0) continue;
    count += 1;
    const free = found.free[i]!;
    const last = groups[groups.length - 1];
    if (last?.free === free) last.end = i + 1;
    else groups.push({ start: i, end: i + 1, free, literals: nconds - popcount(free) });
  }
  // An earlier condition is a higher bit: the combination with it has fewer low free bits.
  groups.sort((a, b) => a.literals - b.literals || a.free - b.free);
  const order = new Int32Array(count);
  const primeOfRow = new Int32Array(rows);
  let placed = 0;
  for (const { start, end } of groups) {
    const from = placed;
    for (let i = start; i < end; i += 1) {
      if (first[i]! < 0) continue;
      order[placed++] = first[i]!;
      primeOfRow[first[i]!] = i;
    }
    const firstRows = order.subarray(from, placed).sort();
    for (let k = 0; k < firstRows.length; k += 1) firstRows[k] = primeOfRow[firstRows[k]!]!;
  }
  return order;
}

/**
 * The positive rows, found in a cube word by word: the cube's free conditions below bit 5 are a
 * pattern of bits within a word, the others choose the words, so its rows come ascending. A
 * positive row's index is its rank among the positive rows when they ascend, counted from a bit
 * per positive row and a running count per word, both small enough to stay in cache; otherwise it
 * is looked up.
 */
class PositiveRows {
  private readonly isPositive: Uint32Array;
  private readonly before: Int32Array;
  private readonly indexOf?: Int32Array;

  constructor(positives: Int32Array, nconds: number) {
    const words = 2 ** nconds / 32;
    this.isPositive = new Uint32Array(words);
    positives.forEach((row) => (this.isPositive[row >>> 5]! |= 1 << (row & 31)));
    this.before = new Int32Array(words);
    for (let w = 1; w < words; w += 1) this.before[w] = this.before[w - 1]! + popcount(this.isPositive[w - 1]!);
    if (positives.every((row, index) => index === 0 || positives[index - 1]! < row)) return;
    const indexOf = (this.indexOf = new Int32Array(2 ** nconds).fill(-1));
    positives.forEach((row, index) => (indexOf[row] = index));
  }

  /** The lowest index of a positive row in the cube, −1 for none. */
  first(free: number, value: number): number {
    const { isPositive, before, indexOf } = this;
    const pattern = wordPattern(free, value);
    const high = free & ~31;
    let lowest = -1;
    for (let on = 0; ; on = (on - high) & high) {
      const w = (value | on) >>> 5;
      let bits = isPositive[w]! & pattern;
      // Ranks ascend with the rows: the first found is the lowest. Looked-up indices need them all.
      if (bits !== 0 && !indexOf) return before[w]! + popcount(isPositive[w]! & ((bits & -bits) - 1));
      for (; bits !== 0; bits &= bits - 1) {
        const index = indexOf![w * 32 + 31 - Math.clz32(bits & -bits)]!;
        if (lowest < 0 || index < lowest) lowest = index;
      }
      if (on === high) return lowest;
    }
  }

  /** Appends the indices of the cube's positive rows, ascending. */
  list(free: number, value: number, out: IntList): void {
    const { isPositive, before, indexOf } = this;
    const from = out.length;
    const pattern = wordPattern(free, value);
    const high = free & ~31;
    for (let on = 0; ; on = (on - high) & high) {
      const w = (value | on) >>> 5;
      const word = isPositive[w]!;
      for (let bits = word & pattern; bits !== 0; bits &= bits - 1) {
        const low = bits & -bits;
        out.push(indexOf ? indexOf[w * 32 + 31 - Math.clz32(low)]! : before[w]! + popcount(word & (low - 1)));
      }
      if (on === high) break;
    }
    if (indexOf) out.items.subarray(from, out.length).sort();
  }
}

/** The bits of a cube's rows within a word: its value's low bits, spread over its free conditions below bit 5. */
function wordPattern(free: number, value: number): number {
  let pattern = 1 << (value & 31);
  for (let b = 0; b < 5; b += 1) if (free & (1 << b)) pattern |= pattern << (1 << b);
  return pattern;
}

/** Rows set in a bitmap of rows. */
function countInside(bitmap: Uint32Array): number {
  let count = 0;
  for (const word of bitmap) count += popcount(word);
  return count;
}

/** The bitmap search's estimated work when every row but the negative ones is inside; Infinity below 8 conditions. */
function bitmapWorkFor(negatives: Int32Array, nconds: number): number {
  if (nconds < 8) return Infinity;
  const negative = new Uint32Array(2 ** nconds / 32);
  negatives.forEach((row) => (negative[row >>> 5]! |= 1 << (row & 31)));
  return bitmapWork(nconds, 1 - countInside(negative) / 2 ** nconds);
}

function binomial(n: number, k: number): number {
  let value = 1;
  for (let i = 1; i <= k; i += 1) value = (value * (n - k + i)) / i;
  return value;
}


/** The search's result as CCubes' level-by-level stop rule would have cut it. */
function stopLikeCubes(primes: ImplicantTable, rows: number, nconds: number, stopRule: 'qca' | 'complete'): ImplicantSearch {
  const stop = new LevelStop(rows, stopRule);
  let at = 0;
  for (let level = 1; level <= nconds; level += 1) {
    const start = at;
    for (; at < primes.count && primes.literals[at] === level; at += 1) stop.cover(primes.covers, primes.coverStart[at]!, primes.coverStart[at + 1]!);
    if (stop.afterLevel(at > start)) return { implicants: pickImplicants(primes, Int32Array.from({ length: at }, (_, i) => i)), depth: level, complete: false, everyPrime: primes };
  }
  return { implicants: primes, depth: nconds, complete: true };
}

/**
 * A cube's identity: a number (digits level + 1, 0 for absent, in mixed radix) while that fits
 * exactly in a double, else text. Numbers hash far faster, which counts with many rows.
 */
function cubeKey(noflevels: readonly number[]): (term: readonly number[]) => number | string {
  const span = noflevels.reduce((product, levels) => product * (levels + 1), 1);
  if (span > Number.MAX_SAFE_INTEGER) return (term) => term.join(',');
  return (term) => {
    let value = 0;
    for (let j = 0; j < term.length; j += 1) value = value * (noflevels[j]! + 1) + term[j]! + 1;
    return value;
  };
}

/**
 * Puts primes into the order CCubes would have discovered them in: by literal count, then by the
 * lexicographic combination of their conditions, then by their first positive row. A prime's rows
 * are found by walking the cube's own rows, which are few when the cube has few free conditions.
 */
function orderLikeCubes(primes: number[][], positive: readonly (readonly number[])[], noflevels: readonly number[]): Implicant[] {
  const key = cubeKey(noflevels);
  const indexOf = new Map(positive.map((row, index) => [key(row), index]));
  return sortLikeCubes(
    primes.map((term) => {
      const free = term.flatMap((level, j) => (level === ABSENT ? [j] : []));
      const covers: number[] = [];
      const row = [...term];
      const visit = (depth: number) => {
        if (depth === free.length) {
          const index = indexOf.get(key(row));
          if (index !== undefined) covers.push(index);
          return;
        }
        for (let level = 0; level < noflevels[free[depth]!]!; level += 1) {
          row[free[depth]!] = level;
          visit(depth + 1);
        }
      };
      visit(0);
      covers.sort((a, b) => a - b);
      return { term, covers };
    }),
  );
}

/** CCubes' discovery order: literal count, then the combination of conditions, then the first row. */
function sortLikeCubes(primes: PrimeRows[]): Implicant[] {
  const withInfo = primes.map(({ term, covers }) => {
    const conditions = term.flatMap((level, j) => (level === ABSENT ? [] : [j]));
    return { term, literals: conditions.length, covers, conditions };
  });
  withInfo.sort((a, b) => {
    if (a.literals !== b.literals) return a.literals - b.literals;
    for (let i = 0; i < a.conditions.length; i += 1) {
      if (a.conditions[i] !== b.conditions[i]) return a.conditions[i]! - b.conditions[i]!;
    }
    return (a.covers[0] ?? 0) - (b.covers[0] ?? 0);
  });
  return withInfo.map(({ term, literals, covers }) => ({ term, literals, covers }));
}
