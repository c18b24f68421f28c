import type { Term } from '@wayfinder/core/qca/expression';
import { useMemo } from 'react';
import { useControllableState } from '../controllable-state';
import type { OverrideValue, Overrides, TruthTableFilter, TruthTableSort, TruthTableViewRow, SortColumn } from './model';
import { defaultFilter, defaultSort, effectiveOut, rowsInTerm, visibleRows } from './model';

export interface UseTruthTableOptions {
  rows: readonly TruthTableViewRow[];
  sort?: TruthTableSort;
  defaultSort?: TruthTableSort;
  onSortChange?: (sort: TruthTableSort) => void;
  filter?: TruthTableFilter;
  defaultFilter?: TruthTableFilter;
  onFilterChange?: (filter: TruthTableFilter) => void;
  /** The analyst's OUT per row id; record them with the analysis so recomputation keeps them. */
  overrides?: Overrides;
  defaultOverrides?: Overrides;
  onOverridesChange?: (overrides: Overrides) => void;
  /** Rows inside this term (e.g. a solution term the reader picked) are highlighted. */
  highlightTerm?: Term;
}

/**
 * The state behind a truth-table viewer: sort, filter and OUT overrides, each controlled or not,
 * and the rows to show. Pure data; the widget decides how to draw it.
 */
export function useTruthTable(options: UseTruthTableOptions) {
  const [sort, setSort] = useControllableState({ value: options.sort, defaultValue: options.defaultSort ?? defaultSort, onChange: options.onSortChange });
  const [filter, setFilter] = useControllableState({ value: options.filter, defaultValue: options.defaultFilter ?? defaultFilter, onChange: options.onFilterChange });
  const [overrides, setOverrides] = useControllableState<Overrides>({ value: options.overrides, defaultValue: options.defaultOverrides ?? {}, onChange: options.onOverridesChange });
  const rows = useMemo(() => visibleRows(options.rows, { sort, filter, overrides }), [options.rows, sort, filter, overrides]);
  const highlighted = useMemo(() => rowsInTerm(options.rows, options.highlightTerm), [options.rows, options.highlightTerm]);

  /** Click on a header: sort by it ascending, or flip the direction if it already sorts. */
  const toggleSort = (column: SortColumn) =>
    setSort((previous) => ({ column, direction: previous.column === column && previous.direction === 'ascending' ? 'descending' : 'ascending' }));
  /** Set a row's OUT, or `null` to go back to the computed value. */
  const setOverride = (row: TruthTableViewRow, value: OverrideValue | null) =>
    setOverrides((previous) => {
      const next = { ...previous };
      if (value === null || value === row.OUT) delete next[row.id];
      else next[row.id] = value;
      return next;
    });

  return {
    rows,
    total: options.rows.length,
    sort,
    setSort,
    toggleSort,
    filter,
    setFilter,
    overrides,
    setOverrides,
    setOverride,
    outOf: (row: TruthTableViewRow) => effectiveOut(row, overrides),
    isOverridden: (row: TruthTableViewRow) => row.OUT !== '?' && overrides[row.id] !== undefined && overrides[row.id] !== row.OUT,
    highlighted,
  };
}

export { defaultFilter, defaultSort, effectiveOut, rowsInTerm, visibleRows } from './model';
export type { OutValue, OverrideValue, Overrides, SortColumn, TruthTableFilter, TruthTableSort, TruthTableViewCondition, TruthTableViewRow } from './model';
