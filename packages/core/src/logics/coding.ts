import * as z from 'zod/mini';
import type { Issue } from '../errors';
import type { Scheme } from './scheme';
import { schemeCodes, schemeSchema } from './scheme';

const id = z.string().check(z.minLength(1, 'an id may not be empty'));
const count = z.int().check(z.nonnegative('a count may not be negative'));

export const poles = ['low', 'high'] as const;
export type Pole = (typeof poles)[number];

/** Someone interviewed; `groups` holds the groupings a grid can colour by (site, role, …). */
export const respondentSchema = z.object({
  id,
  label: z.string(),
  groups: z._default(z.record(z.string(), z.string()), {}),
});

/** One piece of material (a sentence, a passage) coded at one pole of one code, by one coder. */
export const segmentSchema = z.object({
  id,
  respondent: id,
  code: id,
  pole: z.enum(poles),
  excerpt: z._default(z.string(), ''),
  coder: z._default(z.string(), ''),
  /** Where the excerpt comes from: an interview, a page, a timestamp. */
  source: z._default(z.string(), ''),
});

/**
 * Counts entered directly, without excerpts (material coded in another tool). They add to the
 * segments of the same respondent, code and coder.
 */
export const countSchema = z.object({
  respondent: id,
  code: id,
  coder: z._default(z.string(), ''),
  low: count,
  high: count,
});

export const CODING_FORMAT = 'wayfinder.logic-coding';
export const CODING_VERSION = 1;

export const codingSchema = z.object({
  format: z.literal(CODING_FORMAT),
  schemaVersion: z.literal(CODING_VERSION),
  scheme: schemeSchema,
  respondents: z.array(respondentSchema),
  segments: z.array(segmentSchema),
  counts: z._default(z.array(countSchema), []),
});

export type Respondent = z.infer<typeof respondentSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type CodeCount = z.infer<typeof countSchema>;
export type Coding = z.infer<typeof codingSchema>;

export function emptyCoding(scheme: Scheme): Coding {
  return { format: CODING_FORMAT, schemaVersion: CODING_VERSION, scheme, respondents: [], segments: [], counts: [] };
}

/** The coders named in the material, in order of first appearance. */
export function codersOf(coding: Pick<Coding, 'segments' | 'counts'>): string[] {
  return [...new Set([...coding.segments.map((segment) => segment.coder), ...coding.counts.map((entry) => entry.coder)])];
}

/** Repeated ids, and segments or counts that name a respondent or code the coding does not have. */
export function codingLinkIssues(coding: Coding): Issue[] {
  const issues: Issue[] = [];
  const codes = new Set(schemeCodes(coding.scheme).map(({ code }) => code.id));
  const respondents = new Map<string, number>();
  coding.respondents.forEach((respondent, r) => {
    if (respondents.has(respondent.id)) issues.push({ path: ['respondents', r, 'id'], message: `the respondent id "${respondent.id}" repeats respondent ${respondents.get(respondent.id)! + 1}` });
    respondents.set(respondent.id, r);
  });
  const segments = new Map<string, number>();
  coding.segments.forEach((segment, s) => {
    if (segments.has(segment.id)) issues.push({ path: ['segments', s, 'id'], message: `the segment id "${segment.id}" repeats segment ${segments.get(segment.id)! + 1}` });
    segments.set(segment.id, s);
  });
  const check = (entries: ReadonlyArray<{ respondent: string; code: string }>, field: 'segments' | 'counts') =>
    entries.forEach((entry, index) => {
      if (!respondents.has(entry.respondent)) issues.push({ path: [field, index, 'respondent'], message: `no respondent has the id "${entry.respondent}"` });
      if (!codes.has(entry.code)) issues.push({ path: [field, index, 'code'], message: `the scheme has no code "${entry.code}"` });
    });
  check(coding.segments, 'segments');
  check(coding.counts, 'counts');
  return issues;
}
