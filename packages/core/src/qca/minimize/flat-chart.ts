import { flatLists } from './implicant-table';

/**
 * A chart as flat incidence lists (CSR) both ways, each list ascending: the rows of column c are
 * `columnRows[columnStart[c] … columnStart[c + 1])`, the columns of row r likewise. Large charts
 * have hundreds of thousands of columns; one array per column would be as many objects to allocate
 * and collect at every reduction.
 */
export interface FlatChart {
  rows: number;
  columns: number;
  columnStart: Int32Array;
  columnRows: Int32Array;
  rowStart: Int32Array;
  rowColumns: Int32Array;
}

/** The chart whose column i covers the rows `columns[i]` (ascending). */
export function flatChart(rows: number, columns: readonly (readonly number[])[]): FlatChart {
  const { start, items } = flatLists(columns);
  return withRowLists(rows, start, items);
}

/** The chart of the given column lists, with the row lists worked out from them. */
export function withRowLists(rows: number, columnStart: Int32Array, columnRows: Int32Array): FlatChart {
  const columns = columnStart.length - 1;
  const rowStart = new Int32Array(rows + 1);
  for (const row of columnRows) rowStart[row + 1]! += 1;
  for (let row = 0; row < rows; row += 1) rowStart[row + 1]! += rowStart[row]!;
  const rowColumns = new Int32Array(columnRows.length);
  const fill = rowStart.slice(0, rows);
  for (let column = 0; column < columns; column += 1) {
    for (let i = columnStart[column]!; i < columnStart[column + 1]!; i += 1) rowColumns[fill[columnRows[i]!]!++] = column;
  }
  return { rows, columns, columnStart, columnRows, rowStart, rowColumns };
}

/** A sub-chart: the given columns (in order) with their rows renamed by `rowIndex` (−1: dropped). */
export function subChart(chart: FlatChart, columns: readonly number[], rowIndex: Int32Array, rows: number): FlatChart {
  const columnStart = new Int32Array(columns.length + 1);
  let room = 0;
  for (const column of columns) room += chart.columnStart[column + 1]! - chart.columnStart[column]!;
  const columnRows = new Int32Array(room);
  let at = 0;
  columns.forEach((column, index) => {
    for (let i = chart.columnStart[column]!; i < chart.columnStart[column + 1]!; i += 1) {
      const row = rowIndex[chart.columnRows[i]!]!;
      if (row >= 0) columnRows[at++] = row;
    }
    columnStart[index + 1] = at;
  });
  return withRowLists(rows, columnStart, columnRows.slice(0, at));
}
