import { rowValues } from '../truth-table';
import { findImplicants, primesOfOnSet } from './implicants';
import type { MinimizeOptions, Solution } from './minimize';
import { solve } from './minimize';

/** A truth table given by its row ids: positive rows, negative rows, and remainders everywhere else. */
export interface RowProblem {
  noflevels: readonly number[];
  positive: readonly number[];
  negative: readonly number[];
}

/**
 * Minimizes a truth table given as row sets, without cases or fit: the parsimonious solution
 * treats unlisted rows as remainders, the conservative one uses the positive rows alone.
 */
export function minimizeRows(problem: RowProblem, kind: 'parsimonious' | 'conservative', options: MinimizeOptions = {}): Solution {
  const positiveIds = [...problem.positive].sort((a, b) => a - b);
  const positive = positiveIds.map((id) => rowValues(id, problem.noflevels));
  const chart = { positive, positiveIds };
  if (kind === 'conservative') return solve('conservative', primesOfOnSet(positive, problem.noflevels), chart, options, problem.noflevels);
  const negative = problem.negative.map((id) => rowValues(id, problem.noflevels));
  const { implicants } = findImplicants(positive, negative, problem.noflevels, { stopRule: options.implicantSearch ?? 'qca' });
  return solve('parsimonious', implicants, chart, options, problem.noflevels);
}
