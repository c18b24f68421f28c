import type { NecessityFit } from './fit';
import { disjunctionMembership, necessityFit, termMembership } from './fit';
import { atLeast } from './numeric';
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
  /** Literal-by-case memberships computed before the search stops (default `SUPERSUBSET_BUDGET`). */
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
 * conditions), each over every case: past this many literal-by-case memberships (some 12 s on a
 * 2-core machine; 200 cases over 12 conditions need half of it) it stops with the combinations of
 * the sizes it finished.
 */
export const SUPERSUBSET_BUDGET = 6e9;

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
  const depth = Math.min(options.depth ?? nconds, nconds);
  const cases = table.cases.length;
  const y = table.outcomeValues;
  const conjunctions: NecessityRow[] = [];
  const disjunctions: NecessityRow[] = [];
  // Terms listed at smaller sizes: a disjunction holding one is not listed.
  const listed: Term[] = [];
  const passes = (fit: NecessityFit) => atLeast(fit.inclN ?? Number.NaN, inclCut) && atLeast(fit.covN ?? Number.NaN, covCut);
  const contains = (big: Term, small: Term) => small.every((level, j) => level === ABSENT || big[j] === level);
  const work = new WorkMeter(options.budget ?? SUPERSUBSET_BUDGET);
  const found = () => [...conjunctions, ...disjunctions];
  for (let k = 1; k <= depth; k += 1) {
    // Each size's rows are kept only when the whole size was searched.
    const sizeStart = { conjunctions: conjunctions.length, disjunctions: disjunctions.length };
    const listedNow: Term[] = [];
    for (const combo of combinations(nconds, k)) {
      const levels = combo.map((j) => table.conditions[j]!.levels);
      const values = new Array<number>(k).fill(0);
      for (;;) {
        const term = new Array<number>(nconds).fill(ABSENT);
        combo.forEach((j, c) => {
          term[j] = values[c]!;
        });
        const conjunction = necessityFit(termMembership(term, table.conditions, table.conditionValues, cases), y);
        if (passes(conjunction)) {
          conjunctions.push({ term: formatTerm(notation, term), ...conjunction });
          listedNow.push(term);
        } else if (k > 1 && !listed.some((smaller) => contains(term, smaller))) {
          const disjunction = necessityFit(disjunctionMembership(term, table.conditions, table.conditionValues, cases), y);
          if (passes(disjunction)) {
            disjunctions.push({ term: formatDisjunction(notation, term), ...disjunction });
            listedNow.push(term);
          }
        }
        // A term's memberships cost a pass over the cases per literal, and its disjunction is checked against those listed.
        work.spend(2 * k * cases + listed.length);
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
      }
    }
    if (k >= 4 && k < depth && listed.length > 0 && listedNow.length === 0 && (options.stopRule ?? 'qca') === 'qca') return { terms: found(), complete: true, depth: k, stoppedAt: k };
    listed.push(...listedNow);
  }
  return { terms: found(), complete: true, depth };
}
