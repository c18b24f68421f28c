import { readFileSync } from 'node:fs';
import type { ReferenceRequest } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures.ts';

const lf = JSON.parse(readFileSync(`${fixturesDir()}qca/cases/LF-surv.request.json`, 'utf8')) as ReferenceRequest;

interface Intermediate {
  easy_counterfactuals: number[];
}
const easy = (request: ReferenceRequest) => {
  const result = runReferenceRequest(request) as { solutions: { intermediate: Intermediate[]; notes?: string[] } };
  return { rows: result.solutions.intermediate.flatMap((solution) => solution.easy_counterfactuals), notes: result.solutions.notes ?? [] };
};

describe('conjunctural directional expectations next to simple ones (LF, ~IND plus DEV*STB)', () => {
  const both = ['~IND', 'DEV*STB'];
  const qca = easy({ ...lf, dir_exp: both, compat: 'qca' });
  const corrected = easy({ ...lf, dir_exp: both, compat: 'corrected' });
  const simpleOnly = easy({ ...lf, dir_exp: ['~IND'] });
  const conjunctionalOnly = easy({ ...lf, dir_exp: ['DEV*STB'] });

  it('compat "qca" reproduces QCA: only the conjunctural expectation reduces, and it says so', () => {
    expect(qca.rows).toEqual(conjunctionalOnly.rows);
    expect(qca.notes.join(' ')).toMatch(/simple directional expectations were dropped/);
  });

  it('the corrected default applies both: its easy counterfactuals include those of each expectation alone', () => {
    for (const row of [...simpleOnly.rows, ...conjunctionalOnly.rows]) expect(corrected.rows).toContain(row);
    expect(corrected.notes.join(' ')).toMatch(/use compat "qca" to reproduce it/);
  });
});
