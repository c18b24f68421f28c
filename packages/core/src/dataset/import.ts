import { csvPreview, parseCsv } from '../csv';
import type { Issue, Result } from '../errors';
import type { Dataset, VariableScale } from './schema';
import { keyedIssue, sayNotJson } from '../said';
import { DatasetError, validateDataset } from './validate';

export interface CsvImportOptions {
  /** Column holding case ids, or `null` to number the cases; by default `defaultCaseIdColumn` chooses. */
  caseIdColumn?: string | null;
  /** Scale per variable; by default a column with every value in [0, 1] is a membership, others raw. */
  scales?: Readonly<Record<string, VariableScale>>;
  /** Cell texts read as an explicit missing value. */
  missing?: readonly string[];
}

const DEFAULT_MISSING = ['', 'NA', 'N/A', 'NaN', '.'];

const isNumber = (text: string) => text !== '' && Number.isFinite(Number(text));

/**
 * The column a CSV's case ids come from when the user has not chosen one: a column named `case` or
 * `id` (any case), else a first column of distinct texts that are not numbers (a `district` or
 * `school` column, which would otherwise be refused cell by cell as "not a number"), else none:
 * the cases are numbered.
 */
export function defaultCaseIdColumn(header: readonly string[], rows: readonly (readonly string[])[]): string | null {
  const named = header.find((name) => /^(case|id)$/i.test(name.trim()));
  if (named !== undefined) return named.trim();
  const first = rows.map((cells) => (cells[0] ?? '').trim());
  const names = first.length > 0 && first.every((cell) => cell !== '' && !isNumber(cell)) && new Set(first).size === first.length;
  return names && header[0] !== undefined ? header[0].trim() : null;
}

/** The columns of a CSV (a first column may have no name, as R's `write.csv` leaves it) and the one its case ids would come from by default, from its first 1,000 rows (the rest is not parsed). */
export function csvCaseIdChoice(text: string): { columns: string[]; suggested: string | null } {
  const { header, rows } = csvPreview(text, 1000);
  return { columns: header, suggested: header.length > 0 ? defaultCaseIdColumn(header, rows) : null };
}

/**
 * Reads a CSV of cases × variables into a validated dataset. Every problem is reported with its
 * spreadsheet row (the header is row 1) and column, all at once; nothing is half-imported.
 */
export function importDatasetCsv(text: string, options: CsvImportOptions = {}): Result<Dataset> {
  const missing = new Set(options.missing ?? DEFAULT_MISSING);
  const { header, rows, issues } = parseCsv(text);
  if (!header || header.length === 0) {
    return { ok: false, error: new DatasetError([keyedIssue(['row 1'], 'issue.noHeader')]) };
  }
  const names = header.map((name) => name.trim());
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (first !== index) issues.push(keyedIssue(['row 1', name], 'issue.columnRepeats', { name, first: first + 1 }));
  });
  const idColumn = (options.caseIdColumn === undefined ? defaultCaseIdColumn(names, rows) : options.caseIdColumn) ?? undefined;
  if (options.caseIdColumn && !names.includes(options.caseIdColumn)) {
    issues.push(keyedIssue(['row 1'], 'issue.noIdColumn', { name: options.caseIdColumn }));
  }
  const variables = names.filter((name) => name !== idColumn);
  if (rows.length === 0) issues.push(keyedIssue(['row 2'], 'issue.noCases'));
  const values: Record<string, (number | null)[]> = Object.fromEntries(variables.map((name) => [name, []]));
  const ids: string[] = [];
  rows.forEach((cells, index) => {
    const rowLabel = `row ${index + 2}`;
    if (cells.length !== names.length) {
      issues.push(keyedIssue([rowLabel], 'issue.cellsForColumns', { cells: cells.length, columns: names.length }));
    }
    ids.push(idColumn !== undefined ? (cells[names.indexOf(idColumn)] ?? '').trim() : String(index + 1));
    for (const name of variables) {
      const raw = (cells[names.indexOf(name)] ?? '').trim();
      if (missing.has(raw)) {
        values[name]!.push(null);
        continue;
      }
      const number = Number(raw.replace(',', '.').replace(/^\+/, ''));
      if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(raw) || !Number.isFinite(number)) {
        issues.push(keyedIssue([rowLabel, name], 'issue.notANumber', { value: raw }));
        values[name]!.push(null);
      } else {
        values[name]!.push(number);
      }
    }
  });
  if (issues.length > 0) return { ok: false, error: new DatasetError(issues) };
  const candidate = {
    variables: variables.map((name) => ({
      name,
      scale: options.scales?.[name] ?? (values[name]!.every((value) => value === null || (value >= 0 && value <= 1)) ? 'membership' : 'raw'),
    })),
    cases: ids.map((id, index) => ({ id, values: Object.fromEntries(variables.map((name) => [name, values[name]![index]!])) })),
  };
  // The dataset's rules speak of variables and cases; a spreadsheet's user reads rows and columns.
  const atCell = (path: readonly (string | number)[]): (string | number)[] => {
    const [part, index, field, name] = path;
    if (part === 'variables' && typeof index === 'number') return ['row 1', variables[index] ?? index];
    if (part === 'cases' && typeof index === 'number') return [`row ${index + 2}`, ...(field === 'values' && name !== undefined ? [name] : [idColumn ?? 'case'])];
    return [...path];
  };
  const result = validated(candidate);
  // A repeated case is found again on its spreadsheet row, not by its index among the cases.
  const inWords = (issue: Issue): Issue =>
    issue.key === 'issue.duplicateCaseId' ? keyedIssue(atCell(issue.path), 'issue.duplicateCaseRow', { id: issue.values?.['id'] ?? '', row: Number(issue.values?.['first'] ?? 0) + 2 }) : { ...issue, path: atCell(issue.path) };
  return result.ok ? result : { ok: false, error: new DatasetError(result.error.issues.map(inWords)) };
}

/** Reads a dataset from JSON text (the `Dataset` shape), validating everything before returning it. */
export function importDatasetJson(text: string): Result<Dataset> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { message, said } = sayNotJson(text);
    return { ok: false, error: new DatasetError([{ path: [], message, ...said }]) };
  }
  return validated(data);
}

function validated(candidate: unknown): Result<Dataset> {
  try {
    return { ok: true, value: validateDataset(candidate) };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, error };
    throw error;
  }
}
