import type { NecessityFit } from './fit';
import { necessityFit, termMembership } from './fit';
import { atLeast, ratio } from './numeric';
import type { Notation, Term } from './terms';
import { ABSENT, formatDisjunction, formatTerm, literal } from './terms';
import type { TruthTable } from './truth-table';
import { tableNotation } from './truth-table';
import { combinations } from './minimize/implicants';
import { WorkMeter } from './work-budget';

export interface NecessityRow extends NecessityFit {
  term: string;
}

export interface SuperSubsetOptions {
  inclCut?: number;
  covCut?: number;
  /** Most literals in a combination; all conditions by default. */
  depth?: number;
  /** Units of work (cases visited, listed terms looked up) before the search stops (default `SUPERSUBSET_BUDGET`). */
  budget?: number;
  /** `qca` (default) ends at the first size from four literals up that lists nothing new, as QCA does; `complete` searches every size. */
  stopRule?: 'qca' | 'complete';
}

export interface SuperSubsetResult {
  terms: NecessityRow[];
  /** False when the work budget ended the search: `terms` then hold every combination of up to `depth` literals. */
  complete: boolean;
  /** The size of combinations searched to the end. */
  depth: number;
  /** The size that listed nothing new and so ended the search under QCA's stop rule, when it did. */
  stoppedAt?: number;
}

/**
 * The search looks at every combination of conditions and levels (3^k of them for k crisp
 * conditions), each over every case: past this many case visits (memberships and sums, and
 * lookups of the terms listed; 3 to 4 s on a 2-core machine for 40 cases over 30 conditions) it
 * stops with the combinations of the sizes it finished.
 */
export const SUPERSUBSET_BUDGET = 1e9;

/** Necessity of each condition and its negation (each level, for multi-value conditions). */
export function necessityOfConditions(table: TruthTable): NecessityRow[] {
  const cases = table.cases.length;
  const rows: NecessityRow[] = [];
  table.conditions.forEach((condition, j) => {
    const levels = condition.levels === 2 ? [1, 0] : Array.from({ length: condition.levels }, (_, level) => level);
    const notation: Notation = { conditions: table.conditions.map((c) => c.name), multiValue: condition.levels > 2 };
    for (const level of levels) {
      const term = table.conditions.map((_, i) => (i === j ? level : ABSENT));
      const x = termMembership(term, table.conditions, table.conditionValues, cases);
      rows.push({ term: literal(notation, j, level), ...necessityFit(x, table.outcomeValues) });
    }
  });
  return rows;
}

/**
 * Supersets of the outcome, as QCA's `superSubset()` searches them: conjunctions that pass the
 * cut-offs; then, for a combination whose conjunction does not pass, its disjunction, when it
 * passes and holds no term listed at a smaller size (a conjunction or a disjunction whose literals
 * are all among its own). Each group by size, then by conditions, then by levels. As in QCA, once
 * some term is listed, a size from four literals up that lists nothing ends the search
 * (`stopRule: 'complete'` searches every size). The search is bounded: past its budget it returns
 * what the sizes it finished hold, and says so.
 */
