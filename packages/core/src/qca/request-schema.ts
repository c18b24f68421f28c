// The mini build: this check runs in the analysis worker and the reference runner, which the full
// build would double in size. It has no message catalogue, so each rule says what it wants.
import * as z from 'zod/mini';
import { plural, schemaIssues } from '../schema-issues';
import { QcaError } from './errors';
import type { ReferenceRequest } from './reference';

const share = z.number('a number from 0 to 1').check(z.gte(0, 'a number from 0 to 1'), z.lte(1, 'a number from 0 to 1'));
const flag = z.optional(z.boolean('true or false'));
const texts = z.optional(z.array(z.string('a text'), 'a list of texts'));

const INCLUDE_PARTS = new Set(['?', 'C']);

const isShare = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;

/** One cut-off, or two as QCA takes them (`[ic1, ic0]`: rows between get OUT = "C"). */
const inclusionCuts = z.unknown().check(
  z.superRefine((value, context) => {
    const problem = (message: string, path: (string | number)[] = []) => context.addIssue({ code: 'custom', message, path, input: value });
    if (typeof value === 'number') {
      if (!isShare(value)) problem('a number from 0 to 1');
    } else if (!Array.isArray(value)) problem('a number from 0 to 1, or two: [ic1, ic0]');
    else if (value.length < 1 || value.length > 2) problem('one or two cut-offs');
    else if (!value.every(isShare)) value.forEach((cut, index) => isShare(cut) || problem('a number from 0 to 1', [index]));
    else if (value.length === 2 && value[1] > value[0]) problem('the second cut-off (ic0) may not be above the first (ic1)');
  }),
);

const calibrationSchema = z.looseObject(
  {
    type: z.optional(z.enum(['crisp', 'fuzzy'], 'crisp or fuzzy')),
    thresholds: z.optional(z.union([z.number(), z.array(z.number()), z.string(), z.record(z.string(), z.number())], 'a number, a list of numbers, a QCA string or named numbers')),
    logistic: flag,
    idm: z.optional(z.number('a number')),
    below: z.optional(z.number('a number')),
    above: z.optional(z.number('a number')),
    ecdf: flag,
    method: z.optional(z.enum(['direct', 'indirect', 'TFR'], 'direct, indirect or TFR')),
    from: z.optional(z.string('a column name')),
    negate: flag,
  },
  'a calibration',
);

/**
 * The request format of `tests/fixtures/qca/FORMAT.md`. Fields it does not name are ignored, as the
 * format says; a named field of the wrong kind or out of range is refused, never guessed at.
 */
const requestSchema = z.looseObject(
  {
    id: z.optional(z.string('a text')),
    data: z.array(z.record(z.string(), z.union([z.number(), z.string(), z.null()], 'a number, a text or null')), 'a list of rows').check(z.minLength(1, 'at least one row')),
    case_id: z.optional(z.string('a column name')),
    outcome: z.optional(z.string('a column name')),
    neg_out: flag,
    conditions: texts,
    calibrate: z.optional(z.record(z.string(), calibrationSchema, 'a calibration per column')),
    incl_cut: z.optional(inclusionCuts),
    n_cut: z.optional(z.int('a whole number of cases').check(z.positive('at least 1 case'))),
    pri_cut: z.optional(share),
    include: z.optional(
      z.string('"?", "C" or "?,C"').check(
        z.refine(
          (include) =>
            include
              .split(',')
              .map((part) => part.trim())
              .every((part) => part === '' || INCLUDE_PARTS.has(part)),
          'takes "?" (remainders) and "C" (contradictions), separated by commas',
        ),
      ),
    ),
    dir_exp: z.optional(z.nullable(z.union([z.string(), z.array(z.string())], 'a list of expectations or a comma-separated text'))),
    row_dom: flag,
    all_sol: flag,
    method: z.optional(z.enum(['CCubes', 'QMC', 'eQMC'], 'CCubes, QMC or eQMC')),
    solutions: z.optional(z.array(z.enum(['conservative', 'parsimonious', 'intermediate'], 'conservative, parsimonious or intermediate'), 'a list of solutions')),
    necessity: z.optional(z.looseObject({ enabled: flag, superSubset: flag, incl_cut: z.optional(share), cov_cut: z.optional(share) }, 'the necessity settings')),
    sufficiency_terms: texts,
    necessity_terms: texts,
    compat: z.optional(z.enum(['qca', 'corrected'], 'qca or corrected')),
    overrides: z.optional(z.record(z.string().check(z.regex(/^[1-9]\d*$/, 'a row id (a whole number from 1)')), z.enum(['0', '1', 'C'], '"0", "1" or "C"'), 'OUT values by row id')),
  },
  'a request object',
);

/** The request as the runner may trust it, or a `QcaError` (`qca/request`) naming every problem at its place. */
export function checkRequest(request: unknown): ReferenceRequest {
  const parsed = requestSchema.safeParse(request);
  if (parsed.success) return request as ReferenceRequest;
  const issues = schemaIssues(parsed.error.issues);
  throw new QcaError('qca/request', `The request has ${plural(issues.length, 'problem')}.`, issues);
}
