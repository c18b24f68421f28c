import type { SpcChart, SpcRequest } from '../spc/request';
import type { Measure, MeasurePoint } from './journey';

export { blankMeasure, measureCharts, measureKinds, measureScales } from './measure-kinds';

/** The chart each scale of numbers calls for: proportions P, counts C, rates U, time between events T, cases between events G, continuous values I. */
export const chartOfScale: Readonly<Record<NonNullable<Measure['scale']>, SpcChart>> = { proportion: 'p', count: 'c', rate: 'u', 'time-between': 't', 'cases-between': 'g', continuous: 'i' };

/** Charts whose values are counts out of a denominator. */
export const chartsWithDenominators: ReadonlySet<SpcChart> = new Set(['p', 'pp', 'u', 'up']);

/** The chart a measure's scale suggests: a run chart while the team has not said what the numbers are. */
export const suggestedChart = (measure: Pick<Measure, 'scale'>): SpcChart => (measure.scale ? chartOfScale[measure.scale] : 'run');

/** The chart a measure is drawn with: the team's choice, else the suggestion. */
export const chartOf = (measure: Pick<Measure, 'scale' | 'chart'>): SpcChart => measure.chart ?? suggestedChart(measure);

/** The groups a measure has values for: all students ('') first, then the focal group, then the others in alphabetical order. */
export function measureGroups(measure: Pick<Measure, 'data' | 'focalGroup'>): string[] {
  const groups = [...new Set(measure.data.map((point) => point.group))];
  const rank = (group: string) => (group === '' ? 0 : group === measure.focalGroup ? 1 : 2);
  return groups.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A group's values in period order. */
export const groupSeries = (measure: Pick<Measure, 'data'>, group: string): MeasurePoint[] => measure.data.filter((point) => point.group === group).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

/**
 * The chart request for one group of a measure: periods as days, the values (shares as percentages),
 * denominators where the chart takes them, a new part from each change, and the baseline frozen
 * through `baselineUntil`. `missingDenominators` counts values a chart of shares or rates cannot
 * place without one.
 */
export function measureRequest(measure: Measure, group: string): { request: SpcRequest; missingDenominators: number } {
  const series = groupSeries(measure, group);
  const chart = chartOf(measure);
  const periods = series.map((point) => point.period);
  const withDenominators = chartsWithDenominators.has(chart) || ((chart === 'run' || chart === 'i') && series.length > 0 && series.every((point) => point.denominator !== null));
  // A change on a period starts a part at the first value on or after it.
  const parts = [...new Set(measure.changes.map((change) => periods.filter((period) => period < change).length))].filter((at) => at > 0 && at < series.length).sort((a, b) => a - b);
  const frozen = measure.baselineUntil === null ? 0 : periods.filter((period) => period <= measure.baselineUntil!).length;
  const request: SpcRequest = {
    id: `${measure.id}:${group}`,
    chart,
    x: periods,
    x_type: 'date',
    y: series.map((point) => point.value),
    ...(withDenominators ? { n: series.map((point) => point.denominator) } : {}),
    ...(parts.length > 0 ? { part: parts } : {}),
    ...(frozen > 0 && parts.length === 0 ? { freeze: frozen } : {}),
    ...(withDenominators && measure.scale === 'proportion' ? { multiply: 100 } : {}),
    // Counts, shares, rates and times are never below zero: neither are their limits.
    y_neg: measure.scale === 'continuous' || measure.scale === null,
  };
  return { request, missingDenominators: withDenominators ? series.filter((point) => point.denominator === null).length : 0 };
}
