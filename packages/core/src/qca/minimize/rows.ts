import { rowValues } from '../truth-table';
import { byTransversals, findImplicants, findImplicantsOfCodes, isBitCoded, primesOfOnSet } from './implicants';
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
  const { noflevels } = problem;
  const positiveIds = [...problem.positive].sort((a, b) => a - b);
  const positive = () => positiveIds.map((id) => rowValues(id, noflevels));
  if (kind === 'conservative') return solve('conservative', primesOfOnSet(positive(), noflevels), positiveIds, options, noflevels);
  const stopRule = options.implicantSearch ?? 'qca';
  // Crisp rows are their ids minus one in bits: no need to spell them out, unless the search goes by rows.
  const { implicants } = isBitCoded(noflevels) && !byTransversals(positiveIds.length + problem.negative.length, noflevels.length)
    ? findImplicantsOfCodes(Int32Array.from(positiveIds, (id) => id - 1), Int32Array.from(problem.negative, (id) => id - 1), noflevels.length, { stopRule })
    : findImplicants(positive(), problem.negative.map((id) => rowValues(id, noflevels)), noflevels, { stopRule });
  return solve('parsimonious', implicants, positiveIds, options, noflevels);
}
