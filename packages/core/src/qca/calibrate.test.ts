import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Calibration } from './calibrate';
import { calibrate, calibrationCurve, calibrationPresets, indirectTargets, suggestThresholds } from './calibrate';
import { QcaError } from './errors';

const sortedTriple = fc
  .tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }))
  .map(([e, gap1, gap2]) => ({ e, c: e + gap1, i: e + gap1 + gap2 }));

describe('calibrate, direct method', () => {
  it('puts the anchors on 0.05, 0.5 and 0.95 (QCA convention), by hand: logistic(±log 19)', () => {
    const [low, mid, high] = calibrate([165, 175, 185], { method: 'direct', anchors: { e: 165, c: 175, i: 185 } });
    expect(low).toBeCloseTo(0.05, 12);
    expect(mid).toBe(0.5);
    expect(high).toBeCloseTo(0.95, 12);
  });

  it('uses log-odds ±3 at the anchors with the fsQCA preset', () => {
    const [, , high] = calibrate([0, 1, 2], { method: 'direct', anchors: { e: 0, c: 1, i: 2 }, ...calibrationPresets.fsqca });
    expect(Math.log(high! / (1 - high!))).toBeCloseTo(3, 10);
  });

  it('is monotone: increasing sets never decrease with the raw value, decreasing ones never increase', () => {
    fc.assert(
      fc.property(sortedTriple, fc.array(fc.double({ min: -2e3, max: 2e3, noNaN: true }), { minLength: 2, maxLength: 40 }), fc.boolean(), (anchors, raw, logistic) => {
        const x = [...raw].sort((a, b) => a - b);
        const up = calibrate(x, { method: 'direct', anchors, logistic });
        const down = calibrate(x, { method: 'direct', anchors: { e: anchors.i, c: anchors.c, i: anchors.e }, logistic });
        for (let k = 1; k < x.length; k += 1) {
          expect(up[k]!).toBeGreaterThanOrEqual(up[k - 1]!);
          expect(down[k]!).toBeLessThanOrEqual(down[k - 1]!);
        }
        for (const value of [...up, ...down]) expect(value >= 0 && value <= 1).toBe(true);
      }),
    );
  });

  it('snaps memberships below 1e-4 to 0 and above 0.9999 to 1, as QCA does', () => {
    const [far, near] = calibrate([0, 500], { method: 'direct', anchors: { e: 400, c: 500, i: 600 } });
    expect(far).toBe(0);
    expect(near).toBe(0.5);
  });

  it('refuses anchors out of order, naming them', () => {
    expect(() => calibrate([1, 2], { method: 'direct', anchors: { e: 1, c: 5, i: 3 } })).toThrow(QcaError);
    expect(() => calibrate([1, 2], { method: 'direct', anchors: { e: 1, c: 5, i: 3 } })).toThrow(/crossover \(5\) must lie strictly between exclusion \(1\) and inclusion \(3\)/);
    expect(() => calibrate([1, 2], { method: 'direct', anchors: { e: 1, c: 2, i: 3 }, idm: 0.4 })).toThrow(/inclusion degree 0.4/);
  });
});

describe('calibrate, crisp', () => {
  it('counts the thresholds at or below each value: a value equal to a threshold goes up', () => {
    expect(calibrate([1, 2, 3, 4], { method: 'crisp', thresholds: [2] })).toEqual([0, 1, 1, 1]);
    expect(calibrate([1, 2, 3, 4], { method: 'crisp', thresholds: [3, 2] })).toEqual([0, 1, 2, 2]);
  });

  it('refuses thresholds outside the data and non-finite values, saying where', () => {
    expect(() => calibrate([1, 2], { method: 'crisp', thresholds: [9] })).toThrow(/Threshold 9 is outside the range of the data \[1, 2\]/);
    expect(() => calibrate([1, Number.NaN], { method: 'crisp', thresholds: [1] })).toThrow(/position 2 is not a finite number/);
  });
});

describe('calibrate, direct assignment', () => {
  it('gives each interval its membership: a value on a threshold goes up', () => {
    const calibration = { method: 'assign', thresholds: [1000, 4000, 8000], memberships: [0, 0.33, 0.67, 1] } as const;
    expect(calibrate([500, 1000, 3999, 4000, 9000], calibration)).toEqual([0, 0.33, 0.33, 0.67, 1]);
    expect(calibrate([500, 4000], { ...calibration, thresholds: [8000, 1000, 4000] })).toEqual([0, 0.67]);
  });

  it('agrees with crisp calibration when the memberships are 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 99 }), (x, threshold) => {
        fc.pre(Math.min(...x) <= threshold && threshold <= Math.max(...x));
        expect(calibrate(x, { method: 'assign', thresholds: [threshold], memberships: [0, 1] })).toEqual(calibrate(x, { method: 'crisp', thresholds: [threshold] }));
      }),
    );
  });

  it('refuses a wrong number of memberships, memberships outside [0, 1] and repeated thresholds', () => {
    expect(() => calibrate([1], { method: 'assign', thresholds: [2, 3], memberships: [0, 1] })).toThrow('2 thresholds make 3 intervals, so 3 memberships are needed, not 2.');
    expect(() => calibrate([1], { method: 'assign', thresholds: [2], memberships: [0, 1.2] })).toThrow('Membership 1.2 of interval 2 is not between 0 and 1.');
    expect(() => calibrate([1], { method: 'assign', thresholds: [2, 2], memberships: [0, 0.5, 1] })).toThrow('Threshold 2 is given twice');
  });
});

