import { QcaError } from '../errors';

/**
 * The prime-implicant chart as a covering problem: `columns[i]` lists the rows implicant i covers.
 * Models are the covers with the fewest implicants, visited in lexicographic order of implicant
 * indices (QCA's order), streamed and capped so that an exploding ambiguity never exhausts memory.
 */
export interface CoverProblem {
  rows: number;
  columns: readonly (readonly number[])[];
}

export interface CoverEnumeration {
  /** Size of a minimum cover (0 when nothing needs covering). */
  size: number;
  /** Covers of that size, each as ascending implicant indices, in lexicographic order, up to the cap. */
  models: number[][];
  /** True when the cap cut the enumeration short: more models exist than were returned. */
  truncated: boolean;
  /** Number of minimum covers: exact when not truncated, else the number returned. */
  count: number;
}

/** Mutable search state shared by the bound, the minimum search and the enumeration. */
class CoverState {
  readonly candidates: Int32Array[];
  readonly coverCount: Int32Array;
  uncovered: number;
  private readonly usedStamp: Int32Array;
  private stamp = 0;
  private readonly rowOrder: Int32Array;

  constructor(readonly problem: CoverProblem) {
    const byRow: number[][] = Array.from({ length: problem.rows }, () => []);
    problem.columns.forEach((rows, column) => {
      for (const row of rows) byRow[row]!.push(column);
    });
    const uncoverable = byRow.findIndex((list) => list.length === 0);
    if (uncoverable >= 0) throw new QcaError('qca/minimize', `Row ${uncoverable + 1} of the chart is covered by no implicant.`);
    this.candidates = byRow.map((list) => Int32Array.from(list));
    this.coverCount = new Int32Array(problem.rows);
    this.uncovered = problem.rows;
    this.usedStamp = new Int32Array(problem.columns.length);
    // Rows with few candidates first: they make the independent-row bound tight.
    this.rowOrder = Int32Array.from(byRow.map((_, row) => row).sort((a, b) => byRow[a]!.length - byRow[b]!.length));
  }

  add(column: number, delta: 1 | -1): void {
    for (const row of this.problem.columns[column]!) {
      const before = this.coverCount[row]!;
      this.coverCount[row] = before + delta;
      if (delta > 0 && before === 0) this.uncovered -= 1;
      if (delta < 0 && before === 1) this.uncovered += 1;
    }
  }

  newRows(column: number): number {
    let count = 0;
    for (const row of this.problem.columns[column]!) if (this.coverCount[row] === 0) count += 1;
    return count;
  }

  /**
   * Uncovered rows that share no candidate each need their own implicant: a lower bound. Only
   * candidates from `start` on count, the earlier ones having been passed over.
   */
  lowerBound(start = 0): number {
    this.stamp += 1;
    let bound = 0;
    for (const row of this.rowOrder) {
      if (this.coverCount[row] !== 0) continue;
      const list = this.candidates[row]!;
      let free = true;
      for (let i = list.length - 1; i >= 0 && list[i]! >= start && free; i -= 1) if (this.usedStamp[list[i]!] === this.stamp) free = false;
      if (!free) continue;
      bound += 1;
      for (let i = list.length - 1; i >= 0 && list[i]! >= start; i -= 1) this.usedStamp[list[i]!] = this.stamp;
    }
    return bound;
  }

  /** The uncovered row with the fewest candidates, or −1. */
  pivot(): number {
    let best = -1;
    for (const row of this.rowOrder) {
      if (this.coverCount[row] === 0) {
        best = row;
        break;
      }
    }
    return best;
  }
}

function greedyCoverSize(problem: CoverProblem): number {
  const state = new CoverState(problem);
  let size = 0;
  while (state.uncovered > 0) {
    let best = -1;
    let bestGain = 0;
    for (let column = 0; column < problem.columns.length; column += 1) {
      const gain = state.newRows(column);
      if (gain > bestGain) {
        best = column;
        bestGain = gain;
      }
    }
    state.add(best, 1);
    size += 1;
  }
  return size;
}

/**
 * Reduces a chart: implicants that alone cover some row are taken (they are in every minimum
 * cover), and a row whose candidates include all of another row's candidates is dropped (it is
 * covered whenever that row is). Both keep every minimum cover. `dropDominatedColumns` also drops
 * implicants whose rows another implicant covers too: that can remove alternative models, never
 * the minimum size. Surviving columns keep their original order, so adding the taken indices back
 * to a cover of the core keeps the lexicographic order of models.
 */
