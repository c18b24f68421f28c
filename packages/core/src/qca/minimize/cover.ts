import { QcaError } from '../errors';
import type { Budget } from './cover-search';
import { CoverSearch } from './cover-search';
import { localSearchCover } from './cover-local-search';
import { popcount } from './cube-bitmaps';
import type { FlatChart } from './flat-chart';
import { identity, subChart } from './flat-chart';
import { IntList } from './int-list';
import { RowMasks } from './row-masks';

/**
 * The prime-implicant chart as a covering problem: column i lists the rows implicant i covers.
 * Models are the covers with the fewest implicants, visited in lexicographic order of implicant
 * indices (QCA's order), streamed and capped so that an exploding ambiguity never exhausts memory.
 */

export interface CoverEnumeration {
  /** Size of a minimum cover (0 when nothing needs covering). */
  size: number;
  /** Covers of that size, each as ascending implicant indices, in lexicographic order, up to the cap. */
  models: number[][];
  /** True when the cap cut the enumeration short: more models exist than were returned. */
  truncated: boolean;
  /** Number of minimum covers: exact when `countExact`, else a lower bound. */
  count: number;
  countExact: boolean;
  /** Columns in every minimum cover (known only where the covers were all enumerated). */
  essential: number[];
  /** False when the search for a minimum ran out of budget: `size` is then the best found, `lowerBound` what is proven. */
  proven: boolean;
  lowerBound: number;
}

/**
 * Reduces a chart: implicants that alone cover some row are taken (they are in every minimum
 * cover), and a row whose candidates include all of another row's candidates is dropped (it is
 * covered whenever that row is). Both keep every minimum cover. `dropDominatedColumns` also drops
 * implicants whose rows another implicant covers too: that can remove alternative models, never
 * the minimum size. Surviving columns keep their original order, so adding the taken indices back
 * to a cover of the core keeps the lexicographic order of models.
 */
function cyclicCore(chart: FlatChart, dropDominatedColumns: boolean, rowsReduced = false): { core: FlatChart; taken: number[]; columnMap: Int32Array } {
  const live = new LiveChart(chart, rowsReduced);
  const taken = reduce(live, chart, dropDominatedColumns);
  return { ...liveCore(live, chart), taken };
}

/** Applies the reductions to a live chart until none applies; returns the columns taken, ascending. */
function reduce(live: LiveChart, chart: FlatChart, dropDominatedColumns: boolean): number[] {
  const { rowAlive, colsLeft } = live;
  const taken: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (let row = 0; row < chart.rows; row += 1) {
      if (!rowAlive[row] || colsLeft[row] !== 1) continue;
      const column = live.firstLiveColumn(row);
      taken.push(column);
      for (let i = chart.columnStart[column]!; i < chart.columnStart[column + 1]!; i += 1) {
        if (rowAlive[chart.columnRows[i]!]) live.removeRow(chart.columnRows[i]!);
      }
      live.removeColumn(column);
      changed = true;
    }
    const dominatedRows = live.dominatedRows();
    for (const row of dominatedRows) live.removeRow(row);
    changed ||= dominatedRows.length > 0;
    if (!dropDominatedColumns) continue;
    const dominatedCols = live.dominatedColumns();
    for (const column of dominatedCols) live.removeColumn(column);
    changed ||= dominatedCols.length > 0;
  }
  return taken.sort((a, b) => a - b);
}

/** The chart of the rows and columns still live (renumbered in order), and the columns' numbers in `chart`. */
function liveCore(live: LiveChart, chart: FlatChart): { core: FlatChart; columnMap: Int32Array } {
  const liveRows = live.liveRows();
  const rowIndex = new Int32Array(chart.rows).fill(-1);
  liveRows.forEach((row, index) => (rowIndex[row] = index));
  const columnMap = live.liveColumns();
  const columnIndex = new Int32Array(chart.columns).fill(-1);
  columnMap.forEach((column, index) => (columnIndex[column] = index));
  return { core: subChart(chart, columnMap, liveRows, columnIndex, rowIndex), columnMap };
}

/**
 * A chart that loses rows and columns: incidences in flat arrays (both directions, ascending) with
 * live flags and live counts, so a reduction pass costs array scans rather than set operations.
 */
class LiveChart {
  private readonly chart: FlatChart;
  readonly rowAlive: Uint8Array;
  readonly colAlive: Uint8Array;
  /** Live columns of each row, live rows of each column. */
  readonly colsLeft: Int32Array;
  readonly rowsLeft: Int32Array;
  /** Rows that have lost a column, columns that have lost a row, since they were last checked. */
  readonly rowDirty: Uint8Array;
  readonly colDirty: Uint8Array;
  private readonly colStart: Int32Array;
  private readonly colRows: Int32Array;
  private readonly rowStart: Int32Array;
  private readonly rowCols: Int32Array;
  private signatures?: Int32Array;

  /** `rowsReduced`: no row's columns include another's, so rows need no check until they lose columns. */
  constructor(chart: FlatChart, rowsReduced: boolean) {
    this.chart = chart;
    ({ columnStart: this.colStart, columnRows: this.colRows, rowStart: this.rowStart, rowColumns: this.rowCols } = chart);
    this.rowAlive = new Uint8Array(chart.rows).fill(1);
    this.colAlive = new Uint8Array(chart.columns).fill(1);
    this.colsLeft = new Int32Array(chart.rows);
    for (let row = 0; row < chart.rows; row += 1) this.colsLeft[row] = this.rowStart[row + 1]! - this.rowStart[row]!;
    this.rowsLeft = new Int32Array(chart.columns);
    for (let column = 0; column < chart.columns; column += 1) this.rowsLeft[column] = this.colStart[column + 1]! - this.colStart[column]!;
    this.rowDirty = new Uint8Array(chart.rows).fill(rowsReduced ? 0 : 1);
    this.colDirty = new Uint8Array(chart.columns).fill(1);
  }

  removeRow(row: number): void {
    this.rowAlive[row] = 0;
    for (let i = this.rowStart[row]!; i < this.rowStart[row + 1]!; i += 1) {
      const column = this.rowCols[i]!;
      if (!this.colAlive[column]) continue;
      this.rowsLeft[column]! -= 1;
      this.colDirty[column] = 1;
    }
  }

