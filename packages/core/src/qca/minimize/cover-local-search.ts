import type { Budget } from './cover-search';
import type { FlatChart } from './flat-chart';

/**
 * A smaller cover than `start`, looked for by local search with row weights (Gao, Weise and Li's
 * RWLS for unicost set covering): whenever the columns chosen cover every row, the cover is kept
 * and the column whose rows are least needed is dropped; otherwise the least needed column is
 * swapped for the best column on an uncovered row, and uncovered rows weigh more each time they
 * stay uncovered, so the search leaves the places where it is stuck. Dense charts whose branch and
 * bound runs out of budget get a far nearer cover this way than the bound's own heuristics give.
 * Deterministic: ties go to the column that changed longest ago, rows are drawn by a fixed
 * generator, and the work (column–row visits) is counted against `budget`. Returns `start` itself,
 * sorted, when it finds nothing smaller.
 */
export function localSearchCover(chart: FlatChart, start: readonly number[], budget: Budget): number[] {
  const { columnStart, columnRows, rowStart, rowColumns } = chart;
  const chosen = new Uint8Array(chart.columns);
  const coverCount = new Int32Array(chart.rows);
  const weight = new Float64Array(chart.rows).fill(1);
  // Of a chosen column, the weight of the rows only it covers: what dropping it loses. Other
  // columns' gains are summed when a row asks for them, so a weight rising costs nothing more.
  const loss = new Float64Array(chart.columns);
  const changedAt = new Float64Array(chart.columns);
  // Configuration checking: a column dropped may come back only once a column sharing a row has changed.
  const canAdd = new Uint8Array(chart.columns).fill(1);
  // The chosen columns, least needed first: the least loss, and among equals the one changed longest ago.
  const members = new ColumnHeap(chart.columns, (a, b) => loss[a]! < loss[b]! || (loss[a] === loss[b] && changedAt[a]! < changedAt[b]!));
  const uncovered: number[] = [];
  const uncoveredAt = new Int32Array(chart.rows).fill(-1);
  let step = 0;
  let seed = 12345;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * below);
  };

  const setUncovered = (row: number, value: boolean) => {
    if (value) {
      uncoveredAt[row] = uncovered.length;
      uncovered.push(row);
      return;
    }
    const last = uncovered.pop()!;
    if (last !== row) {
      uncovered[uncoveredAt[row]!] = last;
      uncoveredAt[last] = uncoveredAt[row]!;
    }
    uncoveredAt[row] = -1;
  };
  /** The chosen column on `row` other than `column`, where one alone is left. */
  const otherChosen = (row: number, column: number) => {
    for (let i = rowStart[row]!; i < rowStart[row + 1]!; i += 1) if (chosen[rowColumns[i]!] && rowColumns[i] !== column) return rowColumns[i]!;
    return -1;
  };
  /** Counts the rows of `column` up or down, moving the loss of any column left alone on one; frees its neighbours to come back. */
  const count = (column: number, delta: 1 | -1) => {
    for (let i = columnStart[column]!; i < columnStart[column + 1]!; i += 1) {
      const row = columnRows[i]!;
      const before = coverCount[row]!;
      coverCount[row] = before + delta;
      if (before === 0) setUncovered(row, false);
      if (before + delta === 0) setUncovered(row, true);
      // A second column now covers the row, or only one still does.
      const shared = delta > 0 ? before === 1 : before === 2;
      if (shared) {
        const other = otherChosen(row, column);
        loss[other]! += delta > 0 ? -weight[row]! : weight[row]!;
        members.update(other);
      }
      if (delta > 0 && before === 0) loss[column]! += weight[row]!;
      for (let j = rowStart[row]!; j < rowStart[row + 1]!; j += 1) canAdd[rowColumns[j]!] = 1;
      budget.left -= 2 * (rowStart[row + 1]! - rowStart[row]!);
    }
    changedAt[column] = step;
  };
  const add = (column: number) => {
    loss[column] = 0;
    chosen[column] = 1;
    count(column, 1);
    members.insert(column);
  };
  const remove = (column: number) => {
    chosen[column] = 0;
    members.delete(column);
    count(column, -1);
    canAdd[column] = 0;
  };
  /** The weight of the uncovered rows `column` would cover. */
  const gain = (column: number) => {
    let sum = 0;
    for (let i = columnStart[column]!; i < columnStart[column + 1]!; i += 1) if (coverCount[columnRows[i]!] === 0) sum += weight[columnRows[i]!]!;
    budget.left -= columnStart[column + 1]! - columnStart[column]!;
    return sum;
  };
  /** The least needed chosen column but `tabu`. */
  const leastNeeded = (tabu: number) => {
    budget.left -= 2 * Math.log2(members.size + 1);
    return members.firstBut(tabu);
  };

  for (let row = 0; row < chart.rows; row += 1) setUncovered(row, true);
  for (const column of start) add(column);
  let best = [...start];
  let tabu = -1;
  for (;;) {
    // A cover, whether the swap before completed it or not, is kept before anything stops the search.
    while (uncovered.length === 0 && members.size > 0) {
      if (members.size < best.length) best = members.items();
      remove(leastNeeded(-1));
      step += 1;
    }
    if (budget.left <= 0 || members.size === 0) break;
    // The column just added stays, unless it is the only one.
    const leaving = leastNeeded(tabu);
    remove(leaving >= 0 ? leaving : leastNeeded(-1));
    const row = uncovered[random(uncovered.length)]!;
    let entering = -1;
    let enteringGain = -1;
    for (let i = rowStart[row]!; i < rowStart[row + 1]!; i += 1) {
      const column = rowColumns[i]!;
      if (chosen[column] || !canAdd[column]) continue;
      const value = gain(column);
      if (value > enteringGain || (value === enteringGain && changedAt[column]! < changedAt[entering]!)) {
        entering = column;
        enteringGain = value;
      }
    }
    // Every column of the row was dropped and none of its neighbours has changed since: any will do.
    if (entering < 0) entering = rowColumns[rowStart[row]! + random(rowStart[row + 1]! - rowStart[row]!)]!;
    add(entering);
    tabu = entering;
    for (const stillUncovered of uncovered) weight[stillUncovered]! += 1;
    budget.left -= uncovered.length;
    step += 1;
  }
  return best.sort((a, b) => a - b);
}

