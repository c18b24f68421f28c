import { readFileSync } from 'node:fs';
import { minimizeRows } from '@wayfinder/core/qca/minimize-rows';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures.ts';

describe('a dense chart the search cannot prove minimal', () => {
  // 307 positive and 307 negative rows of 10 conditions, the rest remainders: 907 primes whose
  // minimum cover the search cannot settle within its budget.
  const problem = JSON.parse(readFileSync(`${fixturesDir()}qca/bench/uniform30-k10.json`, 'utf8')) as { conditions: string[]; positive: number[]; negative: number[] };
  const solution = minimizeRows({ noflevels: problem.conditions.map(() => 2), positive: problem.positive, negative: problem.negative }, 'parsimonious');

  it('gives one model that covers every positive row, none of whose terms can be dropped, no smaller than the proven bound', () => {
    expect(solution.provenMinimal).toBe(false);
    const terms = solution.models[0]!.terms;
    const rowsOf = terms.map((term) => new Set(solution.implicantRows[term]));
    for (const row of problem.positive) expect(rowsOf.some((rows) => rows.has(row))).toBe(true);
    rowsOf.forEach((rows, index) => {
      const others = rowsOf.filter((_, other) => other !== index);
      expect([...rows].some((row) => !others.some((set) => set.has(row)))).toBe(true);
    });
    expect(terms.length).toBeGreaterThanOrEqual(solution.sizeLowerBound);
  });
});