  removeColumn(column: number): void {
    this.colAlive[column] = 0;
    if (this.signatures) this.signatures[column] = 0;
    for (let i = this.colStart[column]!; i < this.colStart[column + 1]!; i += 1) {
      const row = this.colRows[i]!;
      if (!this.rowAlive[row]) continue;
      this.colsLeft[row]! -= 1;
      this.rowDirty[row] = 1;
    }
  }

  liveRows(): Int32Array {
    return Int32Array.from(this.rowAlive.keys()).filter((row) => this.rowAlive[row] === 1);
  }

  /** Every live column to be checked for dominance again, as in a fresh chart. */
  checkAllColumns(): void {
    this.colDirty.fill(1);
  }

  /**
   * Whether the live rows are linked into one part by the live columns. Dense charts are, and are
   * known to be from a few columns of each row (see linkRows).
   */
  connected(): boolean {
    return linkRows(this.chart, this.rowAlive, this.colAlive).parts <= 1;
  }

  /** Live columns that still cover a live row. */
  liveColumns(): Int32Array {
    let count = 0;
    for (let column = 0; column < this.colAlive.length; column += 1) if (this.colAlive[column] && this.rowsLeft[column]! > 0) count += 1;
    const out = new Int32Array(count);
    count = 0;
    for (let column = 0; column < this.colAlive.length; column += 1) if (this.colAlive[column] && this.rowsLeft[column]! > 0) out[count++] = column;
    return out;
  }

  firstLiveColumn(row: number): number {
    for (let i = this.rowStart[row]!; i < this.rowStart[row + 1]!; i += 1) if (this.colAlive[this.rowCols[i]!]) return this.rowCols[i]!;
    return -1;
  }

  /**
   * Rows whose live columns include all of an earlier row's (fewer columns first, then lower
   * index): only rows of that row's rarest column can qualify. After a first full pass the live
   * rows are an antichain, so a new inclusion needs a row that has lost columns since: only those
   * are checked again.
   */
  dominatedRows(): number[] {
    const { rowAlive, colAlive, colsLeft, rowsLeft, rowStart, rowCols, colStart, colRows, rowDirty } = this;
    const marked = new Uint8Array(rowAlive.length);
    const dominated: number[] = [];
    for (let row = 0; row < rowAlive.length; row += 1) {
      if (!rowAlive[row] || !rowDirty[row]) continue;
      rowDirty[row] = 0;
      let rarest = -1;
      for (let i = rowStart[row]!; i < rowStart[row + 1]!; i += 1) {
        const column = rowCols[i]!;
        if (colAlive[column] && (rarest < 0 || rowsLeft[column]! < rowsLeft[rarest]!)) rarest = column;
      }
      for (let j = colStart[rarest]!; j < colStart[rarest + 1]!; j += 1) {
        const other = colRows[j]!;
        if (!rowAlive[other] || marked[other] || colsLeft[other]! < colsLeft[row]! || (colsLeft[other] === colsLeft[row] && other <= row)) continue;
        if (inside(rowCols, rowStart[row]!, rowStart[row + 1]!, rowStart[other]!, rowStart[other + 1]!, colAlive)) {
          marked[other] = 1;
          dominated.push(other);
        }
      }
    }
    return dominated;
  }

  /**
   * Columns whose live rows an earlier column (more rows first, then lower index) also covers, or
   * with `strict` a column with more rows; as with rows, after a first full pass only columns that
   * have lost rows are checked again. The candidates are the columns of the column's row with the
   * fewest. Columns are taken row by row of that rarest row, so each row's candidates are read
   * once into a buffer, however many columns share the row: column indices in a row are
   * scattered, and reading them once per column was the cost. A signature of each candidate's rows
   * (a bit per row, hashed into 32) rules out nearly all of them before their rows are compared.
   */
  dominatedColumns(strict = false): number[] {
    const { rowAlive, colAlive, colsLeft, rowsLeft, rowStart, rowCols, colStart, colRows, colDirty } = this;
    // Signatures of all rows, dead ones too: a superset of a column's live rows is one of its
    // rows. A dead column's is 0, which no live column's signature fits in.
    const signature = (this.signatures ??= columnSignatures(colStart, colRows, colAlive));
    const rows = rowAlive.length;
    const columns = colAlive.length;
    // The columns to check with their rarest live row and the signature of their live rows.
    let dirty = 0;
    for (let column = 0; column < columns; column += 1) if (colAlive[column] && colDirty[column]) dirty += 1;
    const checked = new Int32Array(dirty);
    const rarestOf = new Int32Array(dirty);
    const ownOf = new Int32Array(dirty);
    let count = 0;
    for (let column = 0; column < columns; column += 1) {
      if (!colAlive[column] || !colDirty[column]) continue;
      colDirty[column] = 0;
      if (rowsLeft[column] === 0) continue;
      let rarest = -1;
      let own = 0;
      for (let i = colStart[column]!; i < colStart[column + 1]!; i += 1) {
        const row = colRows[i]!;
        if (!rowAlive[row]) continue;
        own |= rowBit(row);
        if (rarest < 0 || colsLeft[row]! < colsLeft[rarest]!) rarest = row;
      }
      checked[count] = column;
      rarestOf[count] = rarest;
      ownOf[count] = own;
      count += 1;
    }
    // Grouped by rarest row (a counting sort).
    const groupStart = new Int32Array(rows + 1);
    for (let k = 0; k < count; k += 1) groupStart[rarestOf[k]! + 1]! += 1;
    for (let row = 0; row < rows; row += 1) groupStart[row + 1]! += groupStart[row]!;
    const groupColumn = new Int32Array(count);
    const groupOwn = new Int32Array(count);
    const fill = groupStart.slice(0, rows);
    for (let k = 0; k < count; k += 1) {
      const at = fill[rarestOf[k]!]!++;
      groupColumn[at] = checked[k]!;
      groupOwn[at] = ownOf[k]!;
    }
    let most = 0;
    for (let row = 0; row < rows; row += 1) most = Math.max(most, rowStart[row + 1]! - rowStart[row]!);
    const candidate = new Int32Array(most);
    const candidateSignature = new Int32Array(most);
    const isDominated = new Uint8Array(columns);
    for (let row = 0; row < rows; row += 1) {
      if (groupStart[row] === groupStart[row + 1]) continue;
      let candidates = 0;
      for (let i = rowStart[row]!; i < rowStart[row + 1]!; i += 1) {
        candidate[candidates] = rowCols[i]!;
        candidateSignature[candidates] = signature[rowCols[i]!]!;
        candidates += 1;
      }
      for (let g = groupStart[row]!; g < groupStart[row + 1]!; g += 1) {
        const column = groupColumn[g]!;
        const own = groupOwn[g]!;
        for (let k = 0; k < candidates; k += 1) {
          if ((candidateSignature[k]! & own) !== own) continue;
          const other = candidate[k]!;
          if (other === column || rowsLeft[other]! < rowsLeft[column]! || (rowsLeft[other] === rowsLeft[column] && (strict || other > column))) continue;
          if (inside(colRows, colStart[column]!, colStart[column + 1]!, colStart[other]!, colStart[other + 1]!, rowAlive)) {
            isDominated[column] = 1;
            break;
          }
        }
      }
    }
    const dominated: number[] = [];
    for (let column = 0; column < columns; column += 1) if (isDominated[column]) dominated.push(column);
    return dominated;
  }
}

