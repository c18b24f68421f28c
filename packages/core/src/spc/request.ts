import type { Issue } from '../errors';
import { WayfinderError } from '../errors';

export const SPC_CHARTS = ['run', 'i', 'mr', 'xbar', 's', 't', 'p', 'pp', 'c', 'u', 'up', 'g'] as const;
export type SpcChart = (typeof SPC_CHARTS)[number];

/** A chart request in the reference format (`tests/fixtures/spc/FORMAT.md`): values by row, grouped into subgroups by `x`. */
export interface SpcRequest {
  id: string;
  description?: string;
  chart: SpcChart;
  /** One value per row; null: missing. */
  y: readonly (number | null)[];
  /** The subgroup of each row (rows with equal x form one subgroup); 1, 2, … when absent. */
  x?: readonly (number | string)[];
  x_type?: 'number' | 'date' | 'category';
  /** Denominators per row: required for p, pp, u and up; allowed for run and i (which then plot Σy/Σn). */
  n?: readonly (number | null)[];
  /** A new part starts after each listed subgroup (1-based). */
  part?: readonly number[];
  /** The baseline: subgroups 1…freeze; ignored when `part` is given. */
  freeze?: number;
  /** Subgroups left out of the centre line, the limits and the runs analysis. */
  exclude?: readonly number[];
  method?: 'anhoej' | 'bestbox' | 'cutbox';
  multiply?: number;
  y_neg?: boolean;
  agg_fun?: 'mean' | 'median' | 'sum' | 'sd';
  screened_mr?: boolean;
}

export type SpcErrorCode = 'spc/request';

/** A request that breaks the format: every problem is named with its place. */
export class SpcError extends WayfinderError {
  override readonly name = 'SpcError';
  declare readonly code: SpcErrorCode;
  constructor(code: SpcErrorCode, message: string, issues: readonly Issue[] = []) {
    super(code, message, issues);
  }
}

const NEEDS_N = new Set<SpcChart>(['p', 'pp', 'u', 'up']);
const ALLOWS_N = new Set<SpcChart>(['p', 'pp', 'u', 'up', 'run', 'i']);
const FIELDS = new Set(['id', 'description', 'chart', 'y', 'x', 'x_type', 'n', 'part', 'freeze', 'exclude', 'method', 'multiply', 'y_neg', 'agg_fun', 'screened_mr']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a text is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An empty array counts as absent, as the format says. */
const present = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * The request as the engine may trust it, or an `SpcError` (`spc/request`) naming every problem
 * with its path: unknown fields, missing ones, wrong types, values outside their lists, lengths
 * that differ, a null in `x`, and p, pp, u and up charts without `n`.
 */
export function checkSpcRequest(input: unknown): SpcRequest {
  if (!isRecord(input)) throw new SpcError('spc/request', 'A chart request is a JSON object.', [{ path: [], message: 'not an object' }]);
  const issues: Issue[] = [];
  const problem = (path: (string | number)[], message: string) => issues.push({ path, message });
  for (const key of Object.keys(input)) if (!FIELDS.has(key)) problem([key], 'not a field of a chart request');
  if (typeof input.id !== 'string') problem(['id'], input.id === undefined ? 'required' : 'a text');
  if (input.description !== undefined && typeof input.description !== 'string') problem(['description'], 'a text');
  const chart = input.chart as SpcChart;
  if (!SPC_CHARTS.includes(chart)) problem(['chart'], input.chart === undefined ? 'required' : `one of ${SPC_CHARTS.join(', ')}`);
  const numbersOrNull = (key: 'y' | 'n') => {
    const values = input[key];
    if (!Array.isArray(values)) return problem([key], 'a list of numbers (null for missing)');
    values.forEach((value, index) => {
      if (value !== null && !isNumber(value)) problem([key, index], 'a number or null');
    });
  };
  if (!present(input.y)) problem(['y'], 'required');
  else numbersOrNull('y');
  const rows = Array.isArray(input.y) ? input.y.length : 0;
  if (present(input.n)) {
    numbersOrNull('n');
    if (Array.isArray(input.n) && input.n.length !== rows) problem(['n'], `${input.n.length} values for ${rows} values of y`);
    if (SPC_CHARTS.includes(chart) && !ALLOWS_N.has(chart)) problem(['n'], `a ${chart} chart takes no denominators`);
  } else if (NEEDS_N.has(chart)) {
    problem(['n'], `required for a ${chart} chart`);
  }
  const xType = input.x_type ?? 'number';
  if (!['number', 'date', 'category'].includes(xType as string)) problem(['x_type'], 'number, date or category');
  if (present(input.x)) {
    if (!Array.isArray(input.x)) problem(['x'], 'a list of subgroup keys');
    else {
      if (input.x.length !== rows) problem(['x'], `${input.x.length} keys for ${rows} values of y`);
      input.x.forEach((value, index) => {
        if (value === null) problem(['x', index], 'missing: every row needs its subgroup');
        else if (xType === 'number' && !isNumber(value)) problem(['x', index], 'a number');
        else if (xType === 'date' && !(typeof value === 'string' && isIsoDay(value))) problem(['x', index], 'a day written YYYY-MM-DD');
        else if (xType === 'category' && typeof value !== 'string' && !isNumber(value)) problem(['x', index], 'a label');
      });
    }
  }
  const wholeList = (key: 'part' | 'exclude') => {
    if (!present(input[key])) return;
    const values = input[key];
    if (!Array.isArray(values)) return problem([key], 'a list of subgroup numbers');
    values.forEach((value, index) => {
      if (!Number.isInteger(value)) problem([key, index], 'a whole subgroup number');
    });
  };
  wholeList('part');
  wholeList('exclude');
  if (input.freeze !== undefined && !Number.isInteger(input.freeze)) problem(['freeze'], 'a whole subgroup number');
  const oneOf = (key: string, values: readonly string[]) => {
    if (input[key] !== undefined && !values.includes(input[key] as string)) problem([key], `one of ${values.join(', ')}`);
  };
  oneOf('method', ['anhoej', 'bestbox', 'cutbox']);
  oneOf('agg_fun', ['mean', 'median', 'sum', 'sd']);
  if (input.multiply !== undefined && !isNumber(input.multiply)) problem(['multiply'], 'a number');
  for (const key of ['y_neg', 'screened_mr']) if (input[key] !== undefined && typeof input[key] !== 'boolean') problem([key], 'true or false');
  if (issues.length > 0) {
    const id = typeof input.id === 'string' ? ` "${input.id}"` : '';
    throw new SpcError('spc/request', `The chart request${id} has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}.`, issues);
  }
  const request = { ...input } as unknown as SpcRequest & Record<string, unknown>;
  for (const key of ['x', 'n', 'part', 'exclude']) if (!present(request[key])) delete request[key];
  return request;
}
