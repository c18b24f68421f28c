import { readFileSync } from 'node:fs';
import type { ReferenceRequest } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { describe, expect, it } from 'vitest';
import { differences } from '../support/compare.ts';
import { fixturesDir } from '../support/fixtures.ts';

describe('any subset of the solutions', () => {
  const read = (name: string) => JSON.parse(readFileSync(`${fixturesDir()}qca/cases/${name}`, 'utf8'));
  const lf = read('LF-surv.request.json') as ReferenceRequest;
  const expected = read('LF-surv.result.json').solutions as Record<string, unknown>;

  it('gives the intermediate solution alone as R\'s QCA gives it with the others, and nothing else', () => {
    const result = runReferenceRequest({ ...lf, solutions: ['intermediate'], compat: 'qca' }) as { solutions: Record<string, unknown>; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.solutions)).toEqual(['intermediate']);
    expect(differences(expected.intermediate, result.solutions.intermediate)).toEqual([]);
  });

  it('gives each pair of solutions as it gives them all', () => {
    const all = runReferenceRequest({ ...lf, compat: 'qca' }) as { solutions: Record<string, unknown> };
    for (const pair of [['conservative', 'intermediate'], ['parsimonious', 'intermediate'], ['conservative', 'parsimonious']] as const) {
      const result = runReferenceRequest({ ...lf, solutions: [...pair], compat: 'qca' }) as { solutions: Record<string, unknown> };
      for (const kind of pair) expect(result.solutions[kind], kind).toEqual(all.solutions[kind]);
    }
  });
});
