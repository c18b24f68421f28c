import { isReservedName } from '../reserved-names';
import type { Coding, Respondent, Segment } from './coding';
import type { Pole } from './coding-data';
import { LogicsError } from './errors';

/**
 * Sets the total count at one pole of one code for a respondent and coder. The total is the
 * coder's segments there plus an entered count; only the entered part changes, so the total can
 * not go below the excerpts that back it.
 */
export function setPoleTotal(coding: Coding, at: { respondent: string; code: string; coder: string; pole: Pole }, total: number): Coding {
  if (!Number.isInteger(total) || total < 0) throw new LogicsError('logics/count', `A count must be a whole number from 0; got ${total}.`);
  const segments = coding.segments.filter((segment) => segment.respondent === at.respondent && segment.code === at.code && segment.coder === at.coder && segment.pole === at.pole).length;
  if (total < segments) throw new LogicsError('logics/count', `${at.respondent} has ${segments} excerpt${segments === 1 ? '' : 's'} at the ${at.pole} pole of ${at.code}; remove excerpts to count fewer.`);
  const matches = (entry: Coding['counts'][number]) => entry.respondent === at.respondent && entry.code === at.code && entry.coder === at.coder;
  const existing = coding.counts.find(matches) ?? { respondent: at.respondent, code: at.code, coder: at.coder, low: 0, high: 0 };
  const updated = { ...existing, [at.pole]: total - segments };
  const others = coding.counts.filter((entry) => !matches(entry));
  return { ...coding, counts: updated.low === 0 && updated.high === 0 ? others : [...others, updated] };
}

export function addSegment(coding: Coding, segment: Segment): Coding {
  if (coding.segments.some((known) => known.id === segment.id)) throw new LogicsError('logics/duplicate-id', `A segment with the id "${segment.id}" exists already.`);
  return { ...coding, segments: [...coding.segments, segment] };
}

export function removeSegment(coding: Coding, segmentId: string): Coding {
  return { ...coding, segments: coding.segments.filter((segment) => segment.id !== segmentId) };
}

export function addRespondent(coding: Coding, respondent: Respondent): Coding {
  if (respondent.id.trim() === '') throw new LogicsError('logics/respondent', 'A respondent needs an id.');
  if (isReservedName(respondent.id)) throw new LogicsError('logics/respondent', `"${respondent.id}" is a reserved name and cannot be an id.`);
  if (coding.respondents.some((known) => known.id === respondent.id)) throw new LogicsError('logics/duplicate-id', `A respondent with the id "${respondent.id}" exists already.`);
  return { ...coding, respondents: [...coding.respondents, respondent] };
}