export function superSubset(table: TruthTable, options: SuperSubsetOptions = {}): SuperSubsetResult {
  const { inclCut = 1, covCut = 0 } = options;
  const notation = tableNotation(table);
  const nconds = table.conditions.length;
  const depth = Math.max(0, Math.min(options.depth ?? nconds, nconds));
  const cases = table.cases.length;
  const y = table.outcomeValues;
  const conjunctions: NecessityRow[] = [];
  const disjunctions: NecessityRow[] = [];
  const { memberships, literalId } = literalMemberships(table);
  const listed = new ListedTerms(memberships.length);
  // Whether the literals up to each position hold a term listed at a smaller size (a disjunction
  // holding one is not listed): once they do, every term extending them does.
  const holdsListed = new Uint8Array(depth);
  // Minima and maxima of the literals so far, one array per position: moving the last level
  // recomputes one position, not the whole term.
  const lowest = Array.from({ length: depth }, () => new Float64Array(cases));
  const highest = Array.from({ length: depth }, () => new Float64Array(cases));
  // Inclusion only falls as a conjunction grows (its minima fall, and so does each rounded sum):
  // once the literals so far fail it, every conjunction that extends them does.
  const conjunctionOut = new Uint8Array(depth);
  // Σ min(x, y) of the minima at each position still in, kept for the coverage of the whole term.
  const lowSumXY = new Float64Array(depth);
  let sumY = 0;
  for (let r = 0; r < cases; r += 1) sumY += y[r]!;
  // Summed in case order as necessityFit sums them, so a term is decided as its full fit would decide it.
  const sumXY = (x: Float64Array) => {
    let sum = 0;
    for (let r = 0; r < cases; r += 1) sum += Math.min(x[r]!, y[r]!);
    return sum;
  };
  const sumX = (x: Float64Array) => {
    let sum = 0;
    for (let r = 0; r < cases; r += 1) sum += x[r]!;
    return sum;
  };
  const inclusionHolds = (xy: number) => atLeast(ratio(xy, sumY) ?? Number.NaN, inclCut);
  const coverageHolds = (x: Float64Array, xy: number) => atLeast(ratio(xy, sumX(x)) ?? Number.NaN, covCut);
  const work = new WorkMeter(options.budget ?? SUPERSUBSET_BUDGET);
  const found = () => [...conjunctions, ...disjunctions];
  for (let k = 1; k <= depth; k += 1) {
    // Each size's rows are kept only when the whole size was searched.
    const sizeStart = { conjunctions: conjunctions.length, disjunctions: disjunctions.length };
    const listedNow: Int32Array[] = [];
    const ids = new Int32Array(k);
    for (const combo of combinations(nconds, k)) {
      const levels = combo.map((j) => table.conditions[j]!.levels);
      const values = new Array<number>(k).fill(0);
      let changed = 0;
      for (;;) {
        for (let c = changed; c < k; c += 1) {
          ids[c] = literalId[combo[c]!]! + values[c]!;
          holdsListed[c] = (c > 0 && holdsListed[c - 1] === 1) || listed.endingAt(ids, c) ? 1 : 0;
          const m = memberships[ids[c]!]!;
          const low = lowest[c]!;
          const high = highest[c]!;
          if (c === 0) {
            low.set(m);
            high.set(m);
          } else {
            const lowBefore = lowest[c - 1]!;
            const highBefore = highest[c - 1]!;
            const out = conjunctionOut[c - 1] === 1;
            for (let r = 0; r < cases; r += 1) {
              if (!out) low[r] = Math.min(lowBefore[r]!, m[r]!);
              high[r] = Math.max(highBefore[r]!, m[r]!);
            }
            if (out) {
              conjunctionOut[c] = 1;
              continue;
            }
          }
          lowSumXY[c] = sumXY(low);
          conjunctionOut[c] = inclusionHolds(lowSumXY[c]!) ? 0 : 1;
        }
        const low = lowest[k - 1]!;
        if (conjunctionOut[k - 1] === 0 && coverageHolds(low, lowSumXY[k - 1]!)) {
          conjunctions.push({ term: formatTerm(notation, termOf(nconds, combo, values)), ...necessityFit(low, y) });
          listedNow.push(ids.slice());
        } else if (k > 1 && holdsListed[k - 1] === 0) {
          const high = highest[k - 1]!;
          const xy = sumXY(high);
          if (inclusionHolds(xy) && coverageHolds(high, xy)) {
            disjunctions.push({ term: formatDisjunction(notation, termOf(nconds, combo, values)), ...necessityFit(high, y) });
            listedNow.push(ids.slice());
          }
        }
        // The literals recomputed and the sums, a pass over the cases each, and the listed terms looked up.
        work.spend(cases * (2 * (k - changed) + 2) + LOOKUP_WORK * listed.takeLookups());
        if (work.spent) {
          conjunctions.length = sizeStart.conjunctions;
          disjunctions.length = sizeStart.disjunctions;
          return { terms: found(), complete: false, depth: k - 1 };
        }
        let c = k - 1;
        while (c >= 0 && values[c] === levels[c]! - 1) {
          values[c] = 0;
          c -= 1;
        }
        if (c < 0) break;
        values[c]! += 1;
        changed = c;
      }
    }
    if (k >= 4 && k < depth && listed.count > 0 && listedNow.length === 0 && (options.stopRule ?? 'qca') === 'qca') return { terms: found(), complete: true, depth: k, stoppedAt: k };
    for (const ids of listedNow) listed.add(ids);
  }
  return { terms: found(), complete: true, depth };
}

