// Checked by hand rather than with zod: this runs in the analysis worker and the reference
// runner, whose bundles a schema library would make half as large again.
import type { Issue } from '../errors';
import { plural } from '../schema-issues';
import { QcaError } from './errors';
import type { ReferenceRequest } from './reference';

type Path = Array<string | number>;
/** A field's check: what is wrong with `value`, each problem at its place under `path`. */
type Check = (value: unknown, path: Path, issues: Issue[]) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isShare = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;

const rule =
  (test: (value: unknown) => boolean, message: string): Check =>
  (value, path, issues) => {
    if (!test(value)) issues.push({ path, message });
  };

const flag = rule((value) => typeof value === 'boolean', 'true or false');
const text = (message: string) => rule((value) => typeof value === 'string', message);
const number = rule((value) => typeof value === 'number' && Number.isFinite(value), 'a number');
const share = rule(isShare, 'a number from 0 to 1');
const oneOf = (values: readonly string[], message: string) => rule((value) => typeof value === 'string' && values.includes(value), message);

const listOf =
  (item: Check, message: string): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) issues.push({ path, message });
    else value.forEach((entry, index) => item(entry, [...path, index], issues));
  };

/** An object's named fields, each optional; fields it does not name are ignored, as the format says. */
const fields =
  (checks: Readonly<Record<string, Check>>, message: string): Check =>
  (value, path, issues) => {
    if (!isObject(value)) {
      issues.push({ path, message });
      return;
    }
    for (const [name, check] of Object.entries(checks)) if (value[name] !== undefined) check(value[name], [...path, name], issues);
  };

const recordOf =
  (entry: Check, message: string): Check =>
  (value, path, issues) => {
    if (!isObject(value)) issues.push({ path, message });
    else for (const [key, item] of Object.entries(value)) entry(item, [...path, key], issues);
  };

/** One cut-off, or two as QCA takes them (`[ic1, ic0]`: rows between get OUT = "C"). */
const inclusionCuts: Check = (value, path, issues) => {
  if (typeof value === 'number') share(value, path, issues);
  else if (!Array.isArray(value)) issues.push({ path, message: 'a number from 0 to 1, or two: [ic1, ic0]' });
  else if (value.length < 1 || value.length > 2) issues.push({ path, message: 'one or two cut-offs' });
  else if (!value.every(isShare)) value.forEach((cut, index) => share(cut, [...path, index], issues));
  else if (value.length === 2 && value[1] > value[0]) issues.push({ path, message: 'the second cut-off (ic0) may not be above the first (ic1)' });
};

const INCLUDE_PARTS = new Set(['', '?', 'C']);

const calibration = fields(
  {
    type: oneOf(['crisp', 'fuzzy'], 'crisp or fuzzy'),
    thresholds: rule(
      (value) => typeof value === 'number' || typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'number')) || (isObject(value) && Object.values(value).every((item) => typeof item === 'number')),
      'a number, a list of numbers, a QCA string or named numbers',
    ),
    logistic: flag,
    idm: number,
    below: number,
    above: number,
    ecdf: flag,
    method: oneOf(['direct', 'indirect', 'TFR'], 'direct, indirect or TFR'),
    from: text('a column name'),
    negate: flag,
  },
  'a calibration',
);

const texts = listOf(text('a text'), 'a list of texts');

/** The request format of `tests/fixtures/qca/FORMAT.md`: only `data` is required. */
const request = fields(
  {
    id: text('a text'),
    data: (value, path, issues) => {
      if (!Array.isArray(value) || value.length === 0) issues.push({ path, message: Array.isArray(value) ? 'at least one row' : 'a list of rows' });
      else listOf(recordOf(rule((cell) => cell === null || typeof cell === 'number' || typeof cell === 'string', 'a number, a text or null'), 'a row of named values'), 'a list of rows')(value, path, issues);
    },
    case_id: text('a column name'),
    outcome: text('a column name'),
    neg_out: flag,
    conditions: texts,
    calibrate: recordOf(calibration, 'a calibration per column'),
    incl_cut: inclusionCuts,
    n_cut: rule((value) => Number.isInteger(value) && (value as number) >= 1, 'a whole number of cases, at least 1'),
    pri_cut: share,
    include: rule(
      (value) =>
        typeof value === 'string' &&
        value
          .split(',')
          .map((part) => part.trim())
          .every((part) => INCLUDE_PARTS.has(part)),
      'takes "?" (remainders) and "C" (contradictions), separated by commas',
    ),
    dir_exp: rule((value) => value === null || typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')), 'a list of expectations or a comma-separated text'),
    row_dom: flag,
    all_sol: flag,
    exclude: listOf(rule((value) => Number.isInteger(value) && (value as number) >= 1, 'a row id (a whole number from 1)'), 'a list of row ids'),
    method: oneOf(['CCubes', 'QMC', 'eQMC'], 'CCubes, QMC or eQMC'),
    solutions: listOf(oneOf(['conservative', 'parsimonious', 'intermediate'], 'conservative, parsimonious or intermediate'), 'a list of solutions'),
    necessity: fields({ enabled: flag, superSubset: flag, incl_cut: share, cov_cut: share }, 'the necessity settings'),
    sufficiency_terms: texts,
    necessity_terms: texts,
    compat: oneOf(['qca', 'corrected'], 'qca or corrected'),
    overrides: (value, path, issues) => {
      if (!isObject(value)) return void issues.push({ path, message: 'OUT values by row id' });
      for (const [id, out] of Object.entries(value)) {
        if (!/^[1-9]\d*$/.test(id)) issues.push({ path: [...path, id], message: 'a row id (a whole number from 1)' });
        else oneOf(['0', '1', 'C'], '"0", "1" or "C"')(out, [...path, id], issues);
      }
    },
  },
  'a request object',
);

/** The request as the runner may trust it, or a `QcaError` (`qca/request`) naming every problem at its place. */
export function checkRequest(input: unknown): ReferenceRequest {
  const issues: Issue[] = [];
  request(input, [], issues);
  if (isObject(input) && input.data === undefined) issues.push({ path: ['data'], message: 'a list of rows' });
  if (issues.length > 0) throw new QcaError('qca/request', `The request has ${plural(issues.length, 'problem')}.`, issues);
  return input as ReferenceRequest;
}
