import type { Term } from '@wayfinder/core/qca/expression';
import { covers } from '@wayfinder/core/qca/expression';

export type OutValue = '1' | '0' | 'C' | '?';
export type OverrideValue = Exclude<OutValue, '?'>;
export type Overrides = Readonly<Record<number, OverrideValue>>;

/** A truth-table row as the viewer shows it: the engine's `TruthTableRow` or a result file's row both fit. */
export interface TruthTableViewRow {
  id: number;
  values: readonly number[];
  OUT: OutValue;
  n: number;
  incl: number | null;
  PRI: number | null;
  cases: readonly string[];
}

export interface TruthTableViewCondition {
  name: string;
  /** 2 for crisp and fuzzy sets, more for multi-value conditions. */
  levels: number;
  /**
   * Temporal QCA: some rows hold a "don't care" for this condition, the level `levels` (as the
   * engine's `ConditionInfo.dontCare` says), shown as "–", "does not apply".
   */
  dontCare?: boolean;
  /** What the reader sees; defaults to `name`. */
  label?: string;
}

export type SortColumn = 'id' | 'OUT' | 'n' | 'incl' | 'PRI' | 'cases' | `condition:${number}`;
export interface TruthTableSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export interface TruthTableFilter {
  /** Hide rows without cases (remainders, OUT = ?). */
  hideRemainders: boolean;
  /** Keep every row, only contradictions (OUT = C), or only rows with OUT = 1. */
  only: 'all' | 'contradictions' | 'positive';
}

export const defaultFilter: TruthTableFilter = { hideRemainders: false, only: 'all' };
export const defaultSort: TruthTableSort = { column: 'id', direction: 'ascending' };

const outRank: Record<OutValue, number> = { '1': 3, C: 2, '0': 1, '?': 0 };

function sortValue(row: TruthTableViewRow, column: SortColumn, out: OutValue): number | string | null {
  switch (column) {
    case 'id':
      return row.id;
    case 'OUT':
      return outRank[out];
    case 'n':
      return row.n;
    case 'incl':
      return row.incl;
    case 'PRI':
      return row.PRI;
    case 'cases':
      return row.cases.join(', ');
    default:
      return row.values[Number(column.slice('condition:'.length))] ?? null;
  }
}

/** OUT as the analyst decided it: an override when there is one (remainders cannot be overridden). */
export function effectiveOut(row: TruthTableViewRow, overrides: Overrides): OutValue {
  return row.OUT === '?' ? '?' : (overrides[row.id] ?? row.OUT);
}

/**
 * The rows to show, filtered then sorted; ties keep row-id order. Missing values (null) sort last
 * whichever the direction, as spreadsheets do.
 */
export function visibleRows(
  rows: readonly TruthTableViewRow[],
  { sort, filter, overrides }: { sort: TruthTableSort; filter: TruthTableFilter; overrides: Overrides },
): TruthTableViewRow[] {
  const kept = rows.filter((row) => {
    const out = effectiveOut(row, overrides);
    if (filter.hideRemainders && out === '?') return false;
    if (filter.only === 'contradictions') return out === 'C';
    if (filter.only === 'positive') return out === '1';
    return true;
  });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keys = new Map(kept.map((row) => [row, sortValue(row, sort.column, effectiveOut(row, overrides))]));
  return kept.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    if (x === y) return a.id - b.id;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  });
}

/** Row ids inside a solution term, for highlighting. */
export function rowsInTerm(rows: readonly TruthTableViewRow[], term: Term | undefined): Set<number> {
  return new Set(term ? rows.filter((row) => covers(term, row.values)).map((row) => row.id) : []);
}