/** A row's bit in column signatures: rows spread over 32 bits by a multiplicative hash. */
function rowBit(row: number): number {
  return 1 << (Math.imul(row, 0x9e3779b1) >>> 27);
}

function columnSignatures(colStart: Int32Array, colRows: Int32Array, colAlive: Uint8Array): Int32Array {
  const signatures = new Int32Array(colStart.length - 1);
  for (let column = 0; column < signatures.length; column += 1) {
    if (!colAlive[column]) continue;
    let bits = 0;
    for (let i = colStart[column]!; i < colStart[column + 1]!; i += 1) bits |= rowBit(colRows[i]!);
    signatures[column] = bits;
  }
  return signatures;
}

/** Sorted-list inclusion of the live items of list[a0, a1) in those of list[b0, b1). */
function inside(list: Int32Array, a0: number, a1: number, b0: number, b1: number, alive: Uint8Array): boolean {
  let j = b0;
  for (let i = a0; i < a1; i += 1) {
    const item = list[i]!;
    if (!alive[item]) continue;
    while (j < b1 && list[j]! < item) j += 1;
    if (j === b1 || list[j] !== item) return false;
    j += 1;
  }
  return true;
}

/**
 * Row dominance as QCA applies it: a column whose rows another column covers together with more
 * is dropped; columns covering the same rows are all kept. Returns the columns kept, ascending.
 */
export function undominatedColumns(chart: FlatChart): number[] {
  const dominated = new Uint8Array(chart.columns);
  for (const column of new LiveChart(chart, true).dominatedColumns(true)) dominated[column] = 1;
  const kept: number[] = [];
  for (let column = 0; column < chart.columns; column += 1) if (!dominated[column]) kept.push(column);
  return kept;
}

export function refuseUncoverable(chart: FlatChart): void {
  for (let row = 0; row < chart.rows; row += 1) {
    if (chart.rowStart[row + 1] === chart.rowStart[row]) throw new QcaError('qca/minimize', `Row ${row + 1} of the chart is covered by no implicant.`);
  }
}

/** Splits a chart into independent parts: rows linked by a shared column belong together. */
function components(chart: FlatChart): { chart: FlatChart; columnMap: ArrayLike<number> }[] {
  if (chart.rows === 0) return [];
  const { columnStart, columnRows } = chart;
  const { parts, find } = linkRows(chart, new Uint8Array(chart.rows).fill(1), new Uint8Array(chart.columns).fill(1));
  // One part is the chart itself: no copy (dense charts are one part, and large).
  if (parts <= 1) return [{ chart, columnMap: identity(chart.columns) }];
  const byRoot = new Map<number, { rows: number[]; columns: number[] }>();
  for (let row = 0; row < chart.rows; row += 1) {
    const root = find(row);
    const part = byRoot.get(root) ?? { rows: [], columns: [] };
    part.rows.push(row);
    byRoot.set(root, part);
  }
  for (let column = 0; column < chart.columns; column += 1) byRoot.get(find(columnRows[columnStart[column]!]!))!.columns.push(column);
  // Each row and column is in one part, so one renaming array serves them all.
  const rowIndex = new Int32Array(chart.rows);
  const columnIndex = new Int32Array(chart.columns);
  return [...byRoot.values()].map(({ rows, columns }) => {
    rows.forEach((row, index) => (rowIndex[row] = index));
    columns.forEach((column, index) => (columnIndex[column] = index));
    return { chart: subChart(chart, columns, rows, columnIndex, rowIndex), columnMap: columns };
  });
}

/**
 * The live rows joined into parts by the live columns they share, and how many parts there are.
 * Each row's first live column joins the rows of a dense chart into one large part and a few
 * small ones. Then every live column of the rows outside the largest part is enough: a column not
 * looked at has its rows all in that part already.
 */
