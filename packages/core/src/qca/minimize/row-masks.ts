import type { Budget } from './cover-search';
import type { FlatChart } from './flat-chart';

/** Charts of up to this many rows can be read as row masks: two tables of 2^rows entries, 32 MB at most. */
const ROW_MASK_ROWS = 22;

/**
 * A chart of few rows as bit masks: each column's rows as one integer, and for every set of rows
 * the last column covering all of them and the last column that starts a pair covering them.
 * Whether one or two columns from a given one on can end a cover is then a lookup, where a bound
 * would cost a pass over the chart for each subgradient step: the research shape (a few dozen
 * rows, tens of thousands of prime implicants) spends most of its time there otherwise.
 */
export class RowMasks {
  /** The rows of each column, row r as bit r. */
  readonly columnMask: Int32Array;
  private readonly lastCovering: Int32Array;
  private readonly lastPairStart: Int32Array;

  /** Row masks of `chart`, or `undefined` when it has too many rows or the tables would cost more than a quarter of what `budget` has left. */
  static of(chart: FlatChart, budget: Budget): RowMasks | undefined {
    if (chart.rows > ROW_MASK_ROWS) return undefined;
    const masks = new Int32Array(chart.columns);
    for (let column = 0; column < chart.columns; column += 1) {
      for (let i = chart.columnStart[column]!; i < chart.columnStart[column + 1]!; i += 1) masks[column]! |= 1 << chart.columnRows[i]!;
    }
    const distinct = lastTwoOfEachMask(masks);
    // Each table passes its maxima down one row at a time over all its sets; the pairs are of distinct masks.
    const work = 2 * 2 ** chart.rows * chart.rows + (distinct.masks.length * (distinct.masks.length + 1)) / 2 + chart.columnRows.length;
    // A quarter of what is left at most, so that the visit itself and the charts after it keep the rest.
    if (work > budget.left / 4) return undefined;
    budget.left -= work;
    return new RowMasks(chart.rows, masks, distinct);
  }

  private constructor(rows: number, columnMask: Int32Array, distinct: { masks: number[]; last: number[]; secondLast: number[] }) {
    this.columnMask = columnMask;
    const sets = 2 ** rows;
    this.lastCovering = new Int32Array(sets).fill(-1);
    this.lastPairStart = new Int32Array(sets).fill(-1);
    const { masks, last, secondLast } = distinct;
    for (let a = 0; a < masks.length; a += 1) {
      this.lastCovering[masks[a]!] = last[a]!;
      raise(this.lastPairStart, masks[a]!, secondLast[a]!);
      // The pair starting latest takes the last column of each mask, the earlier of the two first.
      for (let b = a + 1; b < masks.length; b += 1) raise(this.lastPairStart, masks[a]! | masks[b]!, Math.min(last[a]!, last[b]!));
    }
    // A set is covered by whatever covers one of its supersets: the maxima pass down one row at a time.
    for (const table of [this.lastCovering, this.lastPairStart]) {
      for (let bit = 1; bit < sets; bit *= 2) {
        for (let mask = 0; mask < sets; mask += 1) if ((mask & bit) === 0) raise(table, mask, table[mask | bit]!);
      }
    }
  }

  /** The last column covering every row of `rows` (a mask), −1 when none does. */
  lastCover(rows: number): number {
    return this.lastCovering[rows]!;
  }

  /** The last column that, with a later one, covers every row of `rows`; −1 when no two columns do. */
  lastPairCover(rows: number): number {
    return this.lastPairStart[rows]!;
  }
}

function raise(table: Int32Array, at: number, value: number): void {
  if (value > table[at]!) table[at] = value;
}

/** The distinct masks, each with its last column and the one before (−1 when it has one column). */
function lastTwoOfEachMask(columnMask: Int32Array): { masks: number[]; last: number[]; secondLast: number[] } {
  const index = new Map<number, number>();
  const masks: number[] = [];
  const last: number[] = [];
  const secondLast: number[] = [];
  columnMask.forEach((mask, column) => {
    const known = index.get(mask);
    if (known === undefined) {
      index.set(mask, masks.length);
      masks.push(mask);
      last.push(column);
      secondLast.push(-1);
    } else {
      secondLast[known] = last[known]!;
      last[known] = column;
    }
  });
  return { masks, last, secondLast };
}
