import type { FlatChart } from './flat-chart';
import { identity, sortByKey } from './flat-chart';

/**
 * Search state over a covering problem: which rows are covered how often, which columns are
 * barred, and a lower bound on the columns still needed. The bound is the better of two: rows that
 * share no available column (each needs its own), and a Lagrangian bound improved by a few
 * subgradient steps, which is what makes dense prime-implicant charts tractable.
 */
/** Work allowed to one chart's searches, in column–row visits, shared by every part so the total stays bounded. */
export interface Budget {
  left: number;
}

export class CoverSearch {
  /** The chart's incidences, flat (see FlatChart). */
  readonly columnStart: Int32Array;
  readonly columnRows: Int32Array;
  readonly rowStart: Int32Array;
  readonly rowColumns: Int32Array;
  readonly coverCount: Int32Array;
  /** Nesting count of exclusions per column: > 0 means unavailable. */
  readonly barred: Int32Array;
  uncovered: number;
  /** The value of the last Lagrangian bound, before rounding: what reduced-cost fixing measures against. */
  lastValue = -Infinity;
  private readonly stampOf: Int32Array;
  private stamp = 0;
  private readonly rowOrder: Int32Array;
  private readonly multipliers: Float64Array;
  private readonly gradient: Float64Array;
  /** The multipliers during a bound, 0 on covered rows. */
  private readonly weights: Float64Array;
  /** During a bound: the available columns, and those of them with a negative reduced cost. */
  private readonly availableColumns: Int32Array;
  private readonly negativeColumns: Int32Array;
  private readonly incidences: number;

  constructor(
    chart: FlatChart,
    readonly budget: Budget = { left: Infinity },
  ) {
    ({ columnStart: this.columnStart, columnRows: this.columnRows, rowStart: this.rowStart, rowColumns: this.rowColumns } = chart);
    this.incidences = this.columnRows.length;
    this.coverCount = new Int32Array(chart.rows);
    this.barred = new Int32Array(chart.columns);
    this.uncovered = chart.rows;
    this.stampOf = new Int32Array(chart.columns);
    this.rowOrder = rowsByCount(this.rowStart);
    this.multipliers = new Float64Array(chart.rows);
    this.gradient = new Float64Array(chart.rows);
    this.weights = new Float64Array(chart.rows);
    this.availableColumns = new Int32Array(chart.columns);
    this.negativeColumns = new Int32Array(chart.columns);
  }

  add(column: number, delta: 1 | -1): void {
    for (let i = this.columnStart[column]!, end = this.columnStart[column + 1]!; i < end; i += 1) {
      const row = this.columnRows[i]!;
      const before = this.coverCount[row]!;
      this.coverCount[row] = before + delta;
      if (delta > 0 && before === 0) this.uncovered -= 1;
      if (delta < 0 && before === 1) this.uncovered += 1;
    }
  }

  newRows(column: number): number {
    const start = this.columnStart[column]!;
    const end = this.columnStart[column + 1]!;
    // Before anything is covered every row is new: the first greedy pass and a cold bound ask for all columns.
    if (this.uncovered === this.coverCount.length) return end - start;
    let count = 0;
    for (let i = start; i < end; i += 1) if (this.coverCount[this.columnRows[i]!] === 0) count += 1;
    return count;
  }

  available(column: number, start: number): boolean {
    return column >= start && this.barred[column] === 0;
  }

  /** The uncovered row with the fewest available columns (−1 when all are covered); `count` is 0 for a dead end. */
  pivot(start: number): { row: number; count: number } {
    let best = -1;
    let bestCount = Infinity;
    for (const row of this.rowOrder) {
      if (this.coverCount[row] !== 0) continue;
      let count = 0;
      for (let i = this.rowStart[row]!, end = this.rowStart[row + 1]!; i < end; i += 1) if (this.available(this.rowColumns[i]!, start)) count += 1;
      if (count < bestCount) {
        best = row;
        bestCount = count;
        if (count <= 1) break;
      }
    }
    return { row: best, count: best < 0 ? 0 : bestCount };
  }

  /**
   * Rows that share no available column: each needs an implicant of its own. Counting stops at
   * `target`: a bound that reaches it settles what it is asked for.
   */
  independentRows(start: number, target: number): number {
    this.stamp += 1;
    let bound = 0;
    for (const row of this.rowOrder) {
      if (bound >= target) break;
      if (this.coverCount[row] !== 0) continue;
      const from = this.rowStart[row]!;
      const to = this.rowStart[row + 1]!;
      let free = true;
      for (let i = from; i < to && free; i += 1) {
        const column = this.rowColumns[i]!;
        if (this.available(column, start) && this.stampOf[column] === this.stamp) free = false;
      }
      if (!free) continue;
      bound += 1;
      for (let i = from; i < to; i += 1) if (this.available(this.rowColumns[i]!, start)) this.stampOf[this.rowColumns[i]!] = this.stamp;
    }
    return bound;
  }

