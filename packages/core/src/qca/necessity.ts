import type { NecessityFit } from './fit';
import { disjunctionMembership, necessityFit, termMembership } from './fit';
import { atLeast } from './numeric';
import type { Notation, Term } from './terms';
import { ABSENT, formatDisjunction, formatTerm, literal } from './terms';
import type { TruthTable } from './truth-table';
import { combinations } from './minimize/implicants';

export interface NecessityRow extends NecessityFit {
  term: string;
}

export interface SuperSubsetOptions {
  inclCut?: number;
  covCut?: number;
  /** Most literals in a combination; all conditions by default. */
  depth?: number;
}

function notationOf(table: TruthTable): Notation {
  return { conditions: table.conditions.map((condition) => condition.name), multiValue: table.noflevels.some((levels) => levels > 2) };
}

/** Necessity of each condition and its negation (each level, for multi-value conditions). */
export function necessityOfConditions(table: TruthTable): NecessityRow[] {
  const cases = table.cases.length;
  const rows: NecessityRow[] = [];
  table.conditions.forEach((condition, j) => {
    const levels = condition.levels > 2 ? Array.from({ length: condition.levels }, (_, level) => level) : [1, 0];
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
 * cut-offs, then disjunctions that pass and contain no smaller disjunction (or single literal)
 * already necessary by consistency. Each group by size, then by conditions, then by levels.
 */
export function superSubset(table: TruthTable, options: SuperSubsetOptions = {}): NecessityRow[] {
  const { inclCut = 1, covCut = 0 } = options;
  const notation = notationOf(table);
  const nconds = table.conditions.length;
  const depth = Math.min(options.depth ?? nconds, nconds);
  const cases = table.cases.length;
  const y = table.outcomeValues;
  const conjunctions: NecessityRow[] = [];
  const disjunctions: NecessityRow[] = [];
  const necessaryDisjunctions: Term[] = [];
  const passes = (fit: NecessityFit) => atLeast(fit.inclN ?? Number.NaN, inclCut) && atLeast(fit.covN ?? Number.NaN, covCut);
  const contains = (big: Term, small: Term) => small.every((level, j) => level === ABSENT || big[j] === level);
  for (let k = 1; k <= depth; k += 1) {
    for (const combo of combinations(nconds, k)) {
      const levels = combo.map((j) => table.noflevels[j]!);
      const values = new Array<number>(k).fill(0);
      for (;;) {
        const term = new Array<number>(nconds).fill(ABSENT);
        combo.forEach((j, c) => {
          term[j] = values[c]!;
        });
        const conjunction = necessityFit(termMembership(term, table.conditions, table.conditionValues, cases), y);
        if (passes(conjunction)) conjunctions.push({ term: formatTerm(notation, term), ...conjunction });
        if (k === 1) {
          if (atLeast(conjunction.inclN ?? Number.NaN, inclCut)) necessaryDisjunctions.push(term);
        } else if (!necessaryDisjunctions.some((smaller) => contains(term, smaller))) {
          const disjunction = necessityFit(disjunctionMembership(term, table.conditions, table.conditionValues, cases), y);
          if (atLeast(disjunction.inclN ?? Number.NaN, inclCut)) {
            necessaryDisjunctions.push(term);
            if (passes(disjunction)) disjunctions.push({ term: formatDisjunction(notation, term), ...disjunction });
          }
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
  }
  return [...conjunctions, ...disjunctions];
}
