import type { SpcPoint, SpcResult } from './chart';

/** A signal of non-random variation, with what a reader needs to say it in words. */
export type SpcSignal =
  /** The longest run of points on one side of the centre line is longer than chance allows. */
  | { kind: 'run'; part: number; length: number; limit: number; side: 'above' | 'below'; from: SpcPoint['x']; to: SpcPoint['x'] }
  /** The line is crossed fewer times than chance allows. */
  | { kind: 'crossings'; part: number; crossings: number; limit: number; useful: number }
  /** Points beyond the control limits. */
  | { kind: 'sigma'; part: number; points: SpcPoint[]; side: 'above' | 'below' | 'both' };

/**
 * The signals of a chart, part by part: an unusually long run (where it is and on which side),
 * unusually few crossings, and points outside the limits. Empty for a chart with none.
 */
export function chartSignals(result: SpcResult): SpcSignal[] {
  if ('error' in result) return [];
  const signals: SpcSignal[] = [];
  for (const part of result.parts) {
    const points = result.points.filter((point) => point.part === part.part);
    if (part.runs_signal && part.longest_run !== null && part.longest_run_max !== null && part.longest_run > part.longest_run_max) {
      // The longest run, found as the runs analysis counts it: included points off the line, in order.
      let best = { length: 0, start: 0, end: 0, side: 0 };
      let current = { length: 0, start: 0, side: 0 };
      points.forEach((point, index) => {
        if (!point.include || point.y === null || point.cl === null || point.y === point.cl) return;
        const side = Math.sign(point.y - point.cl);
        current = side === current.side ? { ...current, length: current.length + 1 } : { length: 1, start: index, side };
        if (current.length > best.length) best = { ...current, end: index };
      });
      signals.push({ kind: 'run', part: part.part, length: part.longest_run, limit: part.longest_run_max, side: best.side > 0 ? 'above' : 'below', from: points[best.start]!.x, to: points[best.end]!.x });
    }
    if (part.runs_signal && part.n_crossings !== null && part.n_crossings_min !== null && part.n_crossings < part.n_crossings_min) {
      signals.push({ kind: 'crossings', part: part.part, crossings: part.n_crossings, limit: part.n_crossings_min, useful: part.n_useful });
    }
    const outside = points.filter((point) => point.sigma_signal);
    if (outside.length > 0) {
      const high = outside.some((point) => point.ucl !== null && point.y! > point.ucl);
      const low = outside.some((point) => point.lcl !== null && point.y! < point.lcl);
      signals.push({ kind: 'sigma', part: part.part, points: outside, side: high && low ? 'both' : high ? 'above' : 'below' });
    }
  }
  return signals;
}
