import { describe, expect, it } from 'vitest';
import { readMeasurePoints } from './measure-values';

describe('values of a measure from a file or a spreadsheet', () => {
  it('reads a CSV with a header in any order, months as their first day', () => {
    expect(readMeasurePoints('Group,Date,N,Value\nEnglish learners,2026-01,40,12\n,2026-02-01,300,160\n')).toEqual({
      ok: true,
      value: [
        { period: '2026-01-01', value: 12, denominator: 40, group: 'English learners' },
        { period: '2026-02-01', value: 160, denominator: 300, group: '' },
      ],
    });
  });

  it('reads cells pasted from a spreadsheet, tab-separated, without a header', () => {
    expect(readMeasurePoints('2026-01-01\t12\t40\n2026-02-01\t14\n')).toEqual({
      ok: true,
      value: [
        { period: '2026-01-01', value: 12, denominator: 40, group: '' },
        { period: '2026-02-01', value: 14, denominator: null, group: '' },
      ],
    });
  });

  it('names every bad cell with its row and column, and returns nothing', () => {
    const result = readMeasurePoints('period,value,denominator\n2026-02-30,3,10\n2026-03-01,many,0\n2026-04-01,,\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues.map((issue) => [issue.path.join(' '), issue.key])).toEqual([
        ['row 2 period', 'issue.notADay'],
        ['row 3 value', 'issue.notAValue'],
        ['row 3 denominator', 'issue.notPositive'],
        ['row 4 value', 'issue.notAValue'],
      ]);
      expect(result.error.said?.key).toBe('issue.valuesProblems');
    }
  });

  it('says so when there is nothing to add, or no column of values', () => {
    expect(readMeasurePoints('')).toMatchObject({ ok: false, error: { issues: [{ key: 'issue.noValues' }] } });
    expect(readMeasurePoints('period,group\n2026-01-01,EL\n')).toMatchObject({ ok: false, error: { issues: [{ key: 'issue.noValueColumn' }, { key: 'issue.notAValue' }] } });
  });

  it('reads a Spanish header and decimal commas, and names a bad cell by its own header or, without one, by its row', () => {
    expect(readMeasurePoints('periodo\tvalor\ttotal\tgrupo\n2026-01\t5,5\t40\tAlumnado EL\n')).toEqual({ ok: true, value: [{ period: '2026-01-01', value: 5.5, denominator: 40, group: 'Alumnado EL' }] });
    const named = readMeasurePoints('Fecha;Valor\n2026-01-01;muchos\n');
    expect(!named.ok && named.error.issues.map((issue) => issue.path)).toEqual([['row 2', 'Valor']]);
    const bare = readMeasurePoints('2026-01-01\tmany\n');
    expect(!bare.ok && bare.error.issues.map((issue) => [issue.path, issue.key])).toEqual([[['row 1'], 'issue.notAValue']]);
  });

  it('takes back a text a spreadsheet would have run as a formula', () => {
    expect(readMeasurePoints("period,value,group\n2026-01-01,3,'=Boys\n")).toMatchObject({ ok: true, value: [{ group: '=Boys' }] });
  });
});
