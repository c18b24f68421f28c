import { readFileSync } from 'node:fs';
import { minimizeRows } from '@wayfinder/core/qca/minimize-rows';
import type { SolutionResult } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures.ts';

/** The parsimonious solution of a benchmark problem of uniform30: 30% positive rows, 30% negative, the rest remainders. */
function solve(name: string) {
  const problem = JSON.parse(readFileSync(`${fixturesDir()}qca/bench/${name}.json`, 'utf8')) as { conditions: string[]; positive: number[]; negative: number[] };
  return { problem, solution: minimizeRows({ noflevels: problem.conditions.map(() => 2), positive: problem.positive, negative: problem.negative }, 'parsimonious', { modelCap: 1 }) };
}

/** Every positive row covered, and no term that could be dropped. */
function expectIrredundantCover(problem: { positive: number[] }, solution: ReturnType<typeof minimizeRows>) {
  const rowsOf = solution.models[0]!.terms.map((term) => new Set(solution.implicantRows[term]));
  for (const row of problem.positive) expect(rowsOf.some((rows) => rows.has(row))).toBe(true);
  rowsOf.forEach((rows, index) => {
    const others = rowsOf.filter((_, other) => other !== index);
    expect([...rows].some((row) => !others.some((set) => set.has(row)))).toBe(true);
  });
}

describe('dense charts', () => {
  it('proves the minimum of 307 positive rows of 10 conditions: 88 implicants, as the MIP solver HiGHS proves it', () => {
    // bench:qca-mip gives this chart of 907 primes to HiGHS, which proves 88 optimal.
    const { problem, solution } = solve('uniform30-k10');
    expect(solution).toMatchObject({ provenMinimal: true, sizeLowerBound: 88 });
    expect(solution.models[0]!.terms).toHaveLength(88);
    expectIrredundantCover(problem, solution);
  });

  it('gives a chart it cannot prove minimal a model no smaller than the proven bound, and a bound below what HiGHS finds', () => {
    // 1,229 positive rows of 12 conditions, 5,176 primes: HiGHS finds a cover of 300 in ten minutes
    // without proving it minimal, so no valid bound exceeds 300.
    const { problem, solution } = solve('uniform30-k12');
    expect(solution.provenMinimal).toBe(false);
    expectIrredundantCover(problem, solution);
    expect(solution.models[0]!.terms.length).toBeGreaterThan(solution.sizeLowerBound);
    expect(solution.sizeLowerBound).toBeLessThanOrEqual(300);
  });

  it('says in the result, as numbers, how far the model may be from the minimum', () => {
    const problem = JSON.parse(readFileSync(`${fixturesDir()}qca/bench/uniform30-k12.json`, 'utf8')) as { conditions: string[]; positive: number[]; negative: number[] };
    const k = problem.conditions.length;
    // A row id is one more than its bits, the first condition the highest.
    const caseOf = (row: number, out: number) => Object.fromEntries([['case', `r${row}`], ...problem.conditions.map((name, j) => [name, ((row - 1) >> (k - 1 - j)) & 1]), ['OUT', out]]);
    const result = runReferenceRequest({
      data: [...problem.positive.map((row) => caseOf(row, 1)), ...problem.negative.map((row) => caseOf(row, 0))],
      outcome: 'OUT',
      conditions: problem.conditions,
      solutions: ['parsimonious'],
      necessity: { enabled: false },
    }) as { solutions: { parsimonious: SolutionResult } };
    const terms = result.solutions.parsimonious.models[0]!.terms.length;
    const { lower_bound: bound } = result.solutions.parsimonious.minimal_size_not_proven!;
    expect(result.solutions.parsimonious.minimal_size_not_proven).toEqual({ model_terms: terms, lower_bound: bound });
    // As above: no valid bound exceeds HiGHS's cover of 300.
    expect(bound).toBeLessThan(terms);
    expect(bound).toBeLessThanOrEqual(300);
  });
});
