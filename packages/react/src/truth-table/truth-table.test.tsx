import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TruthTableViewRow } from './index';
import { useTruthTable } from './index';

const rows: TruthTableViewRow[] = [
  { id: 1, values: [0, 0], OUT: '0', n: 2, incl: 0.2, PRI: 0.1, cases: ['a', 'b'] },
  { id: 2, values: [0, 1], OUT: '?', n: 0, incl: null, PRI: null, cases: [] },
  { id: 3, values: [1, 0], OUT: 'C', n: 1, incl: 0.75, PRI: 0.5, cases: ['c'] },
  { id: 4, values: [1, 1], OUT: '1', n: 3, incl: 0.9, PRI: 0.85, cases: ['d', 'e', 'f'] },
];

describe('useTruthTable', () => {
  it('sorts by a column, flips on a second click, and keeps missing values last', () => {
    const { result } = renderHook(() => useTruthTable({ rows }));
    act(() => result.current.toggleSort('incl'));
    expect(result.current.rows.map((row) => row.id)).toEqual([1, 3, 4, 2]);
    act(() => result.current.toggleSort('incl'));
    expect(result.current.rows.map((row) => row.id)).toEqual([4, 3, 1, 2]);
  });

  it('filters remainders, contradictions and positive rows', () => {
    const { result } = renderHook(() => useTruthTable({ rows }));
    act(() => result.current.setFilter({ hideRemainders: true, only: 'all' }));
    expect(result.current.rows.map((row) => row.id)).toEqual([1, 3, 4]);
    act(() => result.current.setFilter({ hideRemainders: false, only: 'contradictions' }));
    expect(result.current.rows.map((row) => row.id)).toEqual([3]);
    act(() => result.current.setFilter({ hideRemainders: false, only: 'positive' }));
    expect(result.current.rows.map((row) => row.id)).toEqual([4]);
  });

  it('overrides OUT, reports the change, and setting the computed value again removes the override', () => {
    const onOverridesChange = vi.fn();
    const { result } = renderHook(() => useTruthTable({ rows, onOverridesChange }));
    act(() => result.current.setOverride(rows[2]!, '1'));
    expect(onOverridesChange).toHaveBeenLastCalledWith({ 3: '1' });
    expect(result.current.outOf(rows[2]!)).toBe('1');
    expect(result.current.isOverridden(rows[2]!)).toBe(true);
    // The positive filter sees the analyst's OUT.
    act(() => result.current.setFilter({ hideRemainders: false, only: 'positive' }));
    expect(result.current.rows.map((row) => row.id)).toEqual([3, 4]);
    act(() => result.current.setOverride(rows[2]!, 'C'));
    expect(onOverridesChange).toHaveBeenLastCalledWith({});
    expect(result.current.isOverridden(rows[2]!)).toBe(false);
  });

  it('follows controlled overrides and highlights the rows of a term', () => {
    const { result, rerender } = renderHook((overrides: Record<number, '1' | '0' | 'C'>) => useTruthTable({ rows, overrides, highlightTerm: [1, -1] }), {
      initialProps: {},
    });
    expect([...result.current.highlighted]).toEqual([3, 4]);
    rerender({ 1: '1' });
    expect(result.current.outOf(rows[0]!)).toBe('1');
  });
});
