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

/**
 * A sub-chart of the columns `columns` and the rows `rows` (both ascending), each renamed by its
 * position there: `columnIndex` and `rowIndex` give those positions, and −1 for any column or row
 * left out that a kept row or column meets. Row lists are filtered from the chart's own, in order,
 * rather than worked out again from the columns.
 */
export function subChart(chart: FlatChart, columns: ArrayLike<number>, rows: ArrayLike<number>, columnIndex: Int32Array, rowIndex: Int32Array): FlatChart {
  const byColumn = renamedLists(chart.columnStart, chart.columnRows, columns, rowIndex);
  const byRow = renamedLists(chart.rowStart, chart.rowColumns, rows, columnIndex);
  return { rows: rows.length, columns: columns.length, columnStart: byColumn.start, columnRows: byColumn.items, rowStart: byRow.start, rowColumns: byRow.items };
}

/** The lists of the kept entries, each with its items renamed and those renamed −1 left out. */
function renamedLists(start: Int32Array, items: Int32Array, kept: ArrayLike<number>, newIndex: Int32Array): { start: Int32Array; items: Int32Array } {
  const keptStart = new Int32Array(kept.length + 1);
  let room = 0;
  for (let k = 0; k < kept.length; k += 1) room += start[kept[k]! + 1]! - start[kept[k]!]!;
  const keptItems = new Int32Array(room);
  let at = 0;
  for (let k = 0; k < kept.length; k += 1) {
    for (let i = start[kept[k]!]!; i < start[kept[k]! + 1]!; i += 1) {
      const renamed = newIndex[items[i]!]!;
      if (renamed >= 0) keptItems[at++] = renamed;
    }
    keptStart[k + 1] = at;
  }
  return { start: keptStart, items: at < room ? keptItems.slice(0, at) : keptItems };
}

/** Lists flattened: list i is `items[start[i] … start[i + 1])`. */
export function flatLists(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, index) => (start[index + 1] = start[index]! + list.length));
  const items = new Int32Array(start[lists.length]!);
  lists.forEach((list, index) => items.set(list, start[index]!));
  return { start, items };
}

/**
 * Lists taken in the given order: list k of the result is list `order[k]`. Element by element: a
 * subarray per list would be millions of short-lived objects.
 */
export function listsInOrder(start: Int32Array, items: Int32Array, order: ArrayLike<number>): { start: Int32Array; items: Int32Array } {
  const orderedStart = new Int32Array(order.length + 1);
  for (let k = 0; k < order.length; k += 1) orderedStart[k + 1] = orderedStart[k]! + start[order[k]! + 1]! - start[order[k]!]!;
  const ordered = new Int32Array(orderedStart[order.length]!);
  for (let k = 0; k < order.length; k += 1) {
    const from = start[order[k]!]! - orderedStart[k]!;
    for (let i = orderedStart[k]!; i < orderedStart[k + 1]!; i += 1) ordered[i] = items[from + i]!;
  }
  return { start: orderedStart, items: ordered };
}

/** 0, 1, …, count − 1. */
export function identity(count: number): Int32Array {
  const out = new Int32Array(count);
  for (let index = 0; index < count; index += 1) out[index] = index;
  return out;
}

/** A key per item: `values[item]` lies in [0, buckets). */
export interface SortKey {
  values: ArrayLike<number>;
  buckets: number;
}

/**
 * Sorts `order[from, to)` stably by the key, ascending or descending, by counting: linear in the
 * items, where charts of millions of implicants would make a comparison sort the slow part.
 */
export function sortByKey(order: Int32Array, key: SortKey, options: { from?: number; to?: number; descending?: boolean } = {}): void {
  const { from = 0, to = order.length, descending = false } = options;
  const { values, buckets } = key;
  // Each item's slot read once, in order: the keys are indexed by item, which the order scatters.
  const slots = new Int32Array(to - from);
  for (let i = from; i < to; i += 1) slots[i - from] = descending ? buckets - 1 - values[order[i]!]! : values[order[i]!]!;
  const starts = new Int32Array(buckets + 1);
  for (const slot of slots) starts[slot + 1]! += 1;
  for (let slot = 1; slot <= buckets; slot += 1) starts[slot]! += starts[slot - 1]!;
  const sorted = new Int32Array(to - from);
  for (let i = from; i < to; i += 1) sorted[starts[slots[i - from]!]!++] = order[i]!;
  order.set(sorted, from);
}
