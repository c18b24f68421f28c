import { describe, expect, it } from 'vitest';
import { DatasetError, missingCases, validateDataset } from './index';

const variables = [
  { name: 'DEV', scale: 'raw' },
  { name: 'SURV', scale: 'membership' },
] as const;

function issuesOf(input: unknown) {
  try {
    validateDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues.map((issue) => ({ path: issue.path.join('/'), message: issue.message }));
  }
  throw new Error('expected the dataset to be rejected');
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset and keeps missing values as null', () => {
    const dataset = validateDataset({
      variables,
      cases: [
        { id: 'AU', values: { DEV: 720, SURV: 0.05 } },
        { id: 'BE', values: { DEV: null, SURV: 0.95 } },
      ],
    });
    expect(dataset.cases).toHaveLength(2);
    expect(missingCases(dataset, 'DEV')).toEqual(['BE']);
  });

  it('names every problem with its place: duplicates, range, undeclared and absent values', () => {
    const issues = issuesOf({
      variables: [...variables, { name: 'LEVEL', scale: 'levels' }],
      cases: [
        { id: 'AU', values: { DEV: 720, SURV: 1.2, LEVEL: 1 } },
        { id: 'AU', values: { DEV: 10, SURV: 0.5, LEVEL: 1.5, EXTRA: 3 } },
        { id: 'CZ', values: { SURV: 0.5, LEVEL: 2 } },
      ],
    });
    expect(issues).toEqual([
      { path: 'cases/0/values/SURV', message: 'membership 1.2 is outside [0, 1]' },
      { path: 'cases/1/id', message: 'duplicate case id "AU" (first at cases[0])' },
      { path: 'cases/1/values/LEVEL', message: 'level 1.5 is not a whole number ≥ 0' },
      { path: 'cases/1/values/EXTRA', message: '"EXTRA" is not a declared variable' },
      { path: 'cases/2/values/DEV', message: 'no value; write null for a missing value' },
    ]);
  });

  it('reports shape errors from the schema with their paths', () => {
    const issues = issuesOf({ variables: [{ name: '1bad', scale: 'raw' }], cases: [{ id: 'A', values: { x: 'high' } }] });
    expect(issues.map((issue) => issue.path)).toEqual(['variables/0/name', 'cases/0/values/x']);
  });

  it('rejects duplicate variable names', () => {
    const issues = issuesOf({ variables: [variables[0], variables[0]], cases: [] });
    expect(issues).toEqual([{ path: 'variables/1/name', message: 'duplicate variable "DEV" (first at variables[0])' }]);
  });

  it('puts the issue list into the error message for logs', () => {
    expect(() => validateDataset({ variables, cases: [{ id: 'A', values: { DEV: 1, SURV: 2 } }] })).toThrow(
      /cases\[0\]\.values\.SURV: membership 2 is outside \[0, 1\]/,
    );
  });
});
