import type { Coding, Respondent, Segment } from './coding';
import type { Pole } from './coding-data';
import type { Logic, Scheme } from './scheme';
import { logicById, schemeCodes } from './scheme-data';

/** How much material sits at each pole of one code for one respondent. */
export interface PoleCounts {
  low: number;
  high: number;
}

export type Sign = -1 | 0 | 1;

/** +1 when more material is coded at the high pole, −1 when more at the low pole, 0 when none or equal. */
export function codeScore({ low, high }: PoleCounts): Sign {
  return high > low ? 1 : low > high ? -1 : 0;
}

export interface RespondentScores {
  respondent: Respondent;
  /** Per code id: the counts (segments plus entered counts) and the code's score. */
  codes: Record<string, PoleCounts & { score: Sign }>;
  /** Per logic id: the sum of its codes' scores, from −(number of codes) to +(number of codes). */
  logics: Record<string, number>;
  /** Whether any material of the chosen coder(s) is about this respondent. */
  coded: boolean;
}

export interface ScoreOptions {
  /** Only this coder's material; by default all material counts. */
  coder?: string;
}

/** Each respondent's code and logic scores, in the order of `coding.respondents`. */
export function scoreCoding(coding: Pick<Coding, 'scheme' | 'respondents' | 'segments' | 'counts'>, options: ScoreOptions = {}): RespondentScores[] {
  const codes = schemeCodes(coding.scheme);
  const tallies = new Map<string, Map<string, PoleCounts>>();
  const tally = (respondent: string, code: string) => {
    let byCode = tallies.get(respondent);
    if (!byCode) tallies.set(respondent, (byCode = new Map()));
    let counts = byCode.get(code);
    if (!counts) byCode.set(code, (counts = { low: 0, high: 0 }));
    return counts;
  };
  const mine = (coder: string) => options.coder === undefined || coder === options.coder;
  for (const segment of coding.segments) if (mine(segment.coder)) tally(segment.respondent, segment.code)[segment.pole] += 1;
  for (const entry of coding.counts) {
    if (!mine(entry.coder)) continue;
    const counts = tally(entry.respondent, entry.code);
    counts.low += entry.low;
    counts.high += entry.high;
  }
  return coding.respondents.map((respondent) => {
    const byCode = tallies.get(respondent.id);
    const scores: RespondentScores['codes'] = {};
    const logics: Record<string, number> = Object.fromEntries(coding.scheme.logics.map((logic) => [logic.id, 0]));
    for (const { code, logic } of codes) {
      const counts = byCode?.get(code.id) ?? { low: 0, high: 0 };
      const score = codeScore(counts);
      scores[code.id] = { ...counts, score };
      logics[logic.id]! += score;
    }
    const coded = byCode !== undefined && [...byCode.values()].some((counts) => counts.low + counts.high > 0);
    return { respondent, codes: scores, logics, coded };
  });
}

/** The range of a logic's score: −n..+n for n codes. */
export function logicRange(logic: Logic): { min: number; max: number } {
  return { min: -logic.codes.length, max: logic.codes.length };
}

/**
 * Where a pair of logic scores falls: in one of the four quadrants, or on an axis when either
 * score is 0. The quadrant depends only on the signs, so it changes exactly when a score reaches
 * or crosses 0.
 */
export type Quadrant = 'high-high' | 'high-low' | 'low-high' | 'low-low' | 'on-axis';

export function quadrantOf(x: number, y: number): Quadrant {
  if (x === 0 || y === 0) return 'on-axis';
  return `${x > 0 ? 'high' : 'low'}-${y > 0 ? 'high' : 'low'}`;
}

export interface GridPoint {
  respondent: Respondent;
  x: number;
  y: number;
  quadrant: Quadrant;
  coded: boolean;
}

export interface GridAxes {
  /** The logic across (x) and the one up (y); by default the scheme's first two. */
  x?: string;
  y?: string;
}

/** The two logics a grid plots, checked against the scheme. */
export function gridLogics(scheme: Scheme, axes: GridAxes = {}): { x: Logic; y: Logic } {
  return { x: logicById(scheme, axes.x ?? scheme.logics[0]!.id), y: logicById(scheme, axes.y ?? scheme.logics[1]!.id) };
}

/** Respondents as points of the logic-score grid. */
export function gridPoints(scores: readonly RespondentScores[], axes: { x: Logic; y: Logic }): GridPoint[] {
  return scores.map(({ respondent, logics, coded }) => {
    const x = logics[axes.x.id] ?? 0;
    const y = logics[axes.y.id] ?? 0;
    return { respondent, x, y, quadrant: quadrantOf(x, y), coded };
  });
}

/** The segments behind one respondent's score on one code, split by pole: the evidence a reader checks. */
export function evidenceFor(segments: readonly Segment[], respondent: string, code: string, coder?: string): Record<Pole, Segment[]> {
  const evidence: Record<Pole, Segment[]> = { low: [], high: [] };
  for (const segment of segments) {
    if (segment.respondent === respondent && segment.code === code && (coder === undefined || segment.coder === coder)) evidence[segment.pole].push(segment);
  }
  return evidence;
}

/** Respondents grouped by the value of one grouping (site, role); respondents without it fall under "". */
export function groupValues(respondents: readonly Respondent[], grouping: string): string[] {
  return [...new Set(respondents.map((respondent) => respondent.groups[grouping] ?? ''))];
}