function linkRows(chart: FlatChart, rowAlive: Uint8Array, colAlive: Uint8Array): { parts: number; find: (row: number) => number } {
  const { columnStart, columnRows, rowStart, rowColumns } = chart;
  const rows = rowAlive.length;
  const parent = new Int32Array(rows);
  let parts = 0;
  for (let row = 0; row < rows; row += 1) {
    parent[row] = row;
    parts += rowAlive[row]!;
  }
  const find = (row: number): number => {
    while (parent[row] !== row) row = parent[row] = parent[parent[row]!]!;
    return row;
  };
  const linked = new Uint8Array(colAlive.length);
  const link = (column: number) => {
    linked[column] = 1;
    let first = -1;
    for (let i = columnStart[column]!; i < columnStart[column + 1]!; i += 1) {
      const row = columnRows[i]!;
      if (!rowAlive[row]) continue;
      const root = find(row);
      if (first < 0) first = root;
      if (root === first) continue;
      parent[root] = first;
      parts -= 1;
    }
  };
  for (let row = 0; row < rows && parts > 1; row += 1) {
    if (!rowAlive[row]) continue;
    let i = rowStart[row]!;
    while (i < rowStart[row + 1]! && !colAlive[rowColumns[i]!]) i += 1;
    if (i < rowStart[row + 1]!) link(rowColumns[i]!);
  }
  if (parts <= 1) return { parts, find };
  const size = new Int32Array(rows);
  let largest = -1;
  for (let row = 0; row < rows; row += 1) {
    if (!rowAlive[row]) continue;
    const root = find(row);
    size[root]! += 1;
    if (largest < 0 || size[root]! > size[largest]!) largest = root;
  }
  const outside: number[] = [];
  for (let row = 0; row < rows; row += 1) if (rowAlive[row] && find(row) !== largest) outside.push(row);
  for (const row of outside) {
    for (let i = rowStart[row]!; i < rowStart[row + 1]!; i += 1) if (colAlive[rowColumns[i]!] && !linked[rowColumns[i]!]) link(rowColumns[i]!);
  }
  return { parts, find };
}

function greedyCover(search: CoverSearch, columns: number): number[] {
  const chosen: number[] = [];
  // The columns in buckets by their count of uncovered rows when put there. Counts only fall, so a
  // bucket's count bounds its columns' counts from above: a column whose count is found lower when
  // its bucket is reached moves to that count's bucket. Once the highest count's bucket is reached
  // nothing joins it any more: it is sorted then and walked lowest index first. The same picks as
  // scanning every column for the most new rows, lowest index first, with a count per column that
  // comes up rather than an update per row covered (dense charts have dozens of columns a row).
  const byGain: (IntList | undefined)[] = [];
  const bucket = (value: number) => (byGain[value] ??= new IntList(1024));
  let most = 0;
  for (let column = 0; column < columns; column += 1) {
    const gain = search.newRows(column);
    if (gain > 0) bucket(gain).push(column);
    most = Math.max(most, gain);
  }
  let top = new Int32Array(0);
  let topGain = -1;
  let at = 0;
  while (search.uncovered > 0) {
    let best = -1;
    while (best < 0) {
      if (topGain !== most) {
        // Columns join a bucket in index order from each higher bucket's walk: ascending runs, merged.
        top = mergeRuns(byGain[most]?.view() ?? new Int32Array(0));
        byGain[most] = undefined;
        topGain = most;
        at = 0;
      }
      for (; at < top.length; at += 1) {
        const gain = search.newRows(top[at]!);
        if (gain === most) break;
        if (gain > 0) bucket(gain).push(top[at]!);
      }
      if (at < top.length) best = top[at]!;
      else most -= 1;
    }
    search.add(best, 1);
    chosen.push(best);
  }
  // Later picks cover less; dropping a pick whose rows are all covered twice keeps a cover.
  const kept = chosen.filter((column) => {
    let redundant = true;
    for (let i = search.columnStart[column]!; i < search.columnStart[column + 1]! && redundant; i += 1) redundant = search.coverCount[search.columnRows[i]!]! > 1;
    if (redundant) search.add(column, -1);
    return !redundant;
  });
  for (const column of kept) search.add(column, -1);
  return kept;
}

/**
 * The columns that complete the search's current choice into a cover, guided by Lagrangian
 * multipliers of the uncovered rows (Beasley's heuristic): the available columns of negative
 * reduced cost, then for each row still uncovered its available column of least reduced cost, then
 * those no longer needed dropped, highest reduced cost first. On dense charts it comes far closer
 * to the minimum than a greedy cover, so the search has a nearer incumbent to prune with. Leaves
 * the search as it found it; `undefined` when some uncovered row has no available column.
 */
function lagrangianCompletion(search: CoverSearch, multipliers: Float64Array): number[] | undefined {
  const { columnStart, columnRows, rowStart, rowColumns, coverCount, barred } = search;
  const columns = barred.length;
  const reduced = new Float64Array(columns);
  for (let column = 0; column < columns; column += 1) {
    if (barred[column] !== 0) continue;
    let cost = 1;
    for (let i = columnStart[column]!; i < columnStart[column + 1]!; i += 1) if (coverCount[columnRows[i]!] === 0) cost -= multipliers[columnRows[i]!]!;
    reduced[column] = cost;
  }
  search.budget.left -= 2 * columnRows.length;
  const added: number[] = [];
  for (let column = 0; column < columns; column += 1) {
    if (barred[column] === 0 && reduced[column]! < 0 && search.newRows(column) > 0) {
      search.add(column, 1);
      added.push(column);
    }
  }
  let complete = true;
  for (let row = 0; row < coverCount.length && complete; row += 1) {
    if (coverCount[row] !== 0) continue;
    let cheapest = -1;
    for (let i = rowStart[row]!; i < rowStart[row + 1]!; i += 1) {
      const column = rowColumns[i]!;
      if (barred[column] === 0 && (cheapest < 0 || reduced[column]! < reduced[cheapest]!)) cheapest = column;
    }
    if (cheapest < 0) complete = false;
    else {
      search.add(cheapest, 1);
      added.push(cheapest);
    }
  }
  const kept = new Set(added);
  if (complete) {
    for (const column of [...added].sort((a, b) => reduced[b]! - reduced[a]! || a - b)) {
      let needed = false;
      for (let i = columnStart[column]!; i < columnStart[column + 1]! && !needed; i += 1) needed = coverCount[columnRows[i]!] === 1;
      if (!needed) {
        search.add(column, -1);
        kept.delete(column);
      }
    }
  }
  for (const column of kept) search.add(column, -1);
  return complete ? [...kept] : undefined;
}