/** A lookup of a set of literals among those listed, in the budget's units (a case visited): a hash and a comparison cost some dozens. */
const LOOKUP_WORK = 30;

/**
 * Terms listed so far, as ascending literal ids, by their last literal and by a hash of their ids:
 * whether one is inside a term is asked of the few that end on a literal, or of the term's own
 * subsets when many do.
 */
class ListedTerms {
  count = 0;
  private readonly byLast: Int32Array[][];
  private readonly byHash = new Map<number, Int32Array[]>();
  private largest = 0;
  private lookups = 0;
  private readonly subset: number[] = [];

  constructor(literals: number) {
    this.byLast = Array.from({ length: literals }, () => []);
  }

  add(ids: Int32Array): void {
    const hash = hashOf(ids, ids.length);
    const bucket = this.byHash.get(hash);
    if (bucket) bucket.push(ids);
    else this.byHash.set(hash, [ids]);
    this.byLast[ids[ids.length - 1]!]!.push(ids);
    this.count += 1;
    this.largest = Math.max(this.largest, ids.length);
  }

  /** Whether a listed term is made of `ids[c]` and some of `ids[0 … c − 1]` (ascending, as ids are). */
  endingAt(ids: Int32Array, c: number): boolean {
    const candidates = this.byLast[ids[c]!]!;
    if (candidates.length === 0) return false;
    if (candidates.length <= 2 ** c) {
      this.lookups += candidates.length;
      return candidates.some((term) => isSubset(term, ids, c));
    }
    const subset = this.subset;
    for (let mask = 0; mask < 2 ** c; mask += 1) {
      subset.length = 0;
      for (let i = 0; i < c; i += 1) if (mask & (1 << i)) subset.push(ids[i]!);
      if (subset.length >= this.largest) continue;
      subset.push(ids[c]!);
      this.lookups += 1;
      const bucket = this.byHash.get(hashOf(subset, subset.length));
      if (bucket?.some((term) => term.length === subset.length && term.every((id, i) => id === subset[i]))) return true;
    }
    return false;
  }

  /** Lookups made since last asked. */
  takeLookups(): number {
    const lookups = this.lookups;
    this.lookups = 0;
    return lookups;
  }
}

/** Whether the ascending ids of `term` are all among `ids[0 … last]` (ascending too). */
function isSubset(term: Int32Array, ids: Int32Array, last: number): boolean {
  let i = 0;
  for (const id of term) {
    while (i <= last && ids[i]! < id) i += 1;
    if (i > last || ids[i] !== id) return false;
    i += 1;
  }
  return true;
}

function hashOf(ids: ArrayLike<number>, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i += 1) hash = Math.imul(hash ^ ids[i]!, 0x01000193);
  return hash;
}

/** The term of the conditions `combo` at `values`. */
function termOf(nconds: number, combo: readonly number[], values: readonly number[]): Term {
  const term = new Array<number>(nconds).fill(ABSENT);
  combo.forEach((j, c) => {
    term[j] = values[c]!;
  });
  return term;
}

/** Each literal's memberships over the cases, literal j = v at `literalId[j] + v`. */
function literalMemberships(table: TruthTable): { memberships: Float64Array[]; literalId: number[] } {
  const memberships: Float64Array[] = [];
  const literalId: number[] = [];
  table.conditions.forEach((condition, j) => {
    literalId.push(memberships.length);
    for (let level = 0; level < condition.levels; level += 1) {
      const term = table.conditions.map((_, i) => (i === j ? level : ABSENT));
      memberships.push(Float64Array.from(termMembership(term, table.conditions, table.conditionValues, table.cases.length)));
    }
  });
  return { memberships, literalId };
}