/** Columns in a binary heap with their positions kept, so a column whose key changes moves in log time. */
class ColumnHeap {
  private readonly heap: Int32Array;
  private readonly at: Int32Array;
  size = 0;

  constructor(
    columns: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.heap = new Int32Array(columns);
    this.at = new Int32Array(columns).fill(-1);
  }

  insert(column: number): void {
    this.place(column, this.size);
    this.size += 1;
    this.up(this.at[column]!);
  }

  delete(column: number): void {
    const index = this.at[column]!;
    this.size -= 1;
    this.at[column] = -1;
    if (index === this.size) return;
    this.place(this.heap[this.size]!, index);
    this.update(this.heap[index]!);
  }

  /** Restores the order after `column`'s key changed; nothing for a column not in the heap. */
  update(column: number): void {
    if (this.at[column]! < 0) return;
    this.down(this.up(this.at[column]!));
  }

  /** The first column but `tabu`: the top, or the better of the top's children. */
  firstBut(tabu: number): number {
    if (this.heap[0] !== tabu) return this.heap[0]!;
    if (this.size < 3) return this.size < 2 ? -1 : this.heap[1]!;
    return this.before(this.heap[2]!, this.heap[1]!) ? this.heap[2]! : this.heap[1]!;
  }

  items(): number[] {
    return Array.from(this.heap.subarray(0, this.size));
  }

  private place(column: number, index: number): void {
    this.heap[index] = column;
    this.at[column] = index;
  }

  private up(index: number): number {
    const column = this.heap[index]!;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(column, this.heap[parent]!)) break;
      this.place(this.heap[parent]!, index);
      index = parent;
    }
    this.place(column, index);
    return index;
  }

  private down(index: number): void {
    const column = this.heap[index]!;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(this.heap[child + 1]!, this.heap[child]!)) child += 1;
      if (!this.before(this.heap[child]!, column)) break;
      this.place(this.heap[child]!, index);
      index = child;
    }
    this.place(column, index);
  }
}
