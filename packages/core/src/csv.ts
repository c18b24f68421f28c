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

/** A CSV file's header and its first `rowCount` rows, read without parsing the rest (to offer its columns). */
export function csvPreview(text: string, rowCount: number): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', preview: rowCount + 1 });
  const [header = [], ...rows] = parsed.data;
  return { header: header.map((name) => name.trim()), rows };
}
