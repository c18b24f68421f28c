import { describe, expect, it } from 'vitest';
import { QcaError } from './errors';
import { formatTerm, parseExpression } from './terms';

const conditions = ['DEV', 'URB', 'LIT'];

describe('Boolean expressions', () => {
  it('reads the field notation: tilde, lower case for negation, multi-value levels', () => {
    expect(parseExpression('DEV*~URB + LIT', conditions, [2, 2, 2])).toEqual([
      [1, 0, -1],
      [-1, -1, 1],
    ]);
    expect(parseExpression('dev*URB', conditions, [2, 2, 2])).toEqual([[0, 1, -1]]);
    expect(parseExpression('DEV[2]*URB{0}', conditions, [3, 2, 2])).toEqual([[2, 0, -1]]);
  });

  it('prints terms as QCA does, brackets for every literal in multi-value designs', () => {
    expect(formatTerm({ conditions, multiValue: false }, [1, 0, -1])).toBe('DEV*~URB');
    expect(formatTerm({ conditions, multiValue: true }, [2, 0, -1])).toBe('DEV[2]*URB[0]');
  });

  it('names what is wrong and where', () => {
    expect(() => parseExpression('DEV*GDP', conditions, [2, 2, 2])).toThrow(QcaError);
    expect(() => parseExpression('DEV*GDP', conditions, [2, 2, 2])).toThrow(/"GDP" in term 1 is not a condition; the conditions are DEV, URB, LIT/);
    expect(() => parseExpression('DEV + URB*gdp', conditions, [2, 2, 2])).toThrow(expect.objectContaining({ said: { key: 'issue.notACondition', values: { term: 2, factor: 'gdp', name: 'gdp', conditions: 'DEV, URB, LIT' } }, issues: [expect.objectContaining({ path: ['term 2', 'gdp'] })] }));
    expect(() => parseExpression('DEV*~DEV', conditions, [2, 2, 2])).toThrow(/asks for two levels of DEV/);
    expect(() => parseExpression('DEV[3]', conditions, [3, 2, 2])).toThrow(/DEV has levels 0 to 2/);
    expect(() => parseExpression('DEV', conditions, [3, 2, 2])).toThrow(/DEV is multi-value; name a level/);
    expect(() => parseExpression('  ', conditions, [2, 2, 2])).toThrow(/empty/);
  });
});
