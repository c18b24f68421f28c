import type { ConditionInfo, QcaData } from './data';
import { checkDesign, column, describeCondition, DONT_CARE } from './data';
import { MAX_TABLE_ROWS, QcaError } from './errors';
import { sufficiencyFit, termMembership } from './fit';
import { atLeast } from './numeric';
import type { Notation } from './terms';

export { DONT_CARE } from './data';

export type OutputValue = '1' | '0' | 'C' | '?';

export interface TruthTableOptions {
  outcome: string;
  conditions: readonly string[];
  /** Analyse the negation of the outcome (~Y). */
  negateOutcome?: boolean;
  /** One cut, or two `[ic1, ic0]`: rows with ic0 ≤ incl < ic1 become contradictions (C). */
  inclCut?: number | readonly [number, number];
  nCut?: number;
  priCut?: number;
  /** The analyst's OUT per row id; recorded with the analysis and reapplied on every recomputation. */
  overrides?: Readonly<Record<number, Exclude<OutputValue, '?'>>>;
  /**
   * What to do with an override of a row no case belongs to: `refuse` (the default, an error) or
   * `set-aside`, for an interactive tool where a recalibration moves cases out of a row and may move
   * them back: the override is left unapplied and named in `overridesSetAside`.
   */
  unobservedOverrides?: 'refuse' | 'set-aside';
}

export interface TruthTableRow {
  /** 1 + the row's index in base-levels counting, first condition most significant (QCA's row number). */
  id: number;
  values: number[];
  OUT: OutputValue;
  /** OUT from the cut-offs, before any override. */
  computedOUT: OutputValue;
  overridden: boolean;
  n: number;
  incl: number | null;
  PRI: number | null;
  /** Case ids in the row (membership > 0.5), in data order. */
  cases: string[];
}

/** A case with a membership of exactly 0.5 in some condition sits in no row: QCA warns, we name it. */
export interface HalfMembership {
  case: string;
  conditions: string[];
}

export interface TruthTable {
  outcome: string;
  negateOutcome: boolean;
  conditions: ConditionInfo[];
  /**
   * Levels of each condition in the row space, by which rows are numbered: a condition with "don't
   * care" cells has its literal levels plus one, the don't-care level (QCA's extended numbering).
   */
  noflevels: number[];
  inclCut: [number, number];
  nCut: number;
  priCut: number;
  /** Rows some case was assigned to (n may be 0 for rows only a 0.5 case was rounded into), by id. */
  observed: TruthTableRow[];
  /** Ids of overrides left unapplied because no case belongs to their row (with `unobservedOverrides: 'set-aside'`). */
  overridesSetAside: number[];
  halfMemberships: HalfMembership[];
  /**
   * Outcome memberships per case (negated when asked), and condition columns, for fit computations;
   * a "don't care" cell holds its condition's don't-care level.
   */
  outcomeValues: number[];
  conditionValues: number[][];
  cases: readonly string[];
}

export function rowValues(id: number, noflevels: readonly number[]): number[] {
  const values = new Array<number>(noflevels.length);
  let rest = id - 1;
  for (let j = noflevels.length - 1; j >= 0; j -= 1) {
    values[j] = rest % noflevels[j]!;
    rest = Math.floor(rest / noflevels[j]!);
  }
  return values;
}

export function rowId(values: readonly number[], noflevels: readonly number[]): number {
  let id = 0;
  for (let j = 0; j < values.length; j += 1) id = id * noflevels[j]! + values[j]!;
  return id + 1;
}

/** The levels literals can name, per condition: the row levels less any "don't care" level. */
export function literalLevels(table: Pick<TruthTable, 'conditions'>): number[] {
  return table.conditions.map((condition) => condition.levels);
}

/** The table's notation: multi-value (`X[2]`) as soon as a condition has more than two literal levels, as in QCA. */
export function tableNotation(table: Pick<TruthTable, 'conditions'>): Notation {
  return { conditions: table.conditions.map((condition) => condition.name), multiValue: table.conditions.some((condition) => condition.levels > 2) };
}

/** Does any condition hold "don't care" cells (temporal QCA)? */
export const hasDontCare = (table: Pick<TruthTable, 'conditions'>) => table.conditions.some((condition) => condition.dontCare);

/** Is `level` of condition `j` the "don't care" level (temporal QCA)? */
export const isDontCare = (table: Pick<TruthTable, 'conditions'>, j: number, level: number) => table.conditions[j]!.dontCare && level === table.conditions[j]!.levels;

export function totalRows(noflevels: readonly number[]): number {
  return noflevels.reduce((product, levels) => product * levels, 1);
}

function outputFor(incl: number | null, pri: number | null, [ic1, ic0]: [number, number], priCut: number): OutputValue {
  const inclusion = incl ?? Number.NaN;
  if (atLeast(inclusion, ic1) && atLeast(pri ?? Number.NaN, priCut)) return '1';
  if (inclusion < ic1 && atLeast(inclusion, ic0)) return 'C';
  return '0';
}

