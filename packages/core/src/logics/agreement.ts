import type { Coding } from './coding';
import { LogicsError } from './errors';
import type { Code, Logic } from './scheme';
import { schemeCodes } from './scheme-data';
import type { GridAxes, GridPoint, Sign } from './scores';
import { gridLogics, gridPoints, scoreCoding } from './scores';

export interface Kappa<C> {
  /** Units both raters rated. */
  n: number;
  categories: C[];
  /** Counts: row = rater A's category, column = rater B's, in `categories` order. */
  matrix: number[][];
  /** Proportion of units rated alike (pₒ); null without units. */
  observed: number | null;
  /** Agreement expected by chance from each rater's own distribution (pₑ = Σ pA(c)·pB(c)). */
  expected: number | null;
  /** (pₒ − pₑ) / (1 − pₑ); null without units or when both raters used one and the same category (pₑ = 1). */
  kappa: number | null;
}

/**
 * Cohen's kappa for two raters over the same units. `categories` fixes the order of the matrix
 * (and may list categories neither rater used); by default the categories seen, in order of
 * appearance.
 */
export function cohensKappa<C>(a: readonly C[], b: readonly C[], categories?: readonly C[]): Kappa<C> {
  if (a.length !== b.length) throw new LogicsError('logics/kappa-lengths', `Kappa needs the same units from both raters: rater A has ${a.length} ratings, rater B ${b.length}.`);
  const order = [...(categories ?? new Set([...a, ...b]))];
  const index = new Map(order.map((category, i) => [category, i]));
  const matrix = order.map(() => order.map(() => 0));
  a.forEach((rating, unit) => {
    const row = index.get(rating);
    const column = index.get(b[unit]!);
    if (row === undefined || column === undefined) throw new LogicsError('logics/kappa-category', `Unit ${unit + 1} is rated outside the categories given (${String(row === undefined ? rating : b[unit])}).`);
    matrix[row]![column]! += 1;
  });
  const n = a.length;
  if (n === 0) return { n, categories: order, matrix, observed: null, expected: null, kappa: null };
  const observed = order.reduce((sum, _, i) => sum + matrix[i]![i]!, 0) / n;
  const expected = order.reduce((sum, _, i) => {
    const rowTotal = matrix[i]!.reduce((total, value) => total + value, 0);
    const columnTotal = matrix.reduce((total, row) => total + row[i]!, 0);
    return sum + (rowTotal / n) * (columnTotal / n);
  }, 0);
  return { n, categories: order, matrix, observed, expected, kappa: expected === 1 ? null : (observed - expected) / (1 - expected) };
}

/** Landis and Koch's words for a kappa, the conventional reading in the field. */
export type KappaStrength = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost-perfect';

export function kappaStrength(kappa: number): KappaStrength {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost-perfect';
}

export interface CodeAgreement {
  code: Code;
  logic: Logic;
  /** Agreement on the code's score (−1, 0, +1) over the respondents both coders coded. */
  kappa: Kappa<Sign>;
}

export interface GridMove {
  respondent: GridPoint['respondent'];
  a: GridPoint;
  b: GridPoint;
  /** The coders' scores put the respondent in different cells of the grid… */
  cellChanged: boolean;
  /** …and, worse, in different quadrants (or one of them on an axis). */
  quadrantChanged: boolean;
}

export interface CoderAgreement {
  coders: [string, string];
  /** Respondents with material from both coders: the units compared. */
  respondents: string[];
  /** Respondents only one of the two coded; left out of the comparison. */
  onlyA: string[];
  onlyB: string[];
  codes: CodeAgreement[];
  /** Every code of every compared respondent pooled. */
  overall: Kappa<Sign>;
  /** Respondents whose place on the grid depends on who coded them. */
  moves: GridMove[];
}

const SIGNS: Sign[] = [-1, 0, 1];

/**
 * How far two coders agree: per code and overall, on each respondent's code scores (the unit the
 * grid is built from), and which respondents the disagreements would move to another cell or
 * quadrant of the grid.
 */
export function coderAgreement(coding: Pick<Coding, 'scheme' | 'respondents' | 'segments' | 'counts'>, coderA: string, coderB: string, axes: GridAxes = {}): CoderAgreement {
  const scoresA = scoreCoding(coding, { coder: coderA });
  const scoresB = scoreCoding(coding, { coder: coderB });
  const both = scoresA.flatMap((scores, i) => (scores.coded && scoresB[i]!.coded ? [i] : []));
  const codes = schemeCodes(coding.scheme).map(({ code, logic }) => ({
    code,
    logic,
    kappa: cohensKappa(
      both.map((i) => scoresA[i]!.codes[code.id]!.score),
      both.map((i) => scoresB[i]!.codes[code.id]!.score),
      SIGNS,
    ),
  }));
  const all = schemeCodes(coding.scheme).flatMap(({ code }) => both.map((i) => [scoresA[i]!.codes[code.id]!.score, scoresB[i]!.codes[code.id]!.score] as const));
  const grid = gridLogics(coding.scheme, axes);
  const pointsA = gridPoints(both.map((i) => scoresA[i]!), grid);
  const pointsB = gridPoints(both.map((i) => scoresB[i]!), grid);
  const moves = pointsA.flatMap((a, k) => {
    const b = pointsB[k]!;
    const cellChanged = a.x !== b.x || a.y !== b.y;
    return cellChanged ? [{ respondent: a.respondent, a, b, cellChanged, quadrantChanged: a.quadrant !== b.quadrant }] : [];
  });
  const ids = (filter: (i: number) => boolean) => coding.respondents.flatMap((respondent, i) => (filter(i) ? [respondent.id] : []));
  return {
    coders: [coderA, coderB],
    respondents: both.map((i) => coding.respondents[i]!.id),
    onlyA: ids((i) => scoresA[i]!.coded && !scoresB[i]!.coded),
    onlyB: ids((i) => !scoresA[i]!.coded && scoresB[i]!.coded),
    codes,
    overall: cohensKappa(
      all.map(([a]) => a),
      all.map(([, b]) => b),
      SIGNS,
    ),
    moves,
  };
}
