import * as z from 'zod/mini';
import { idSchema as id } from '../id-schema';
import { CODING_FORMAT, CODING_VERSION, poles } from './coding-data';
import { schemeSchema } from './scheme';

const count = z.int().check(z.nonnegative('a count may not be negative'));

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
