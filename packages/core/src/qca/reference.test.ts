import { describe, expect, it } from 'vitest';
import type { ReferenceRequest, SolutionResult } from './reference';
import { runReferenceRequest } from './reference';

// Lipset's fuzzy data, as in QCA's `LF`: row 22 (DEV, LIT, STB present; URB, IND absent) holds FI and IE.
const data = [
  { case: 'FI', DEV: 0.58, URB: 0.03, LIT: 0.99, IND: 0.08, STB: 0.58, SURV: 0.77 },
  { case: 'IE', DEV: 0.72, URB: 0.05, LIT: 0.98, IND: 0.01, STB: 0.95, SURV: 0.92 },
  { case: 'BE', DEV: 0.99, URB: 0.89, LIT: 0.98, IND: 1, STB: 0.98, SURV: 0.95 },
  { case: 'GR', DEV: 0.04, URB: 0.09, LIT: 0.13, IND: 0.36, STB: 0.43, SURV: 0.06 },
];
const request: ReferenceRequest = { data, outcome: 'SURV', conditions: ['DEV', 'URB', 'LIT', 'IND', 'STB'], incl_cut: 0.8, solutions: ['conservative'] };

describe('runReferenceRequest overrides', () => {
  it('applies the analyst’s OUT to the row and minimizes with it', () => {
    const plain = runReferenceRequest(request) as { truth_table: { rows: { id: number; OUT: string }[] }; solutions: { conservative: SolutionResult } };
    const overridden = runReferenceRequest({ ...request, overrides: { 22: '0' } }) as typeof plain;
    expect(plain.truth_table.rows.find((row) => row.id === 22)?.OUT).toBe('1');
    expect(overridden.truth_table.rows.find((row) => row.id === 22)?.OUT).toBe('0');
    const cases = (result: typeof plain) => result.solutions.conservative.models.flatMap((model) => model.term_fit.map((fit) => fit.cases));
    expect(cases(plain).join(';')).toMatch(/FI|IE/);
    expect(cases(overridden).join(';')).not.toMatch(/FI|IE/);
  });
});


describe('runReferenceRequest all_sol', () => {
  it('says that all_sol is not applied instead of ignoring it silently', () => {
    const result = runReferenceRequest({ ...request, all_sol: true }) as { warnings?: Record<string, string[]> };
    expect(result.warnings?.minimize).toEqual(['all_sol is not supported yet: only the minimal models are listed.']);
    expect((runReferenceRequest(request) as { warnings?: Record<string, string[]> }).warnings?.minimize).toBeUndefined();
  });
});
