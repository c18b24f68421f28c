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

describe('directional expectations QCA refuses', () => {
  const read = (name: string) => JSON.parse(readFileSync(`${fixturesDir()}qca/cases/${name}`, 'utf8'));
  const lf = read('LF-surv.request.json') as ReferenceRequest;
  const expected = read('LF-surv.result.json').solutions as Record<string, unknown>;
  type Solutions = Record<string, { error?: string; code?: string }>;

  it('refuses a condition expected both present and absent, naming both, and keeps the other solutions as R gives them', () => {
    const result = runReferenceRequest({ ...lf, dir_exp: ['DEV', 'URB', '~URB'], compat: 'qca' }) as { solutions: Solutions };
    expect(result.solutions.intermediate).toEqual({ code: 'bad-expectation', error: expect.stringContaining('"URB" and "~URB" cancel out') });
    for (const kind of ['conservative', 'parsimonious']) expect(differences(expected[kind], result.solutions[kind]), kind).toEqual([]);
  });

  it('refuses a name without its level in multi-value data, as ambiguous', () => {
    // DEV has three levels; URB two. Rows: DEV 2 with URB positive, DEV 0 negative.
    const data = [
      { case: 'a', DEV: 2, URB: 1, Y: 1 },
      { case: 'b', DEV: 2, URB: 0, Y: 1 },
      { case: 'c', DEV: 0, URB: 0, Y: 0 },
      { case: 'd', DEV: 1, URB: 1, Y: 0 },
    ];
    const result = runReferenceRequest({ data, outcome: 'Y', conditions: ['DEV', 'URB'], dir_exp: ['URB'] }) as { solutions: Solutions };
    expect(result.solutions.intermediate).toEqual({ code: 'bad-expectation', error: expect.stringContaining('"URB" names no level') });
    expect(result.solutions.conservative).toHaveProperty('models');
  });
});

describe('directional expectations of several levels', () => {
  // D has three levels, B two. D=2,B=1 is positive; D=0,B=0 and D=2,B=0 negative; the remainders
  // 0,1 and 1,1 let the parsimonious solution be B[1], against the conservative D[2]*B[1]. Whether D can
  // be dropped from D[2]*B[1] (so the intermediate solution is B[1]) depends on whether level 2 of D is
  // expected: dropping it assumes D at 0 or 1 would do as well.
  const data = [
    { case: 'a', D: 2, B: 1, Y: 1 },
    { case: 'b', D: 0, B: 0, Y: 0 },
    { case: 'c', D: 2, B: 0, Y: 0 },
  ];
  const intermediate = (dir_exp: string[] | string) => {
    const result = runReferenceRequest({ data, outcome: 'Y', conditions: ['D', 'B'], dir_exp }) as { solutions: { intermediate: { models: { expression: string }[] }[] } };
    return result.solutions.intermediate.map((solution) => solution.models.map((model) => model.expression));
  };

  it('keeps a level the expectation names among several, and drops one it does not name', () => {
    expect(intermediate(['D[1,2]'])).toEqual([['D[2]*B[1]']]);
    expect(intermediate('D[1,2], B[1]')).toEqual([['D[2]*B[1]']]);
    expect(intermediate(['D[0,1]'])).toEqual([['B[1]']]);
    expect(intermediate(['D[1]'])).toEqual([['B[1]']]);
  });

  it('reads D[1,2] as D[1] and D[2] listed apart when it stands alone, and D{1,2} as D[1,2]', () => {
    expect(intermediate(['D[1]', 'D[2]'])).toEqual(intermediate(['D[1,2]']));
    expect(intermediate('D{1,2}, B{1}')).toEqual(intermediate('D[1,2], B[1]'));
  });

  it('refuses a conjunction that asks for two levels of one condition in two literals', () => {
    const result = runReferenceRequest({ data, outcome: 'Y', conditions: ['D', 'B'], dir_exp: ['D[1]*D[2]*B[1]'] }) as { solutions: Record<string, { code?: string; error?: string }> };
    expect(result.solutions.intermediate).toEqual({ code: 'bad-expectation', error: expect.stringContaining('asks for two levels of D') });
    expect(result.solutions.parsimonious).toHaveProperty('models');
  });

  it('takes a conjunction with several levels as one expectation the term can agree with', () => {
    // D[2]*B[1] agrees with D[1,2]*B[1], so nothing is dropped.
    expect(intermediate(['D[1,2]*B[1]'])).toEqual([['D[2]*B[1]']]);
    expect(intermediate(['D[0,1]*B[1]'])).toEqual([['B[1]']]);
  });
});