  /**
   * A lower bound on the columns needed for the uncovered rows: max over subgradient steps of
   * Σu + Σ min(0, 1 − Σ_{r∈c} u_r). Starts from `warm` multipliers (a parent node's) or from a
   * dual-feasible u (each row 1/size of its largest available column), so it is never below that
   * LP-dual value; the step halves when the bound stalls for `patience` steps. Leaves the best u in
   * `multipliers`.
   * Stops early once `target` is reached.
   */
  lagrangian(start: number, steps: number, target: number, warm?: Float64Array, patience = 4): number {
    const u = this.multipliers;
    const { coverCount, columnStart, columnRows, rowStart, rowColumns, gradient } = this;
    // Each column's new rows, counted once for all the rows it is on (cold starts only; the
    // negative-cost list is free until the steps).
    const newRows = warm ? undefined : this.negativeColumns;
    if (newRows) for (let column = start; column < this.barred.length; column += 1) if (this.barred[column] === 0) newRows[column] = this.newRows(column);
    const uncoveredRows: number[] = [];
    for (let row = 0; row < u.length; row += 1) {
      if (coverCount[row] !== 0) continue;
      uncoveredRows.push(row);
      // An available column on an uncovered row covers at least that row, so 0 means none is left.
      let largest = 0;
      for (let i = rowStart[row]!, end = rowStart[row + 1]!; i < end && !(warm && largest > 0); i += 1) {
        const column = rowColumns[i]!;
        if (this.available(column, start)) largest = Math.max(largest, newRows ? newRows[column]! : 1);
      }
      if (largest === 0) return Infinity;
      u[row] = warm ? warm[row]! : 1 / largest;
    }
    // The steps below are the hot loop of the whole minimization: they run over the available
    // columns only, and over multipliers that are 0 for covered rows (subtracting 0 changes no
    // float), so each visit is one load and one subtraction, with the same sums as term by term.
    const columns = this.availableColumns;
    let available = 0;
    for (let column = start; column < columns.length; column += 1) if (this.barred[column] === 0) columns[available++] = column;
    const w = this.weights;
    w.fill(0);
    for (const row of uncoveredRows) w[row] = u[row]!;
    const negativeColumns = this.negativeColumns;
    const bestU = new Float64Array(u.length);
    let best = -Infinity;
    let lambda = warm ? 0.5 : 2;
    let stalled = 0;
    for (let step = 0; step <= steps; step += 1) {
      // Counted as a pass over the chart and one back, whatever the shortcuts below save.
      this.budget.left -= 2 * this.incidences;
      let value = 0;
      for (const row of uncoveredRows) value += w[row]!;
      let negatives = 0;
      for (let c = 0; c < available; c += 1) {
        const column = columns[c]!;
        let cost = 1;
        for (let i = columnStart[column]!, end = columnStart[column + 1]!; i < end; i += 1) cost -= w[columnRows[i]!]!;
        if (cost < 0) {
          value += cost;
          negativeColumns[negatives++] = column;
        }
      }
      if (value > best + 1e-9) {
        best = value;
        stalled = 0;
        for (const row of uncoveredRows) bestU[row] = w[row]!;
      } else if ((stalled += 1) >= patience) {
        lambda /= 2;
        stalled = 0;
      }
      // Out of budget, the best bound so far still holds: the steps stop rather than run on.
      if (best >= target - 1e-7 || step === steps || this.exhausted) break;
      // Subgradient: 1 − the negative-cost columns on the row; rows left uncovered by them want a
      // larger multiplier. Walking the negative-cost columns alone costs less than every row's columns.
      for (const row of uncoveredRows) gradient[row] = 1;
      for (let k = 0; k < negatives; k += 1) {
        const column = negativeColumns[k]!;
        for (let i = columnStart[column]!, end = columnStart[column + 1]!; i < end; i += 1) gradient[columnRows[i]!]! -= 1;
      }
      let norm = 0;
      for (const row of uncoveredRows) norm += gradient[row]! * gradient[row]!;
      if (norm === 0) break;
      const length = (lambda * Math.max(target - value, 0.05 * target)) / norm;
      for (const row of uncoveredRows) w[row] = Math.max(0, w[row]! + length * gradient[row]!);
    }
    for (const row of uncoveredRows) u[row] = bestU[row]!;
    this.lastValue = best;
    return best;
  }

  /**
   * Bars the available columns whose reduced cost under `multipliers` exceeds `gap`: a cover of
   * the uncovered rows has at least the Lagrangian value plus the positive reduced costs of its
   * columns, so one holding such a column is more than `gap` above the bound and cannot be among
   * the covers looked for. Returns the columns barred, for the caller to free again.
   */
  barCostly(multipliers: Float64Array, gap: number): number[] {
    const barred: number[] = [];
    for (let column = 0; column < this.barred.length; column += 1) {
      if (this.barred[column] !== 0) continue;
      let cost = 1;
      for (let i = this.columnStart[column]!, end = this.columnStart[column + 1]!; i < end; i += 1) if (this.coverCount[this.columnRows[i]!] === 0) cost -= multipliers[this.columnRows[i]!]!;
      if (cost > gap + 1e-9) barred.push(column);
    }
    for (const column of barred) this.barred[column] = this.barred[column]! + 1;
    this.budget.left -= this.incidences;
    return barred;
  }

  /** The multipliers of the last bound, for a child node to start from. */
  saveMultipliers(): Float64Array {
    return this.multipliers.slice();
  }

  get exhausted(): boolean {
    return this.budget.left < 0;
  }

  /** Whole columns still needed, at least: rounding is safe because every cover has an integral size. */
  lowerBound(start: number, target: number, steps: number, warm?: Float64Array, patience?: number): number {
    const independent = this.independentRows(start, target);
    if (independent >= target) return independent;
    return Math.max(independent, Math.ceil(this.lagrangian(start, steps, target, warm, patience) - 1e-7));
  }
}

/** Rows by ascending count of columns, in index order within a count. */
function rowsByCount(rowStart: Int32Array): Int32Array {
  const counts = Int32Array.from({ length: rowStart.length - 1 }, (_, row) => rowStart[row + 1]! - rowStart[row]!);
  const order = identity(counts.length);
  sortByKey(order, { values: counts, buckets: counts.reduce((most, count) => Math.max(most, count), 0) + 1 });
  return order;
}
