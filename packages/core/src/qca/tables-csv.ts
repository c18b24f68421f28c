import Papa from 'papaparse';
import { spreadsheetSafe } from '../csv';
import type { NecessityRow } from './necessity';
import type { ModelResult, TermFitResult } from './reference';
import type { TruthTable } from './truth-table';
import { listRows, listsEveryRow } from './truth-table';

/** Numbers as R writes them (full precision, `NA` for none); every other cell safe from spreadsheet formulas. */
function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => (value === null ? 'NA' : typeof value === 'number' ? String(value) : spreadsheetSafe(value));
  return `${Papa.unparse([header.map(cell), ...rows.map((row) => row.map(cell))], { newline: '\n' })}\n`;
}

/** The truth table as a paper's appendix has it: each row's configuration, OUT, n, consistency, PRI and cases (remainders too, where the table lists them). */
export function truthTableCsv(table: TruthTable): string {
  const names = table.conditions.map((condition) => condition.name);
  const rows = listRows(table, listsEveryRow(table)).map((row) => [row.id, ...row.values, row.OUT, row.n, row.incl, row.PRI, row.cases.join(', ')]);
  return toCsv(['row', ...names, 'OUT', 'n', 'incl', 'PRI', 'cases'], rows);
}

/** A solution's models, one line per term (`part` "term") with its fit and cases, then a line for the whole model (`part` "model"). */
export function solutionCsv(models: readonly Pick<ModelResult, 'id' | 'fit' | 'term_fit' | 'expression'>[]): string {
  const rows = models.flatMap((model) => [
    ...model.term_fit.map((fit: TermFitResult) => [model.id, 'term', fit.term, fit.inclS, fit.PRI, fit.covS, fit.covU, fit.cases]),
    [model.id, 'model', model.expression, model.fit.inclS, model.fit.PRI, model.fit.covS, null, ''],
  ]);
  return toCsv(['model', 'part', 'expression', 'inclS', 'PRI', 'covS', 'covU', 'cases'], rows);
}

/** Necessity of each condition (or any term): inclN, RoN and covN. */
export function necessityCsv(rows: readonly NecessityRow[]): string {
  return toCsv(['term', 'inclN', 'RoN', 'covN'], rows.map((row) => [row.term, row.inclN, row.RoN, row.covN]));
}
