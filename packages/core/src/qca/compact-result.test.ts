import { describe, expect, it } from 'vitest';
import { compactSolutions, expandModel } from './compact-result';
import type { CompactSolution } from './compact-result';
import type { SolutionResult } from './reference';
import { runReferenceRequest } from './reference';

/** A random fuzzy study from a fixed seed: few cases per row, so several models per solution. */
function randomStudy(cases: number, conditions: number) {
  let state = 11;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648), state / 2147483648);
  const names = Array.from({ length: conditions }, (_, j) => `C${j + 1}`);
  const data = Array.from({ length: cases }, (_, index) => ({ case: `case ${index + 1}`, ...Object.fromEntries([...names, 'Y'].map((name) => [name, Number(next().toFixed(2))])) }));
  // At 0.9 some rows are negative, so both solutions exist, each with several models.
  return { data, outcome: 'Y', conditions: names, incl_cut: 0.9, necessity: { enabled: false } };
}

describe('compact solutions', () => {
  it('give back every model exactly as the full result has it', () => {
    const result = runReferenceRequest(randomStudy(60, 6));
    const solutions = result.solutions as Record<string, SolutionResult>;
    const compact = compactSolutions(solutions) as Record<string, CompactSolution>;
    let models = 0;
    for (const kind of ['conservative', 'parsimonious']) {
      const full = solutions[kind]!;
      expect(compact[kind]!.models).toHaveLength(full.models.length);
      compact[kind]!.models.forEach((model, index) => expect(expandModel(compact[kind]!, model)).toEqual(full.models[index]));
      models += full.models.length;
    }
    expect(models).toBeGreaterThan(2);
  });

  it('leave a solution the engine could not give as it is', () => {
    const failure = { error: 'None of the values in OUT is explained. Please check the truth table.', code: 'no-positive-rows' };
    expect(compactSolutions({ conservative: failure })).toEqual({ conservative: failure });
  });
});