describe('suggestThresholds (QCA findTh)', () => {
  it('cuts between well separated clusters, at the midpoint of the gap', () => {
    expect(suggestThresholds([1, 2, 3, 10, 11, 12])).toEqual([6.5]);
    expect(suggestThresholds([0, 1, 20, 21, 40, 41], 2)).toEqual([10.5, 30.5]);
  });

  it('gives ascending thresholds that each fall strictly between two neighbouring values', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (values, count) => {
        const thresholds = suggestThresholds(values, count);
        const sorted = [...values].sort((a, b) => a - b);
        expect(thresholds).toHaveLength(count);
        expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
        for (const threshold of thresholds) {
          expect(sorted.some((value, index) => index + 1 < sorted.length && value < threshold && threshold < sorted[index + 1]!)).toBe(true);
        }
      }),
    );
  });

  it('refuses impossible requests with a typed error', () => {
    expect(() => suggestThresholds([1, 2], 2)).toThrow(QcaError);
    expect(() => suggestThresholds([1, 2, 3], 0)).toThrow(/at least 1/);
  });
});

describe('calibrationCurve', () => {
  const gdp = [350, 520, 800, 1100, 1600, 2200, 3000, 4100, 5200, 6800, 9000, 12000, 15000, 21000];
  const methods: Calibration[] = [
    { method: 'crisp', thresholds: [2500] },
    { method: 'direct', anchors: { e: 1000, c: 4000, i: 12000 } },
    { method: 'direct', anchors: { e: 1000, c: 4000, i: 12000 }, logistic: false, ecdf: true },
    { method: 'bell', anchors: { e1: 500, c1: 1000, i1: 2000, i2: 8000, c2: 12000, e2: 20000 } },
    { method: 'assign', thresholds: [1000, 9000], memberships: [0, 0.6, 1] },
    { method: 'indirect', thresholds: [1000, 4000, 9000] },
    { method: 'tfr' },
  ];

  it('at the cases themselves, is their calibration', () => {
    for (const calibration of methods) expect(calibrationCurve(gdp, calibration, gdp)).toEqual(calibrate(gdp, calibration));
  });

  it('between the cases, is the same function: value by value for the methods that need no data', () => {
    const between = [400, 2500, 7777, 20000];
    for (const calibration of methods.filter(({ method }) => method !== 'indirect' && method !== 'tfr')) {
      if (calibration.method === 'direct' && calibration.ecdf) continue;
      expect(calibrationCurve(gdp, calibration, between)).toEqual(calibrate(between, calibration));
    }
  });

  it("draws the indirect method's fitted curve through its cases, rising between them where they rise", () => {
    const calibration: Calibration = { method: 'indirect', thresholds: [1000, 4000, 9000] };
    const points = Array.from({ length: 60 }, (_, index) => 350 + ((21000 - 350) * index) / 59);
    const curve = calibrationCurve(gdp, calibration, points);
    const atCases = calibrate(gdp, calibration);
    // Each point lies between the memberships of the cases on either side of it.
    points.forEach((point, index) => {
      const right = gdp.findIndex((value) => value >= point);
      const left = Math.max(0, right - 1);
      const [low, high] = [Math.min(atCases[left]!, atCases[right]!), Math.max(atCases[left]!, atCases[right]!)];
      expect(curve[index]!).toBeGreaterThanOrEqual(low - 1e-6);
      expect(curve[index]!).toBeLessThanOrEqual(high + 1e-6);
    });
  });

  it('refuses a method that learns from the data when there are no cases', () => {
    expect(() => calibrationCurve([], { method: 'indirect', thresholds: [1] }, [1, 2])).toThrow(QcaError);
    expect(calibrationCurve([], { method: 'crisp', thresholds: [1] }, [0, 1, 2])).toEqual([0, 1, 1]);
  });

  it('gives the indirect targets interval by interval', () => {
    expect(indirectTargets(1)).toEqual([0, 1]);
    expect(indirectTargets(3)).toEqual([0, 0.333, 0.667, 1]);
  });
});

describe('large columns', () => {
  it('calibrates 300,000 values (no argument spreading that would overflow the stack)', () => {
    const x = Array.from({ length: 300_000 }, (_, index) => index % 1000);
    const memberships = calibrate(x, { method: 'crisp', thresholds: [500] });
    expect(memberships).toHaveLength(300_000);
    expect(memberships[499]).toBe(0);
    expect(memberships[500]).toBe(1);
  });
});
