import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { necessityOfConditions } from './necessity';
import { runReferenceRequest } from './reference';
import type { SolutionResult } from './reference';
import { necessityCsv, solutionCsv, truthTableCsv } from './tables-csv';
import { createTruthTable } from './truth-table';

const read = (csv: string) => Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;

describe('tables as CSV for a paper', () => {
  const table = createTruthTable(
    { cases: ['=cmd|calc', 'B', 'C', 'D'], columns: { A: [1, 1, 0, 0], B: [1, 0, 1, 0], Y: [1, 1, 0, 0] } },
    { outcome: 'Y', conditions: ['A', 'B'], inclCut: 0.8 },
  );

  it('writes the truth table row by row, numbers in full, and no cell a spreadsheet would run', () => {
    const rows = read(truthTableCsv(table));
    expect(rows[0]).toEqual(['row', 'A', 'B', 'OUT', 'n', 'incl', 'PRI', 'cases']);
    const byId = new Map(rows.slice(1).map((row) => [Number(row[0]), row]));
    for (const row of table.observed) expect(byId.get(row.id)).toEqual([String(row.id), ...row.values.map(String), row.OUT, String(row.n), String(row.incl), String(row.PRI), row.cases.join(', ').replace(/^=/, "'=")]);
    expect(rows.flat().some((cell) => /^[=+@]/.test(cell))).toBe(false);
  });

  it('writes each model’s terms with their fits, then the model’s fit, as the result has them', () => {
    const result = runReferenceRequest({ data: [{ case: 'a', A: 1, B: 1, Y: 1 }, { case: 'b', A: 1, B: 0, Y: 1 }, { case: 'c', A: 0, B: 1, Y: 0 }], outcome: 'Y', conditions: ['A', 'B'], necessity: { enabled: false } });
    const solution = (result.solutions as Record<string, SolutionResult>).parsimonious!;
    const rows = read(solutionCsv(solution.models));
    const model = solution.models[0]!;
    expect(rows[0]).toEqual(['model', 'part', 'expression', 'inclS', 'PRI', 'covS', 'covU', 'cases']);
    expect(rows[1]).toEqual([model.id, 'term', model.term_fit[0]!.term, String(model.term_fit[0]!.inclS), String(model.term_fit[0]!.PRI), String(model.term_fit[0]!.covS), model.term_fit.length > 1 ? String(model.term_fit[0]!.covU) : 'NA', model.term_fit[0]!.cases]);
    expect(rows.at(-1)).toEqual([model.id, 'model', model.expression, String(model.fit.inclS), String(model.fit.PRI), String(model.fit.covS), 'NA', '']);
  });

  it('writes the necessity of each condition', () => {
    const rows = read(necessityCsv(necessityOfConditions(table)));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['A', '~A', 'B', '~B']);
    expect(Number(rows[1]![1])).toBe(necessityOfConditions(table)[0]!.inclN);
  });
});
