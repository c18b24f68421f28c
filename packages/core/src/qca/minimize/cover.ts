import { QcaError } from '../errors';

/**
 * The prime-implicant chart as covering problem: `columns[i]` lists the rows implicant i covers.
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
  /** Exact count of minimum covers when it was computed to the end (not truncated). */
  count: number;
}

interface Search {
  candidates: Int32Array[];
  size: number;
}

function prepare(problem: CoverProblem): Search {
  const byRow: number[][] = Array.from({ length: problem.rows }, () => []);
  problem.columns.forEach((rows, column) => {
    for (const row of rows) byRow[row]!.push(column);
  });
  const uncoverable = byRow.findIndex((list) => list.length === 0);
  if (uncoverable >= 0) throw new QcaError('qca/minimize', `Row ${uncoverable + 1} of the chart is covered by no implicant.`);
  return { candidates: byRow.map((list) => Int32Array.from(list)), size: 0 };
}

/**
 * Depth-first search over ascending implicant indices: `visit` is called with every cover of
 * exactly `k` implicants in lexicographic order; it returns false to stop.
 */
function searchCovers(problem: CoverProblem, candidates: Int32Array[], k: number, visit: (chosen: number[]) => boolean): void {
  const rows = problem.rows;
  const coverCount = new Int32Array(rows);
  const chosen: number[] = [];
  let uncovered = rows;
  // Largest column index covering each row: a row whose last candidate precedes the next pick is lost.
  const lastCandidate = candidates.map((list) => list[list.length - 1]!);
  let stop = false;

  const add = (column: number, delta: number) => {
    for (const row of problem.columns[column]!) {
      const before = coverCount[row]!;
      coverCount[row] = before + delta;
      if (delta > 0 && before === 0) uncovered -= 1;
      if (delta < 0 && before === 1) uncovered += 1;
    }
  };

  const recurse = (start: number, left: number) => {
    if (stop) return;
    if (uncovered === 0) {
      if (left === 0 && !visit(chosen)) stop = true;
      if (left === 0) return;
    }
    if (left === 0) return;
    // The first uncovered row must be covered by some later pick, else this branch is dead.
    let pivot = -1;
    for (let row = 0; row < rows; row += 1) {
      if (coverCount[row] === 0) {
        if (lastCandidate[row]! < start) return;
        if (pivot < 0) pivot = row;
      }
    }
    if (pivot < 0) {
      // Everything is covered but picks remain: any further columns make a redundant cover of size k.
      // Such covers are not minimal; with k equal to the minimum this branch cannot occur.
      return;
    }
    const maxStart = problem.columns.length - left;
    for (let column = start; column <= maxStart && !stop; column += 1) {
      // Columns skipped here that cover the pivot row would have to be chosen later; ascending order
      // forbids that, so once past the pivot's last candidate the branch ends (checked above).
      chosen.push(column);
      add(column, 1);
      recurse(column + 1, left - 1);
      add(column, -1);
      chosen.pop();
      if (lastCandidate[pivot]! <= column) break;
    }
  };
  recurse(0, k);
}

/**
 * Size of a minimum cover: branch and bound, always branching on the uncovered row with the fewest
 * candidates, pruned by a counting lower bound.
 */
export function minimumCoverSize(problem: CoverProblem): number {
  if (problem.rows === 0) return 0;
  const { candidates } = prepare(problem);
  const rows = problem.rows;
  const coverCount = new Int32Array(rows);
  const widest = Math.max(...problem.columns.map((column) => column.length));
  let best = problem.columns.length + 1;
  let uncovered = rows;
  const add = (column: number, delta: number) => {
    for (const row of problem.columns[column]!) {
      const before = coverCount[row]!;
      coverCount[row] = before + delta;
      if (delta > 0 && before === 0) uncovered -= 1;
      if (delta < 0 && before === 1) uncovered += 1;
    }
  };
  const recurse = (depth: number) => {
    if (uncovered === 0) {
      if (depth < best) best = depth;
      return;
    }
    if (depth + Math.ceil(uncovered / widest) >= best) return;
    let pivot = -1;
    for (let row = 0; row < rows; row += 1) {
      if (coverCount[row] === 0 && (pivot < 0 || candidates[row]!.length < candidates[pivot]!.length)) pivot = row;
    }
    for (const column of candidates[pivot]!) {
      add(column, 1);
      recurse(depth + 1);
      add(column, -1);
    }
  };
  recurse(0);
  return best;
}

export function enumerateMinimumCovers(problem: CoverProblem, cap = 10_000): CoverEnumeration {
  if (problem.rows === 0) return { size: 0, models: [[]], truncated: false, count: 1 };
  const { candidates } = prepare(problem);
  const size = minimumCoverSize(problem);
  const models: number[][] = [];
  let count = 0;
  let truncated = false;
  searchCovers(problem, candidates, size, (chosen) => {
    count += 1;
    if (models.length < cap) {
      models.push([...chosen]);
      return true;
    }
    truncated = true;
    return false;
  });
  return { size, models, truncated, count: truncated ? models.length : count };
}