/** Sorts a list of distinct numbers made of ascending runs by merging neighbouring runs, pass after pass. */
function mergeRuns(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  let runs: number[] = [0];
  for (let k = 1; k < list.length; k += 1) if (list[k - 1]! > list[k]!) runs.push(k);
  let from = list;
  let to = new Int32Array(runs.length > 1 ? list.length : 0);
  while (runs.length > 1) {
    const merged: number[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r]!;
      const middle = runs[r + 1] ?? list.length;
      const end = runs[r + 2] ?? list.length;
      let i = start;
      let j = middle;
      for (let k = start; k < end; k += 1) to[k] = j >= end || (i < middle && from[i]! < from[j]!) ? from[i++]! : from[j++]!;
      merged.push(start);
    }
    [from, to] = [to, from];
    runs = merged;
  }
  return from;
}

/** A smallest cover found, and whether the search proved that none is smaller. */
interface MinimumSearch {
  cover: number[];
  lowerBound: number;
  proven: boolean;
}

/**
 * Work (column–row visits) allowed to one chart. Dense random charts can need far more; the search
 * then stops with the best cover found and the proven lower bound rather than running unbounded.
 * Counting work, not time, keeps results the same on every machine.
 */
const WORK_BUDGET = 400_000_000;

/** Work allowed to the local search that makes unproven covers smaller, for all parts of a chart together. */
const LOCAL_SEARCH_BUDGET = 500_000_000;

/**
 * The work a chart's minimum may take, each shared by all its parts: the tree search, then for
 * parts it cannot settle, the local search and the rest of closing the gap (ascent, second tree).
 */
interface MinimumBudgets {
  tree: Budget;
  localSearch: Budget;
  gap: Budget;
}

/** Work allowed to counting the minimum covers not kept, for all parts of a chart together: a count is exact when it finishes. */
const COUNT_BUDGET = 100_000_000;

/**
 * Minimum cover of one connected chart by branch and bound: branch on the row with the fewest
 * available columns, taking each of its columns in turn and barring the ones already tried, so the
 * branches are disjoint; prune with the Lagrangian bound, warm-started from the parent node. A
 * chart the search cannot settle within its budget goes on to `closeGap`.
 */
function branchAndBound(chart: FlatChart, budgets: MinimumBudgets): MinimumSearch {
  const search = new CoverSearch(chart, budgets.tree);
  let best = greedyCover(search, chart.columns);
  const rootBound = search.lowerBound(0, best.length, 300);
  if (rootBound >= best.length) return { cover: best, lowerBound: best.length, proven: true };
  const rootMultipliers = search.saveMultipliers();
  const guided = lagrangianCompletion(search, rootMultipliers);
  if (guided && guided.length < best.length) best = guided;
  if (rootBound >= best.length) return { cover: best.sort((a, b) => a - b), lowerBound: best.length, proven: true };
  // Out of budget already, the search would stop before its first branch.
  if (!search.exhausted) {
    best = searchTree(search, best, rootMultipliers);
    if (!search.exhausted) return { cover: best.sort((a, b) => a - b), lowerBound: best.length, proven: true };
  }
  return closeGap(chart, best, rootBound, rootMultipliers, budgets);
}

/** The smallest cover the depth-first search from the search's root finds, `incumbent` if none is smaller; `search.exhausted` says whether it is proven. */
function searchTree(search: CoverSearch, incumbent: number[], warm: Float64Array): number[] {
  let best = incumbent;
  const chosen: number[] = [];
  const recurse = (warm: Float64Array): void => {
    if (search.uncovered === 0) {
      if (chosen.length < best.length) best = [...chosen];
      return;
    }
    if (search.pivot(0).count === 0 || chosen.length + search.lowerBound(0, best.length - chosen.length, 15, warm) >= best.length) return;
    const multipliers = search.saveMultipliers();
    const completion = lagrangianCompletion(search, multipliers);
    if (completion && chosen.length + completion.length < best.length) best = [...chosen, ...completion];
    if (chosen.length + search.lowerBound(0, best.length - chosen.length, 0, multipliers) >= best.length) return;
    // Only covers smaller than the best are looked for: columns too costly for one are barred below this node.
    const costly = search.barCostly(multipliers, best.length - 1 - chosen.length - search.lastValue);
    const { row } = search.pivot(0);
    const options = row < 0 ? [] : Array.from(search.rowColumns.subarray(search.rowStart[row]!, search.rowStart[row + 1]!))
      .filter((column) => search.barred[column] === 0)
      .sort((a, b) => search.newRows(b) - search.newRows(a));
    const tried: number[] = [];
    for (const column of options) {
      if (chosen.length + 1 >= best.length || search.exhausted) break;
      chosen.push(column);
      search.add(column, 1);
      recurse(multipliers);
      search.add(column, -1);
      chosen.pop();
      search.barred[column] = search.barred[column]! + 1;
      tried.push(column);
    }
    for (const column of [...tried, ...costly]) search.barred[column] = search.barred[column]! - 1;
  };
  recurse(warm);
  return best;
}

/**
 * A chart the tree search could not settle: a smaller cover by local search, a tighter bound by a
 * longer subgradient ascent (near the linear relaxation's value, where the tree's 300 steps stop
 * short), and the tree searched again from both, on budgets of their own that every part of the
 * chart shares. Dense random charts of 1,000 to 5,000 rows end within a few percent of their bound
 * this way.
 */
function closeGap(chart: FlatChart, cover: number[], rootBound: number, multipliers: Float64Array, budgets: MinimumBudgets): MinimumSearch {
  let best = localSearchCover(chart, cover, budgets.localSearch);
  const search = new CoverSearch(chart, budgets.gap);
  const bound = Math.max(rootBound, search.lowerBound(0, best.length, ASCENT_STEPS, multipliers, ASCENT_PATIENCE));
  if (bound >= best.length || search.exhausted) return { cover: best, lowerBound: Math.min(bound, best.length), proven: bound >= best.length };
  best = searchTree(search, best, search.saveMultipliers());
  return search.exhausted ? { cover: best.sort((a, b) => a - b), lowerBound: bound, proven: false } : { cover: best.sort((a, b) => a - b), lowerBound: best.length, proven: true };
}

/** The longer ascent of `closeGap`: its most steps, and how many without a better bound before the step halves. */
const ASCENT_STEPS = 3000;
const ASCENT_PATIENCE = 50;

