import { createTruthTable } from '@wayfinder/core/qca/truth-table';
import { describe, expect, it } from 'vitest';
import type { ReportWords } from './report';
import { analysisReport } from './report';

const words = (locale: string): ReportWords => ({
  locale,
  title: 'T',
  generated: 'G',
  data: 'D',
  dataSummary: 'DS',
  calibration: 'C',
  calibrationNone: 'CN',
  parameters: 'P',
  parameterRows: [],
  truthTable: 'TT',
  solutions: 'S',
  plots: 'PL',
  headers: { row: 'row', out: 'OUT', n: 'n', incl: 'incl', pri: 'PRI', cases: 'cases', term: 'term', inclS: 'inclS', covS: 'covS', covU: 'covU', model: 'model', solution: 'solution' },
});

describe('the analysis report', () => {
  it("is in the reader's language: its lang, and its fits in the reader's notation", () => {
    const table = createTruthTable({ cases: ['a', 'b'], columns: { A: [1, 0], Y: [1, 0] } }, { outcome: 'Y', conditions: ['A'], inclCut: 1 });
    const solution = { title: 'Parsimonious', models: [{ id: 'M1', expression: 'A', fit: { inclS: 1, PRI: 1, covS: 0.5 }, term_fit: [{ term: 'A', inclS: 1, PRI: 1, covS: 0.5, covU: 0.5, cases: 'a' }] }] };
    const read = (locale: string) => new DOMParser().parseFromString(analysisReport(table, [solution], [], [], words(locale)), 'text/html');
    const spanish = read('es');
    expect(spanish.documentElement.lang).toBe('es');
    const cells = (doc: Document) => [...doc.querySelectorAll('table')].at(-1)!.querySelector('tbody tr')!.textContent;
    // 1.000 would read as a thousand in Spanish.
    expect(cells(spanish)).toContain('1,000');
    expect(cells(spanish)).toContain('0,500');
    expect(read('en').documentElement.lang).toBe('en');
    expect(cells(read('en'))).toContain('0.500');
  });

  it('lets a long term break after each "*", reading as it is written', () => {
    const table = createTruthTable({ cases: ['a', 'b'], columns: { A: [1, 0], B: [1, 0], Y: [1, 0] } }, { outcome: 'Y', conditions: ['A', 'B'], inclCut: 1 });
    const solution = { title: 'Conservative', models: [{ id: 'M1', expression: 'A*B', fit: { inclS: 1, PRI: 1, covS: 1 }, term_fit: [{ term: 'A*B', inclS: 1, PRI: 1, covS: 1, covU: 1, cases: 'a' }] }] };
    const report = new DOMParser().parseFromString(analysisReport(table, [solution], [], [], words('en')), 'text/html');
    const term = [...report.querySelectorAll('table')].at(-1)!.querySelector('tbody td')!;
    expect(term.textContent).toBe('A*B');
    expect(term.querySelectorAll('wbr')).toHaveLength(1);
  });
});
