import type { Issue } from '../errors';
import { linkIssue } from '../link-said';
import type { Coding } from './coding';
import type { Scheme } from './scheme';
import { repeatedIds } from './ids';
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
  const issues: Issue[] = [...repeatedIds(coding.respondents, ['respondents'], 'respondent'), ...repeatedIds(coding.segments, ['segments'], 'segment')];
  const codes = new Set(schemeCodes(coding.scheme).map(({ code }) => code.id));
  const respondents = new Set(coding.respondents.map((respondent) => respondent.id));
  const check = (entries: ReadonlyArray<{ respondent: string; code: string }>, field: 'segments' | 'counts') =>
    entries.forEach((entry, index) => {
      if (!respondents.has(entry.respondent)) issues.push(linkIssue([field, index, 'respondent'], 'issue.noSuchId', { what: 'respondent', id: entry.respondent }));
      if (!codes.has(entry.code)) issues.push(linkIssue([field, index, 'code'], 'issue.noSchemeCode', { code: entry.code }));
    });
  check(coding.segments, 'segments');
  check(coding.counts, 'counts');
  return issues;
}
