import { parseCsv, spreadsheetText } from '../csv';
import type { Issue, Result } from '../errors';
import { WayfinderError } from '../errors';
import { isIsoDay } from '../spc/request';
import { keyedIssue, say } from '../said';
import type { MeasurePoint } from './journey';

/** The names a column of values may go by (a spreadsheet's header, in any case). */
const COLUMNS: Readonly<Record<keyof MeasurePoint, readonly string[]>> = {
  period: ['period', 'date', 'month', 'day', 'periodo', 'fecha', 'mes', 'día', 'dia'],
  value: ['value', 'y', 'count', 'valor', 'recuento'],
  denominator: ['denominator', 'n', 'out of', 'total', 'denominador', 'de un total de'],
  group: ['group', 'subgroup', 'grupo', 'subgrupo'],
};
/** Without a header: period, value, denominator, group, in that order. */
const ORDER: readonly (keyof MeasurePoint)[] = ['period', 'value', 'denominator', 'group'];

const columnOf = (cell: string) => (Object.keys(COLUMNS) as (keyof MeasurePoint)[]).find((key) => COLUMNS[key].includes(cell.trim().toLowerCase()));

/** A number as typed, a decimal comma too ("5,5": a spreadsheet in Spanish or German); NaN for anything else. */
const numberOf = (text: string) => (text === '' ? Number.NaN : Number(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text));

/**
 * A measure's values from CSV or from cells pasted from a spreadsheet (tabs or commas): with a
 * header naming the columns (period or date, value, denominator or n, group, in English or
 * Spanish), or without one in that order. A month alone (2026-03) stands for its first day.
 * Every bad cell is named with its row (and its column, as the header names it), and then nothing
 * is returned, so that a failed import changes nothing.
 */
export function readMeasurePoints(text: string): Result<MeasurePoint[]> {
  const { header = [], rows, issues } = parseCsv(text);
  const named = header.map(columnOf);
  const hasHeader = named.some((column) => column !== undefined);
  const columns = hasHeader ? named : ORDER;
  const body = hasHeader ? rows : [header, ...rows].filter((row) => row.length > 0 && row.some((cell) => cell.trim() !== ''));
  const problems: Issue[] = [...issues];
  if (hasHeader && !named.includes('value')) problems.push(keyedIssue(['row 1'], 'issue.noValueColumn'));
  if (body.length === 0) problems.push(keyedIssue([hasHeader ? 'row 2' : 'row 1'], 'issue.noValues'));
  const points: MeasurePoint[] = [];
  body.forEach((cells, index) => {
    const row = `row ${index + (hasHeader ? 2 : 1)}`;
    const cell = (key: keyof MeasurePoint) => {
      const at = columns.indexOf(key);
      return at === -1 ? '' : (cells[at] ?? '').trim();
    };
    // A bad cell is placed by the header's own word for its column; without a header, the message says which it is.
    const place = (key: keyof MeasurePoint) => (hasHeader ? [row, (header[columns.indexOf(key)] ?? key).trim()] : [row]);
    const [periodText, valueText, denominatorText] = [cell('period'), cell('value'), cell('denominator')];
    const period = /^\d{4}-\d{2}$/.test(periodText) ? `${periodText}-01` : periodText;
    if (!isIsoDay(period)) problems.push(keyedIssue(place('period'), 'issue.notADay', { value: periodText }));
    const value = numberOf(valueText);
    if (!Number.isFinite(value)) problems.push(keyedIssue(place('value'), 'issue.notAValue', { value: valueText }));
    const denominator = denominatorText === '' ? null : numberOf(denominatorText);
    if (denominator !== null && !(Number.isFinite(denominator) && denominator > 0)) problems.push(keyedIssue(place('denominator'), 'issue.notPositive', { value: denominatorText }));
    points.push({ period, value, denominator, group: spreadsheetText(cell('group')) });
  });
  if (problems.length > 0) {
    const { message, said } = say('issue.valuesProblems', { count: problems.length });
    return { ok: false, error: new WayfinderError('navigator/measure-values', message, problems, said) };
  }
  return { ok: true, value: points };
}
