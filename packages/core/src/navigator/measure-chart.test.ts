import { describe, expect, it } from 'vitest';
import { chartSignals, spcChart } from '../spc';
import { blankMeasure } from './measure-kinds';
import { chartOf, measureGroups, measureRequest, suggestedChart } from './measure-chart';

const months = (count: number) => Array.from({ length: count }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}-01`);

describe('the chart of a measure', () => {
  it('follows the scale of its numbers, unless the team chose another', () => {
    expect(['proportion', 'count', 'rate', 'time-between', 'cases-between', 'continuous', null].map((scale) => suggestedChart({ scale: scale as never }))).toEqual(['p', 'c', 'u', 't', 'g', 'i', 'run']);
    expect(chartOf({ scale: 'proportion', chart: 'pp' })).toBe('pp');
  });

  it('lists all students first, then the focal group, then the others', () => {
    const data = ['Newcomers', 'English learners', '', 'Boys'].map((group) => ({ period: '2026-01-01', value: 1, denominator: 2, group }));
    expect(measureGroups({ data, focalGroup: 'English learners' })).toEqual(['', 'English learners', 'Boys', 'Newcomers']);
  });

  it('charts a group\'s shares as percentages over its periods, a change starting a part', () => {
    const periods = months(8);
    const passing = [10, 12, 11, 13, 20, 22, 21, 24];
    const measure = blankMeasure('spread', {
      scale: 'proportion',
      changes: ['2026-05-01'],
      data: [...periods.map((period, index) => ({ period, value: passing[index]!, denominator: 40, group: 'English learners' })), { period: '2026-01-01', value: 100, denominator: 200, group: '' }].reverse(),
    });
    const { request, missingDenominators } = measureRequest(measure, 'English learners');
    expect(request).toMatchObject({ chart: 'p', x: periods, x_type: 'date', y: passing, part: [4], multiply: 100, y_neg: false });
    expect(missingDenominators).toBe(0);
    const result = spcChart(request);
    if ('error' in result) throw new Error(result.error);
    // Each part's centre line is its own share: 46 of 160 before the change, 87 of 160 after.
    expect(result.points[0]!.cl).toBeCloseTo((46 / 160) * 100, 10);
    expect(result.points[7]!.cl).toBeCloseTo((87 / 160) * 100, 10);
  });

  it('freezes the baseline through the period the team chose, and counts values a share cannot place', () => {
    const measure = blankMeasure('spread', { scale: 'proportion', baselineUntil: '2026-03-15', data: months(6).map((period, index) => ({ period, value: 5 + index, denominator: index === 4 ? null : 20, group: '' })) });
    const { request, missingDenominators } = measureRequest(measure, '');
    expect(request.freeze).toBe(3);
    expect(missingDenominators).toBe(1);
  });
});

describe('signals in words', () => {
  it('finds the long run, where it is and on which side, and the points beyond the limits', () => {
    // Mean 196/18: eight points below it, then ten above (the last far beyond the limits).
    const y = [5, 6, 4, 5, 6, 4, 5, 6, 12, 13, 12, 14, 13, 12, 13, 14, 12, 40];
    const result = spcChart({ id: 'shift', chart: 'i', y });
    const signals = chartSignals(result);
    expect(signals).toContainEqual(expect.objectContaining({ kind: 'run', side: 'above', from: 9, to: 18, length: 10 }));
    expect(signals.find((signal) => signal.kind === 'sigma')).toMatchObject({ side: 'both', points: expect.arrayContaining([expect.objectContaining({ x: 18, y: 40 })]) });
    expect(chartSignals(spcChart({ id: 'calm', chart: 'run', y: [3, 5, 4, 6, 3, 5, 4, 6] }))).toEqual([]);
  });
});
