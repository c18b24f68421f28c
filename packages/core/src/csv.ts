import Papa from 'papaparse';
import type { Issue } from './errors';
import { keyedIssue } from './said';

/** A CSV file's cells as text, and the parser's own problems, each at its spreadsheet row (the header is row 1). */
export function parseCsv(text: string): { header: string[] | undefined; rows: string[][]; issues: Issue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // A file of one column has no delimiter to detect: the parser's warning about it is not a problem of the data.
  const issues: Issue[] = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => keyedIssue([`row ${(error.row ?? 0) + 1}`], error.code === 'MissingQuotes' || error.code === 'InvalidQuotes' ? 'issue.csvQuotes' : 'issue.csvBroken'));
  const [header, ...rows] = parsed.data;
  return { header, rows, issues };
}

// Spreadsheets run a cell that starts with = + - @ (or a tab/return) as a formula. Export puts a
// quote before such a cell, and before any run of quotes already in that place, so import can take
// exactly one quote off and every text comes back as typed.
const FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** A text as a CSV cell a spreadsheet shows as text, never runs as a formula. */
export const spreadsheetSafe = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
/** A cell as it was before `spreadsheetSafe`. */
export const spreadsheetText = (text: string) => (ESCAPED.test(text) ? text.slice(1) : text);

/** A CSV file's header and its first `rowCount` rows, read without parsing the rest (to offer its columns). */
export function csvPreview(text: string, rowCount: number): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', preview: rowCount + 1 });
  const [header = [], ...rows] = parsed.data;
  return { header: header.map((name) => name.trim()), rows };
}