/** Reductions first, then each independent part by branch and bound; the cover is in `chart`'s columns. */
function minimumCover(chart: FlatChart, budgets: MinimumBudgets): MinimumSearch {
  // The chart is a part of a reduced chart: its rows are already free of dominated ones.
  const { core, taken, columnMap } = cyclicCore(chart, true, true);
  return minimumOfCore(core, columnMap, taken, budgets);
}

/** A minimum cover of `core` by branch and bound on each of its parts, with `taken` added, in the columns `columnMap` names. */
function minimumOfCore(core: FlatChart, columnMap: Int32Array, taken: readonly number[], budgets: MinimumBudgets): MinimumSearch {
  const result: MinimumSearch = { cover: [...taken], lowerBound: taken.length, proven: true };
  for (const part of components(core)) {
    const found = branchAndBound(part.chart, budgets);
    for (const column of found.cover) result.cover.push(columnMap[part.columnMap[column]!]!);
    result.lowerBound += found.lowerBound;
    result.proven &&= found.proven;
  }
  result.cover.sort((a, b) => a - b);
  return result;
}

/**
 * Calls `visit` with every cover of exactly `size` columns (`size` being the minimum) in
 * lexicographic order; `visit` returns false to stop. The next column of a cover is at most the
 * last column of every uncovered row, and must cover a new row: a minimum cover has no redundant
 * column. Columns before the current one are out of reach, which the bound takes into account.
 * Returns true when every cover was visited (not stopped, not out of budget).
 */
function visitMinimumCovers(chart: FlatChart, size: number, budget: Budget, visit: (chosen: readonly number[]) => boolean): boolean {
  const search = new CoverSearch(chart, budget);
  const lastColumn = Int32Array.from({ length: chart.rows }, (_, row) => search.rowColumns[search.rowStart[row + 1]! - 1]!);
  const masks = size >= 2 ? RowMasks.of(chart, budget) : undefined;
  const chosen: number[] = [];
  let stop = false;
  /** With row masks, the last column of a cover: each one from `start` on that covers all of `rows`. */
  const lastOne = (masks: RowMasks, start: number, rows: number) => {
    const end = masks.lastCover(rows);
    budget.left -= Math.max(0, end - start + 1);
    for (let column = start; column <= end && !stop; column += 1) {
      if ((masks.columnMask[column]! & rows) !== rows) continue;
      chosen.push(column);
      if (!visit(chosen)) stop = true;
      chosen.pop();
    }
  };
  /** With row masks, the last two: a column covering some of `rows`, then one after it covering the rest. */
  const lastTwo = (masks: RowMasks, start: number, limit: number, rows: number) => {
    budget.left -= Math.max(0, limit - start + 1);
    for (let column = start; column <= limit && !stop; column += 1) {
      const rest = rows & ~masks.columnMask[column]!;
      if (rest === rows || rest === 0 || masks.lastCover(rest) <= column) continue;
      chosen.push(column);
      lastOne(masks, column + 1, rest);
      chosen.pop();
    }
  };
  const recurse = (start: number, left: number, warm?: Float64Array) => {
    if (search.uncovered === 0) {
      if (left === 0 && !visit(chosen)) stop = true;
      return;
    }
    if (search.exhausted) stop = true;
    if (stop || left === 0) return;
    let limit = chart.columns - left;
    let rows = 0;
    for (let row = 0; row < chart.rows; row += 1) {
      if (search.coverCount[row] !== 0) continue;
      limit = Math.min(limit, lastColumn[row]!);
      rows |= 1 << row;
    }
    if (masks && left === 1) return lastOne(masks, start, rows);
    if (masks && left === 2) return masks.lastPairCover(rows) >= start ? lastTwo(masks, start, limit, rows) : undefined;
    // With row masks, three columns left are cheaper to check one by one than to bound.
    if (!(masks && left === 3) && search.lowerBound(start, left + 1, 24, warm) > left) return;
    const multipliers = search.saveMultipliers();
    if (masks && left === 3) budget.left -= Math.max(0, limit - start + 1);
    for (let column = start; column <= limit && !stop; column += 1) {
      if (masks && left === 3) {
        const rest = rows & ~masks.columnMask[column]!;
        if (rest === rows || rest === 0 || masks.lastPairCover(rest) <= column) continue;
      } else if (search.newRows(column) === 0) continue;
      chosen.push(column);
      search.add(column, 1);
      recurse(column + 1, left - 1, multipliers);
      search.add(column, -1);
      chosen.pop();
    }
  };
  recurse(0, size);
  return !stop;
}

/** Charts of up to this many rows have their covers counted over the subsets of their rows (2^rows of them). */
const SUBSET_COUNT_ROWS = 22;

/**
 * The number of sets of `size` columns covering every row, by inclusion and exclusion over the
 * subsets T of the rows: Σ (−1)^(rows − |T|) · C(columns inside T, size). With `size` the minimum,
 * these are the minimum covers (two columns on the same rows would make one redundant). Exact in
 * integers (doubles while every partial sum stays below 2^53, big integers beyond), returned as a
 * double.
 */
function countCoversBySubsets(chart: FlatChart, size: number): number {
  const subsets = 2 ** chart.rows;
  const inside = new Int32Array(subsets);
  for (let column = 0; column < chart.columns; column += 1) {
    let mask = 0;
    for (let i = chart.columnStart[column]!; i < chart.columnStart[column + 1]!; i += 1) mask |= 1 << chart.columnRows[i]!;
    inside[mask]! += 1;
  }
  for (let bit = 1; bit < subsets; bit *= 2) {
    for (let mask = 0; mask < subsets; mask += 1) if (mask & bit) inside[mask]! += inside[mask ^ bit]!;
  }
  const sign = (mask: number) => ((chart.rows - popcount(mask)) % 2 === 0 ? 1 : -1);
  let largest = 1;
  for (let i = 0; i < size; i += 1) largest = (largest * (chart.columns - i)) / (i + 1);
  if (largest * chart.columns * subsets < Number.MAX_SAFE_INTEGER) {
    let total = 0;
    for (let mask = 0; mask < subsets; mask += 1) {
      const n = inside[mask]!;
      if (n < size) continue;
      let term = 1;
      for (let i = 0; i < size; i += 1) term = (term * (n - i)) / (i + 1);
      total += sign(mask) * term;
    }
    return total;
  }
  let total = 0n;
  for (let mask = 0; mask < subsets; mask += 1) {
    const n = inside[mask]!;
    if (n < size) continue;
    let term = 1n;
    for (let i = 0; i < size; i += 1) term = (term * BigInt(n - i)) / BigInt(i + 1);
    total += sign(mask) > 0 ? term : -term;
  }
  return Number(total);
}

