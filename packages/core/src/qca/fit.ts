import type { ConditionInfo } from './data';
import type { Term } from './terms';
import { ABSENT, parseExpression } from './terms';
import type { TruthTable } from './truth-table';
import { ratio } from './numeric';

/** Parameters of fit for sufficiency (X ⊆ Y): consistency, proportional reduction in inconsistency, coverage. */
export interface SufficiencyFit {
  inclS: number | null;
  PRI: number | null;
  covS: number | null;
}

/** Parameters of fit for necessity (Y ⊆ X): consistency, relevance, coverage. */
export interface NecessityFit {
  inclN: number | null;
  RoN: number | null;
  covN: number | null;
}

/** Each case's membership in a conjunction: the minimum over its literals. */
export function termMembership(term: Term, conditions: readonly ConditionInfo[], columns: readonly (readonly number[])[], cases: number): number[] {
  const out = new Array<number>(cases).fill(1);
  term.forEach((level, j) => {
    if (level === ABSENT) return;
    const values = columns[j]!;
    const fuzzy = conditions[j]!.fuzzy;
    for (let r = 0; r < cases; r += 1) {
      const x = values[r]!;
      const m = fuzzy ? (level === 1 ? x : 1 - x) : x === level ? 1 : 0;
      if (m < out[r]!) out[r] = m;
    }
  });
  return out;
}

/** Each case's membership in a disjunction of the term's literals: the maximum. */
export function disjunctionMembership(term: Term, conditions: readonly ConditionInfo[], columns: readonly (readonly number[])[], cases: number): number[] {
  const out = new Array<number>(cases).fill(0);
  term.forEach((level, j) => {
    if (level === ABSENT) return;
    const single = termMembership(term.map((_, i) => (i === j ? level : ABSENT)), conditions, columns, cases);
    for (let r = 0; r < cases; r += 1) if (single[r]! > out[r]!) out[r] = single[r]!;
  });
  return out;
}

export function unionMembership(sets: readonly (readonly number[])[], cases: number): number[] {
  const out = new Array<number>(cases).fill(0);
  for (const set of sets) for (let r = 0; r < cases; r += 1) if (set[r]! > out[r]!) out[r] = set[r]!;
  return out;
}

/** The sums every parameter of fit is made of, accumulated in case order as QCA does. */
function sums(x: ArrayLike<number>, y: ArrayLike<number>) {
  let sumX = 0;
  let sumY = 0;
  let sumXY = 0;
  let sumXYnotY = 0;
  let sumNotX = 0;
  let sumNotXY = 0;
  for (let r = 0; r < x.length; r += 1) {
    const xi = x[r]!;
    const yi = y[r]!;
    const xy = Math.min(xi, yi);
    sumX += xi;
    sumY += yi;
    sumXY += xy;
    sumXYnotY += Math.min(xy, 1 - yi);
    sumNotX += 1 - xi;
    sumNotXY += 1 - xy;
  }
  return { sumX, sumY, sumXY, sumXYnotY, sumNotX, sumNotXY };
}

export function sufficiencyFit(x: readonly number[], y: readonly number[]): SufficiencyFit {
  const { sumX, sumY, sumXY, sumXYnotY } = sums(x, y);
  return { inclS: ratio(sumXY, sumX), PRI: ratio(sumXY - sumXYnotY, sumX - sumXYnotY), covS: ratio(sumXY, sumY) };
}

export function necessityFit(x: ArrayLike<number>, y: ArrayLike<number>): NecessityFit {
  const { sumX, sumY, sumXY, sumNotX, sumNotXY } = sums(x, y);
  return { inclN: ratio(sumXY, sumY), RoN: ratio(sumNotX, sumNotXY), covN: ratio(sumXY, sumX) };
}

/**
 * Unique coverage of each set among `sets`: the outcome it alone covers, as a share of the outcome.
 * `null` for a lone set, where QCA reports none.
 */
export function uniqueCoverage(sets: readonly (readonly number[])[], y: readonly number[]): (number | null)[] {
  if (sets.length < 2) return sets.map(() => null);
  const cases = y.length;
  let sumY = 0;
  for (const value of y) sumY += value;
  // A set adds to the union only in the cases where it alone is largest: there the union without it
  // falls to the second largest. So one pass for the largest and second largest per case gives
  // every set's unique coverage, in time linear in the number of sets (a model of 200 terms over
  // 2,000 cases no longer unites 199 sets 200 times).
  const alone = new Float64Array(sets.length);
  for (let r = 0; r < cases; r += 1) {
    let largest = 0;
    let second = 0;
    let owner = -1;
    for (let index = 0; index < sets.length; index += 1) {
      const value = sets[index]![r]!;
      if (value > largest) {
        second = largest;
        largest = value;
        owner = index;
      } else if (value > second) second = value;
    }
    if (owner >= 0 && largest > second) alone[owner]! += Math.min(largest, y[r]!) - Math.min(second, y[r]!);
  }
  return Array.from(alone, (covered) => ratio(covered, sumY));
}

/** Each product's memberships over the table's cases, for sums of products in the field's notation, in the order written. */
export function productMemberships(table: TruthTable, expressions: readonly string[]): number[][] {
  const names = table.conditions.map((condition) => condition.name);
  return expressions
    .flatMap((expression) => parseExpression(expression, names, table.conditions.map((condition) => condition.levels)))
    .map((term) => termMembership(term, table.conditions, table.conditionValues, table.cases.length));
}

/**
 * Fit of listed sums of products as one expression `t1 + t2 + …`: each product with its unique
 * coverage, then their union (`term` "expression"). A product that does not read is a QcaError
 * naming its term within its expression.
 */
export function fitOfTerms(table: TruthTable, expressions: readonly string[], relation: 'sufficiency' | 'necessity') {
  const y = table.outcomeValues;
  // Each listed product keeps the analyst's own spelling in the report.
  const products = expressions.flatMap((expression) => expression.split('+').map((product) => product.trim()));
  const sets = productMemberships(table, expressions);
  const unique = uniqueCoverage(sets, y);
  const union = unionMembership(sets, table.cases.length);
  const row = (term: string, x: readonly number[], covU: number | null) => {
    if (relation === 'sufficiency') return { term, ...sufficiencyFit(x, y), covU };
    const { inclN, RoN, covN } = necessityFit(x, y);
    return { term, inclN, RoN, covN, covU };
  };
  return [...products.map((product, index) => row(product, sets[index]!, unique[index]!)), row('expression', union, null)];
}
