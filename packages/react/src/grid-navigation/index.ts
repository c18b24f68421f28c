import type { KeyboardEvent } from 'react';
import { useCallback, useState } from 'react';

export interface GridCell {
  row: number;
  column: number;
}

export interface GridNavigationOptions {
  rowCount: number;
  columnCount: number;
  /** Rows moved by PageUp / PageDown: about one screen. */
  pageSize: number;
  initial?: GridCell;
}

/** Where a key moves the active cell of a grid, per the WAI-ARIA grid pattern; null for keys it does not handle. */
export function nextCell(key: string, ctrl: boolean, at: GridCell, { rowCount, columnCount, pageSize }: Omit<GridNavigationOptions, 'initial'>): GridCell | null {
  const clampRow = (row: number) => Math.max(0, Math.min(rowCount - 1, row));
  const clampColumn = (column: number) => Math.max(0, Math.min(columnCount - 1, column));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), column: at.column };
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), column: at.column };
    case 'ArrowRight':
      return { row: at.row, column: clampColumn(at.column + 1) };
    case 'ArrowLeft':
      return { row: at.row, column: clampColumn(at.column - 1) };
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : { row: at.row, column: 0 };
    case 'End':
      return ctrl ? { row: rowCount - 1, column: columnCount - 1 } : { row: at.row, column: columnCount - 1 };
    case 'PageDown':
      return { row: clampRow(at.row + pageSize), column: at.column };
    case 'PageUp':
      return { row: clampRow(at.row - pageSize), column: at.column };
    default:
      return null;
  }
}

/**
 * Roving focus over a grid of cells: one cell is in the tab order; arrows, Home/End (Ctrl for the
 * corners) and PageUp/PageDown move it. Arrow keys go by screen direction, so in right-to-left
 * layouts pass `rtl` and left and right swap. `focusVersion` changes on every keyboard move: the
 * widget then focuses the new cell (after scrolling it into view when rows are virtualized).
 */
export function useGridNavigation({ rowCount, columnCount, pageSize, initial = { row: 0, column: 0 } }: GridNavigationOptions, rtl = false) {
  const [active, setActive] = useState<GridCell>(initial);
  const [focusVersion, setFocusVersion] = useState(0);
  const clamped: GridCell = {
    row: Math.max(0, Math.min(rowCount - 1, active.row)),
    column: Math.max(0, Math.min(columnCount - 1, active.column)),
  };
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
      const next = nextCell(key, event.ctrlKey || event.metaKey, clamped, { rowCount, columnCount, pageSize });
      if (!next) return;
      event.preventDefault();
      setActive(next);
      setFocusVersion((version) => version + 1);
    },
    [clamped.row, clamped.column, rowCount, columnCount, pageSize, rtl],
  );
  const isActive = useCallback((row: number, column: number) => clamped.row === row && clamped.column === column, [clamped.row, clamped.column]);
  return { active: clamped, setActive, onKeyDown, isActive, focusVersion };
}