function cyclicCore(problem: CoverProblem, dropDominatedColumns: boolean): { core: CoverProblem; taken: number[]; columnMap: number[] } {
  const rowsOf = problem.columns.map((rows) => new Set(rows));
  const colsOf: Set<number>[] = Array.from({ length: problem.rows }, () => new Set());
  problem.columns.forEach((rows, column) => rows.forEach((row) => colsOf[row]!.add(column)));
  const liveRows = new Set(colsOf.map((_, row) => row));
  const liveCols = new Set(problem.columns.map((_, column) => column));
  const taken: number[] = [];
  const removeColumn = (column: number) => {
    liveCols.delete(column);
    for (const row of rowsOf[column]!) colsOf[row]!.delete(column);
  };
  const removeRow = (row: number) => {
    liveRows.delete(row);
    for (const column of colsOf[row]!) rowsOf[column]!.delete(row);
  };
  const subset = (a: Set<number>, b: Set<number>) => a.size <= b.size && [...a].every((item) => b.has(item));
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of [...liveRows]) {
      if (!liveRows.has(row) || colsOf[row]!.size !== 1) continue;
      const [column] = colsOf[row]!;
      taken.push(column!);
      for (const covered of [...rowsOf[column!]!]) removeRow(covered);
      removeColumn(column!);
      changed = true;
    }
    const rows = [...liveRows].sort((a, b) => colsOf[a]!.size - colsOf[b]!.size);
    for (let i = 0; i < rows.length; i += 1) {
      if (!liveRows.has(rows[i]!)) continue;
      for (let j = i + 1; j < rows.length; j += 1) {
        if (liveRows.has(rows[j]!) && subset(colsOf[rows[i]!]!, colsOf[rows[j]!]!)) {
          removeRow(rows[j]!);
          changed = true;
        }
      }
    }
    if (!dropDominatedColumns) continue;
    const cols = [...liveCols].sort((a, b) => rowsOf[b]!.size - rowsOf[a]!.size || a - b);
    for (let i = 0; i < cols.length; i += 1) {
      if (!liveCols.has(cols[i]!)) continue;
      for (let j = i + 1; j < cols.length; j += 1) {
        if (liveCols.has(cols[j]!) && subset(rowsOf[cols[j]!]!, rowsOf[cols[i]!]!)) {
          removeColumn(cols[j]!);
          changed = true;
        }
      }
    }
  }
  const rowIndex = new Map([...liveRows].map((row, index) => [row, index]));
  const columnMap = [...liveCols].filter((column) => rowsOf[column]!.size > 0);
  const columns = columnMap.map((column) => [...rowsOf[column]!].map((row) => rowIndex.get(row)!));
  return { core: { rows: liveRows.size, columns }, taken: taken.sort((a, b) => a - b), columnMap };
}

/** Size of a minimum cover: the cyclic core's size found by branch and bound, plus what the reductions took. */
export function minimumCoverSize(problem: CoverProblem): number {
  if (problem.rows === 0) return 0;
  new CoverState(problem); // refuses uncoverable rows with a typed error
  const { core, taken } = cyclicCore(problem, true);
  if (core.rows === 0) return taken.length;
  const state = new CoverState(core);
  let best = greedyCoverSize(core);
  const recurse = (depth: number) => {
    if (state.uncovered === 0) {
      if (depth < best) best = depth;
      return;
    }
    if (depth + state.lowerBound() >= best) return;
    const pivot = state.pivot();
    const options = [...state.candidates[pivot]!].sort((a, b) => state.newRows(b) - state.newRows(a));
    for (const column of options) {
      state.add(column, 1);
      recurse(depth + 1);
      state.add(column, -1);
      if (depth + 1 >= best) return;
    }
  };
  recurse(0);
  return taken.length + best;
}

/**
 * Calls `visit` with every cover of exactly `size` implicants (`size` being the minimum) in
 * lexicographic order; `visit` returns false to stop. In a minimum cover every implicant covers a
 * row none before it does, which prunes most branches.
 */
function visitMinimumCovers(problem: CoverProblem, size: number, visit: (chosen: readonly number[]) => boolean): void {
  const state = new CoverState(problem);
  const lastCandidate = state.candidates.map((list) => list[list.length - 1]!);
  const chosen: number[] = [];
  let stop = false;
  const recurse = (start: number, left: number) => {
    if (state.uncovered === 0) {
      if (left === 0 && !visit(chosen)) stop = true;
      return;
    }
    if (left === 0 || state.lowerBound(start) > left) return;
    let limit = problem.columns.length - left;
    for (let row = 0; row < problem.rows; row += 1) {
      if (state.coverCount[row] === 0) {
        if (lastCandidate[row]! < start) return;
        if (lastCandidate[row]! < limit) limit = lastCandidate[row]!;
      }
    }
    for (let column = start; column <= limit && !stop; column += 1) {
      if (state.newRows(column) === 0) continue;
      chosen.push(column);
      state.add(column, 1);
      recurse(column + 1, left - 1);
      state.add(column, -1);
      chosen.pop();
    }
  };
  recurse(0, size);
}

export function enumerateMinimumCovers(problem: CoverProblem, cap = 10_000): CoverEnumeration {
  if (problem.rows === 0) return { size: 0, models: [[]], truncated: false, count: 1 };
  new CoverState(problem); // refuses uncoverable rows with a typed error
  const { core: reduced, taken: essential, columnMap } = cyclicCore(problem, false);
  const size = minimumCoverSize(reduced);
  const models: number[][] = [];
  let truncated = false;
  const emit = (chosen: readonly number[]) => [...essential, ...chosen.map((column) => columnMap[column]!)].sort((a, b) => a - b);
  if (reduced.rows === 0) {
    models.push(emit([]));
  } else {
    visitMinimumCovers(reduced, size, (chosen) => {
      if (models.length < cap) {
        models.push(emit(chosen));
        return true;
      }
      truncated = true;
      return false;
    });
  }
  return { size: size + essential.length, models, truncated, count: models.length };
}