export function createTruthTable(data: QcaData, options: TruthTableOptions): TruthTable {
  const { outcome, conditions, negateOutcome = false, nCut = 1, priCut = 0, overrides = {} } = options;
  checkDesign(data, outcome, conditions);
  const cut = options.inclCut ?? 1;
  const inclCut: [number, number] = typeof cut === 'number' ? [cut, cut] : [cut[0], cut[1]];
  if (!(inclCut[0] >= 0 && inclCut[0] <= 1 && inclCut[1] >= 0 && inclCut[1] <= inclCut[0])) {
    throw new QcaError('qca/truth-table', `Inclusion cut ${JSON.stringify(cut)} must lie in [0, 1], the second not above the first.`);
  }
  if (!(Number.isInteger(nCut) && nCut >= 1)) throw new QcaError('qca/truth-table', `n.cut ${nCut} must be a whole number ≥ 1.`);

  const info = conditions.map((name) => describeCondition(data, name));
  const noflevels = info.map((condition) => condition.levels + (condition.dontCare ? 1 : 0));
  // Many multi-value conditions, each within its bound of levels, can still make too many rows.
  if (totalRows(noflevels) > MAX_TABLE_ROWS) {
    throw new QcaError(
      'qca/truth-table',
      `These conditions make a truth table of ${totalRows(noflevels).toLocaleString('en')} rows; the engine allows ${MAX_TABLE_ROWS.toLocaleString('en')}. A crisp condition has as many levels as its largest value + 1.`,
      info.map((condition) => ({ path: [condition.name], message: `${condition.levels.toLocaleString('en')} levels` })),
    );
  }
  const rawOutcome = column(data, outcome, 'outcome');
  const y = negateOutcome ? rawOutcome.map((value) => 1 - value) : [...rawOutcome];
  const columns = conditions.map((name, j) => column(data, name, 'condition').map((value) => (value === DONT_CARE ? info[j]!.levels : value)));
  const caseCount = data.cases.length;

  // Each case goes to the row of its rounded values (0.5 rounds down, as in QCA), but is listed
  // there only when its membership in the row exceeds 0.5.
  const halfMemberships: HalfMembership[] = [];
  const caseRow = new Array<number>(caseCount);
  for (let r = 0; r < caseCount; r += 1) {
    const values = info.map((condition, j) => (condition.fuzzy ? (columns[j]![r]! > 0.5 ? 1 : 0) : columns[j]![r]!));
    caseRow[r] = rowId(values, noflevels);
    const half = info.filter((condition, j) => condition.fuzzy && columns[j]![r] === 0.5).map((condition) => condition.name);
    if (half.length > 0) halfMemberships.push({ case: data.cases[r]!, conditions: half });
  }

  const ids = [...new Set(caseRow)].sort((a, b) => a - b);
  const observed = ids.map((id): TruthTableRow => {
    const values = rowValues(id, noflevels);
    const membership = termMembership(values, info, columns, caseCount);
    const cases = data.cases.filter((_, r) => membership[r]! > 0.5);
    const n = cases.length;
    const { inclS: incl, PRI } = sufficiencyFit(membership, y);
    const computedOUT: OutputValue = n < nCut ? '?' : outputFor(incl, PRI, inclCut, priCut);
    const override = overrides[id];
    return { id, values, OUT: override ?? computedOUT, computedOUT, overridden: override !== undefined, n, incl, PRI, cases };
  });

  const observedIds = new Set(ids);
  const unknown = Object.keys(overrides)
    .map(Number)
    .filter((id) => !observedIds.has(id));
  if (unknown.length > 0 && options.unobservedOverrides !== 'set-aside') {
    throw new QcaError(
      'qca/truth-table',
      'OUT overrides name rows no case belongs to.',
      unknown.map((id) => ({ path: ['overrides', id], message: 'is not an observed row' })),
    );
  }

  return {
    outcome,
    negateOutcome,
    conditions: info,
    noflevels,
    inclCut,
    nCut,
    priCut,
    observed,
    overridesSetAside: unknown,
    halfMemberships,
    outcomeValues: y,
    conditionValues: columns,
    cases: data.cases,
  };
}

/** The most rows `listsEveryRow` lists: what a viewer holds comfortably (2^16). */
const LISTED_ROWS = 2 ** 16;

/**
 * Whether a table is listed with every row, remainders included, as QCA lists tables of up to 7
 * conditions; multi-value conditions of many levels can make such a table too large to list.
 */
export function listsEveryRow(table: TruthTable): boolean {
  return table.conditions.length <= 7 && totalRows(table.noflevels) <= LISTED_ROWS;
}

/** Rows for display: every row when `complete` (remainders included, as QCA lists them for k ≤ 7), else the observed ones. */
export function listRows(table: TruthTable, complete: boolean): TruthTableRow[] {
  if (!complete) return table.observed;
  const byId = new Map(table.observed.map((row) => [row.id, row]));
  const total = totalRows(table.noflevels);
  const rows: TruthTableRow[] = [];
  for (let id = 1; id <= total; id += 1) {
    rows.push(
      byId.get(id) ?? { id, values: rowValues(id, table.noflevels), OUT: '?', computedOUT: '?', overridden: false, n: 0, incl: null, PRI: null, cases: [] },
    );
  }
  return rows;
}

export interface RowSortKey {
  by: 'incl' | 'PRI' | 'n' | 'id';
  /** QCA's `decreasing`, TRUE by default there and here. */
  decreasing?: boolean;
}

/**
 * Rows ordered as QCA's `truthTable(sort.by = …, decreasing = …)` orders them: key after key, ties
 * left in row-number order (R's `order` is stable), rows without a value (`incl` of an empty row)
 * last whichever the direction, as `order` puts NA last. Returns a new array.
 */
export function sortRows(rows: readonly TruthTableRow[], keys: readonly RowSortKey[]): TruthTableRow[] {
  return [...rows].sort((a, b) => {
    for (const { by, decreasing = true } of keys) {
      const x = a[by];
      const y = b[by];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return decreasing ? y - x : x - y;
    }
    return a.id - b.id;
  });
}