/**
 * The number of minimum covers of `size` columns, without listing them, within `budget`: over the
 * row subsets when the chart has few rows and the budget allows; otherwise columns covering the
 * same rows are one class (a minimum cover takes at most one of a class, and any one will do), so
 * the covers of the chart of classes are visited, each counting the product of its classes' sizes.
 * Exact when `complete`; otherwise a lower bound: the covers visited before the budget ran out, or
 * a count past 2^53, rounded.
 */
function countMinimumCovers(chart: FlatChart, size: number, budget: Budget): { count: number; complete: boolean } {
  const subsetWork = 2 ** chart.rows * (chart.rows + size) + chart.columnRows.length;
  if (chart.rows <= SUBSET_COUNT_ROWS && subsetWork <= budget.left) {
    budget.left -= subsetWork;
    const count = countCoversBySubsets(chart, size);
    return { count, complete: count <= Number.MAX_SAFE_INTEGER };
  }
  const classOf = new Map<string, number>();
  const representatives: number[] = [];
  const classSize: number[] = [];
  for (let column = 0; column < chart.columns; column += 1) {
    const key = chart.columnRows.subarray(chart.columnStart[column]!, chart.columnStart[column + 1]!).join(',');
    const known = classOf.get(key);
    if (known !== undefined) classSize[known]! += 1;
    else {
      classOf.set(key, representatives.length);
      representatives.push(column);
      classSize.push(1);
    }
  }
  const rows = Int32Array.from({ length: chart.rows }, (_, row) => row);
  const columnIndex = new Int32Array(chart.columns).fill(-1);
  representatives.forEach((column, index) => (columnIndex[column] = index));
  const classes = subChart(chart, representatives, rows, columnIndex, Int32Array.from(rows));
  let count = 0;
  const complete = visitMinimumCovers(classes, size, budget, (chosen) => {
    count += chosen.reduce((product, column) => product * classSize[column]!, 1);
    return true;
  });
  return { count, complete: complete && count <= Number.MAX_SAFE_INTEGER };
}

/** A grid point: the parts whose cover is not their first, with the index of the cover taken. */
interface Choice {
  parts: number[];
  picks: number[];
}

/** The smallest column in one of two sorted covers and not the other, and whether it is in the first. */
function firstDifference(a: readonly number[], b: readonly number[]): { column: number; inFirst: boolean } {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length && a[i] === b[j]) {
    i += 1;
    j += 1;
  }
  if (j >= b.length || (i < a.length && a[i]! < b[j]!)) return { column: a[i] ?? Infinity, inFirst: true };
  return { column: b[j]!, inFirst: false };
}

/**
 * Most implicant entries held by the listed models together: a chart whose models have a hundred
 * thousand implicants each lists a few dozen of them and counts the rest, whatever the cap.
 */
const MODEL_TERMS_LIMIT = 5_000_000;

/**
 * The `cap` first models in lexicographic order (fewer past MODEL_TERMS_LIMIT), a model being the
 * fixed columns plus one minimum cover of each part. Two models compare by the smallest column in
 * one and not the other, which lies in a part where they differ, so taking a later cover of one
 * part always gives a later model: the models come from a best-first walk over the grid of
 * per-part choices, each grid point reached from one parent only. Points are kept sparse and
 * compared without building the models, whose columns can number thousands.
 */
function firstModels(fixed: readonly number[], parts: readonly (readonly number[][])[], cap: number): number[][] {
  const pickOf = (choice: Choice, part: number) => {
    const at = choice.parts.indexOf(part);
    return at < 0 ? 0 : choice.picks[at]!;
  };
  const compare = (a: Choice, b: Choice) => {
    let best = Infinity;
    let sign = 0;
    for (const part of new Set([...a.parts, ...b.parts])) {
      const pa = pickOf(a, part);
      const pb = pickOf(b, part);
      if (pa === pb) continue;
      const { column, inFirst } = firstDifference(parts[part]![pa]!, parts[part]![pb]!);
      if (column < best) {
        best = column;
        sign = inFirst ? -1 : 1;
      }
    }
    return sign;
  };
  // How late a part's next cover first differs from its current one: later differences give earlier models.
  const nextDifference = (part: number, pick: number) => firstDifference(parts[part]![pick]!, parts[part]![pick + 1]!).column;
  const heap = new MinHeap<Choice>(compare);
  heap.push({ parts: [], picks: [] });
  const models: number[][] = [];
  // The fixed columns can number many thousands: sorted once, then merged with each model's few others.
  const fixedSorted = [...fixed].sort((a, b) => a - b);
  let terms = 0;
  while (heap.size > 0 && models.length < cap && terms < MODEL_TERMS_LIMIT) {
    const choice = heap.pop();
    const chosen: number[] = [];
    parts.forEach((covers, part) => {
      for (const column of covers[pickOf(choice, part)]!) chosen.push(column);
    });
    models.push(mergeSorted(fixedSorted, chosen.sort((a, b) => a - b)));
    terms += fixedSorted.length + chosen.length;
    // Only the best `cap − models` successors can still be listed.
    const last = choice.parts.length > 0 ? choice.parts[choice.parts.length - 1]! : 0;
    const successors: { part: number; rank: number }[] = [];
    for (let part = last; part < parts.length; part += 1) {
      const pick = pickOf(choice, part);
      if (pick + 1 < parts[part]!.length) successors.push({ part, rank: nextDifference(part, pick) });
    }
    successors.sort((a, b) => b.rank - a.rank);
    for (const { part } of successors.slice(0, cap - models.length)) {
      const at = choice.parts.indexOf(part);
      const next: Choice = at < 0 ? { parts: [...choice.parts, part], picks: [...choice.picks, 1] } : { parts: [...choice.parts], picks: [...choice.picks] };
      if (at >= 0) next.picks[at]! += 1;
      heap.push(next);
    }
  }
  return models;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k += 1) out[k] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
  return out;
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T {
    return this.items[0]!;
  }
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (this.compare(items[at]!, items[up]!) >= 0) break;
      [items[at], items[up]] = [items[up]!, items[at]!];
      at = up;
    }
  }
  pop(): T {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (left < items.length && this.compare(items[left]!, items[smallest]!) < 0) smallest = left;
        if (right < items.length && this.compare(items[right]!, items[smallest]!) < 0) smallest = right;
        if (smallest === at) break;
        [items[at], items[smallest]] = [items[smallest]!, items[at]!];
        at = smallest;
      }
    }
    return top;
  }
}

