import Papa from 'papaparse';
import { spreadsheetSafe } from '../csv';
import type { SpcResult } from './chart';

/**
 * Charts as one CSV for a spreadsheet or a paper: a line per point of each named series, with its
 * centre line, limits, signals and part. Numbers as computed (empty where there is none); every
 * text cell safe from spreadsheet formulas.
 */
export function chartCsv(series: readonly { name: string; result: SpcResult }[]): string {
  const header = ['series', 'x', 'y', 'cl', 'lcl', 'ucl', 'lcl95', 'ucl95', 'sigma_signal', 'runs_signal', 'part', 'include', 'baseline'];
  const cell = (value: string | number | boolean | null) => (value === null ? '' : typeof value === 'string' ? spreadsheetSafe(value) : String(value));
  const rows = series.flatMap(({ name, result }) => {
    if ('error' in result) return [];
    const runs = new Map(result.parts.map((part) => [part.part, part.runs_signal]));
    return result.points.map((point) => [name, point.x, point.y, point.cl, point.lcl, point.ucl, point.lcl95, point.ucl95, point.sigma_signal, runs.get(point.part) ?? false, point.part, point.include, point.baseline].map(cell));
  });
  return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}
