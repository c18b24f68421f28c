import type { Issue } from '../errors';
import type { Coding } from './coding';
import type { Scheme } from './scheme';
import { schemeCodes } from './scheme-data';

export const poles = ['low', 'high'] as const;
export type Pole = (typeof poles)[number];

export const CODING_FORMAT = 'wayfinder.logic-coding';
export const CODING_VERSION = 1;

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
