import Papa from 'papaparse';
import type { Issue } from './errors';

/** A CSV file's cells as text, and the parser's own problems, each at its spreadsheet row (the header is row 1). */
export function parseCsv(text: string): { header: string[] | undefined; rows: string[][]; issues: Issue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // A file of one column has no delimiter to detect: the parser's warning about it is not a problem of the data.
  const issues: Issue[] = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter').map((error) => ({ path: [`row ${(error.row ?? 0) + 1}`], message: error.message }));
  const [header, ...rows] = parsed.data;
  return { header, rows, issues };
}
