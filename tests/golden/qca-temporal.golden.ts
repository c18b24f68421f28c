import { readFileSync } from 'node:fs';
import type { ReferenceRequest } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { describe, expect, it } from 'vitest';
import { differences } from '../support/compare.ts';

// A hand-worked temporal-QCA case (its derivation is in the expected file): no R runs here.
const read = (file: string) => JSON.parse(readFileSync(new URL(`./temporal/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const request = read('sequence.request.json') as unknown as ReferenceRequest;
const { derivation: _derivation, ...expected } = read('sequence.expected.json');

interface Solutions {
  parsimonious: { prime_implicants: string[]; models: { expression: string }[] };
  notes?: string[];
}
const solutionsOf = (result: unknown) => (result as { solutions: Solutions }).solutions;

describe('temporal QCA: "don\'t care" values, as QCA 3.25 reads them', () => {
  it('with compat "qca", the truth table, both solutions, their order and fit equal the hand-worked result', () => {
    const actual = runReferenceRequest({ ...request, compat: 'qca' });
    expect(differences(expected, actual)).toEqual([]);
    expect(solutionsOf(actual).notes?.join(' ')).toMatch(/leave out a "don't care" literal and then hold negative rows/);
  });

  it('by default leaves out the implicant that holds a negative row once its "don\'t care" is dropped', () => {
    const { parsimonious, notes } = solutionsOf(runReferenceRequest(request));
    expect(parsimonious.prime_implicants).toEqual(['S', 'A*~U']);
    expect(parsimonious.models.map((model) => model.expression)).toEqual(['S + A*~U']);
    expect(notes).toBeUndefined();
  });

  it('reads "dc" as "-", and refuses the two codes mixed, naming the data', () => {
    const data = request.data.map((row) => ({ ...row, S: row.S === '-' ? 'dc' : (row.S ?? null) }));
    expect(differences(expected.truth_table, (runReferenceRequest({ ...request, data, compat: 'qca' }) as { truth_table: unknown }).truth_table)).toEqual([]);
    const mixed = data.map((row, index) => (index === 4 ? { ...row, S: '-' } : row));
    const refused = runReferenceRequest({ ...request, data: mixed }) as { errors?: { truthTable?: { code: string; message: string } } };
    expect(refused.errors?.truthTable?.code).toBe('qca/data');
    expect(refused.errors?.truthTable?.message).toMatch(/both as "dc" and as "-"[\s\S]*data\[4\]\.S: "-"/);
  });

  it('lists as assumptions the rows QCA lists (2, 4, 5, 6, and 7 for M2, numbered by literal levels), in the truth table\'s numbering, no row with a "don\'t care" among them', () => {
    const result = runReferenceRequest({ ...request, compat: 'qca' }) as { solutions: { parsimonious: { simplifying_assumptions: Record<string, number[]> } } };
    expect(result.solutions.parsimonious.simplifying_assumptions).toEqual({ M1: [2, 5, 7, 8], M2: [2, 5, 7, 8, 10] });
  });

  it('gives the intermediate solution as QCA works it out: the positive rows\' cubes merged with the easy counterfactuals', () => {
    // Expecting S: the conservative A*~U (S free) and the parsimonious A*~U keep rows 7 and 8, inside
    // A*~U, as easy; 8, (1,0,1), merges with A*U*S into A*S. Rows 2 and 5, under S alone, stay difficult.
    const solutions = solutionsOf(runReferenceRequest({ ...request, dir_exp: ['S'] })) as unknown as { intermediate: { id: string; models: { expression: string }[]; easy_counterfactuals: number[]; difficult_counterfactuals: number[] }[] };
    expect(solutions.intermediate.map((solution) => [solution.id, solution.models.map((model) => model.expression), solution.easy_counterfactuals, solution.difficult_counterfactuals])).toEqual([['C1P1', ['A*~U + A*S'], [7, 8], [2, 5]]]);
  });
});
