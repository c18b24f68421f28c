import { readFileSync } from 'node:fs';
import { minimizeRows } from '@wayfinder/core/qca/minimize-rows';
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
});