/** A part of a reduced chart: its chart, its columns' numbers in the whole chart, and its minimum cover (in those numbers). */
interface CorePart {
  chart: () => FlatChart;
  toChart: (chosen: readonly number[]) => number[];
  minimum: (budgets: MinimumBudgets) => MinimumSearch;
}

/**
 * The independent parts of a reduced live chart, small parts first (a part too hard to finish
 * should not starve the easy ones of budget). A chart in one part, as dense charts are, is not
 * copied: its minimum carries on reducing the live chart itself, and its own chart is built only
 * when its models are enumerated.
 */
function coreParts(live: LiveChart, chart: FlatChart): CorePart[] {
  if (!live.connected()) {
    const { core, columnMap } = liveCore(live, chart);
    return components(core)
      .sort((a, b) => a.chart.rows - b.chart.rows)
      .map((part) => {
        const toChart = (chosen: readonly number[]) => chosen.map((column) => columnMap[part.columnMap[column]!]!);
        return {
          chart: () => part.chart,
          toChart,
          minimum: (budgets) => {
            const found = minimumCover(part.chart, budgets);
            return { ...found, cover: toChart(found.cover) };
          },
        };
      });
  }
  // The reduced chart's rows and columns, kept before the reductions carry on.
  const rows = live.liveRows();
  const columns = live.liveColumns();
  if (rows.length === 0) return [];
  return [
    {
      chart: () => {
        const rowIndex = new Int32Array(chart.rows).fill(-1);
        rows.forEach((row, index) => (rowIndex[row] = index));
        const columnIndex = new Int32Array(chart.columns).fill(-1);
        columns.forEach((column, index) => (columnIndex[column] = index));
        return subChart(chart, columns, rows, columnIndex, rowIndex);
      },
      toChart: (chosen) => chosen.map((column) => columns[column]!),
      minimum: (budgets) => {
        // As minimumCover on the part: its rows are free of dominated ones, every column is checked.
        live.checkAllColumns();
        const taken = reduce(live, chart, true);
        const { core, columnMap } = liveCore(live, chart);
        return minimumOfCore(core, columnMap, taken, budgets);
      },
    },
  ];
}

/**
 * Every minimum cover (QCA's models) in lexicographic order of column indices, up to `cap`. The
 * chart is reduced (essential columns, dominated rows: neither loses a minimum cover) and split
 * into independent parts; each part's covers are enumerated on their own, and the count of models
 * is the product of the parts' counts.
 */
export function enumerateMinimumCovers(chart: FlatChart, cap = 10_000): CoverEnumeration {
  if (chart.rows === 0) return { size: 0, models: [[]], truncated: false, count: 1, countExact: true, essential: [], proven: true, lowerBound: 0 };
  refuseUncoverable(chart);
  const live = new LiveChart(chart, false);
  const taken = reduce(live, chart, false);
  const essential = [...taken];
  const fixed = [...taken];
  const parts: number[][][] = [];
  let size = taken.length;
  let lowerBound = taken.length;
  let count = 1;
  let countExact = true;
  let proven = true;
  const budgets: MinimumBudgets = { tree: { left: WORK_BUDGET }, localSearch: { left: LOCAL_SEARCH_BUDGET }, gap: { left: WORK_BUDGET } };
  // Listing has a budget of its own: which models come out does not depend on how hard the minimum was to find.
  const listBudget = { left: WORK_BUDGET };
  const countBudget = { left: COUNT_BUDGET };
  for (const part of coreParts(live, chart)) {
    const minimum = part.minimum(budgets);
    const covers: number[][] = [];
    // Every cover visited (and kept), or at least counted.
    let visited = false;
    let complete = false;
    let partCount = 0;
    if (minimum.proven) {
      const partChart = part.chart();
      visited = visitMinimumCovers(partChart, minimum.cover.length, listBudget, (chosen) => {
        if (covers.length === cap) return false;
        covers.push(part.toChart(chosen));
        return true;
      });
      complete = visited;
      partCount = covers.length;
      // Not all kept: the covers are counted instead, on a budget of their own.
      if (!visited) {
        const counted = countMinimumCovers(partChart, minimum.cover.length, countBudget);
        complete = counted.complete;
        partCount = Math.max(partCount, counted.count);
      }
    }
    // Out of budget before the first cover in order: the minimum search's own cover stands in.
    if (covers.length === 0) covers.push(minimum.cover);
    size += minimum.cover.length;
    lowerBound += minimum.lowerBound;
    proven &&= minimum.proven;
    count *= Math.max(partCount, covers.length);
    countExact &&= complete;
    // Essential only when seen in every cover: a count says nothing of which columns they share.
    if (visited) for (const column of covers[0]!) if (covers.every((cover) => cover.includes(column))) essential.push(column);
    if (covers.length === 1) for (const column of covers[0]!) fixed.push(column);
    else parts.push(covers);
  }
  const models = firstModels(fixed, parts, cap);
  // Counts are doubles: exact to 2^53, rounded beyond, and past the double range only a bound.
  if (!Number.isFinite(count)) {
    count = Number.MAX_VALUE;
    countExact = false;
  }
  return {
    size,
    models,
    truncated: models.length < count || !countExact,
    count,
    countExact,
    essential: essential.sort((a, b) => a - b),
    proven,
    lowerBound,
  };
}
