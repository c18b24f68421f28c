import type { Measure } from './journey';

/** Kinds of measure, after the improvement literature: what the change is for, how it is done, and what it may harm elsewhere. */
export const measureKinds = ['outcome', 'process', 'balancing'] as const;
/** What a measure's numbers are, which decides the chart that fits them. */
export const measureScales = ['proportion', 'count', 'rate', 'time-between', 'cases-between', 'continuous'] as const;
/** The charts of `@wayfinder/core/spc` a measure may be drawn with. */
export const measureCharts = ['run', 'i', 'mr', 'xbar', 's', 't', 'p', 'pp', 'c', 'u', 'up', 'g'] as const;

/** A measure of `target` with nothing said yet and no data. */
export function blankMeasure(target: Measure['target'] = 'spread', fields: Partial<Omit<Measure, 'id'>> = {}): Measure {
  return { id: globalThis.crypto.randomUUID(), target, measure: '', schedule: '', who: '', findings: '', kind: null, scale: null, chart: null, goal: null, focalGroup: null, changes: [], baselineUntil: null, data: [], ...fields };
}
