import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpcPoint, SpcRequest } from './index';
import { SpcError, spcChart } from './index';
import { binomialFifthPercentile, c4 } from './statistics';

const chartOf = (request: Omit<SpcRequest, 'id'>) => {
  const result = spcChart({ id: 'test', ...request });
  if ('error' in result) throw new Error(result.error);
  return result;
};

/** Values with a few decimals, as measures hold them. */
const measured = fc.integer({ min: -5000, max: 5000 }).map((value) => value / 10);
const seriesOf = (min: number, max: number) => fc.array(measured, { minLength: min, maxLength: max });
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
const limitsOf = (point: SpcPoint) => [point.cl, point.lcl, point.ucl, point.lcl95, point.ucl95];

/** A seeded generator of normal values (Box–Muller over a linear congruential generator): the same series on every run. */
function normals(seed: number) {
  let state = seed;
  const uniform = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return (count: number) =>
    Array.from({ length: count }, () => {
      const [u, v] = [uniform(), uniform()];
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    });
}

describe('control limits', () => {
  it('lie symmetrically around the centre line of an I chart, 3 and 2 sigma out', () => {
    fc.assert(
      fc.property(seriesOf(3, 40), (y) => {
        for (const point of chartOf({ chart: 'i', y }).points) {
          if (point.cl === null || point.ucl === null) continue;
          expect(close(point.ucl - point.cl, point.cl - point.lcl!)).toBe(true);
          expect(close((point.ucl - point.cl) * 2, (point.ucl95! - point.cl) * 3)).toBe(true);
        }
      }),
    );
  });

  it('move with the data: adding d to every value adds d to the centre line and the limits of I and run charts', () => {
    fc.assert(
      fc.property(seriesOf(3, 30), fc.integer({ min: -100, max: 100 }), fc.constantFrom('i' as const, 'run' as const), (y, d, chart) => {
        const [plain, shifted] = [chartOf({ chart, y }), chartOf({ chart, y: y.map((value) => value + d) })];
        plain.points.forEach((point, index) => {
          const moved = shifted.points[index]!;
          limitsOf(point).forEach((value, at) => expect(close(value === null ? null : value + d, limitsOf(moved)[at]!)).toBe(true));
          expect(moved.sigma_signal).toBe(point.sigma_signal);
        });
        expect(shifted.parts).toEqual(plain.parts);
      }),
    );
  });

  it('scale with multiply: y, centre line and limits, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 30 }), (counts) => {
        const request = { chart: 'p' as const, y: counts, n: counts.map(() => 50) };
        const [plain, percent] = [chartOf(request), chartOf({ ...request, multiply: 100 })];
        percent.points.forEach((point, index) => {
          const base = plain.points[index]!;
          expect(close(point.y, base.y === null ? null : base.y * 100)).toBe(true);
          limitsOf(point).forEach((value, at) => expect(close(value, limitsOf(base)[at] === null ? null : limitsOf(base)[at]! * 100)).toBe(true));
          // A proportion's limits stay within 0 and 1 before multiplying.
          expect(base.lcl!).toBeGreaterThanOrEqual(0);
          expect(base.ucl!).toBeLessThanOrEqual(1);
        });
        expect(percent.parts).toEqual(plain.parts);
      }),
    );
  });
});

describe('parts, baseline and excluded subgroups', () => {
  it('compute each part as a chart of its own', () => {
    fc.assert(
      fc.property(seriesOf(6, 40).chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 2, max: y.length - 2 }))), fc.constantFrom('i' as const, 'run' as const, 'c' as const), ([y, at], chart) => {
        const values = chart === 'c' ? y.map((value) => Math.abs(Math.round(value))) : y;
        const whole = chartOf({ chart, y: values, part: [at] });
        const [first, second] = [chartOf({ chart, y: values.slice(0, at) }), chartOf({ chart, y: values.slice(at) })];
        [...first.points, ...second.points].forEach((point, index) => {
          limitsOf(point).forEach((value, k) => expect(close(value, limitsOf(whole.points[index]!)[k]!)).toBe(true));
          expect(whole.points[index]!.part).toBe(index < at ? 1 : 2);
        });
        expect(whole.parts).toEqual([first.parts[0], { ...second.parts[0], part: 2 }]);
      }),
    );
  });

  it('leave an excluded subgroup out of the I chart\'s centre line and sigma, its neighbours becoming adjacent, but still draw it', () => {
    fc.assert(
      fc.property(seriesOf(5, 30).chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 1, max: y.length }))), ([y, left]) => {
        const whole = chartOf({ chart: 'i', y, exclude: [left] });
        const without = chartOf({ chart: 'i', y: y.filter((_, index) => index !== left - 1) });
        expect(close(whole.points[0]!.cl, without.points[0]!.cl)).toBe(true);
        expect(close(whole.points[0]!.ucl, without.points[0]!.ucl)).toBe(true);
        expect(whole.points[left - 1]).toMatchObject({ include: false, y: y[left - 1] });
        expect(whole.parts[0]!.n_obs).toBe(y.length - 1);
      }),
    );
  });

  it('take the centre line and limits from a frozen baseline and test later points against them', () => {
    fc.assert(
      fc.property(seriesOf(6, 30).chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 3, max: y.length - 1 }))), ([y, freeze]) => {
        const frozen = chartOf({ chart: 'i', y, freeze });
        const baseline = chartOf({ chart: 'i', y: y.slice(0, freeze) });
        expect(close(frozen.points.at(-1)!.cl, baseline.points[0]!.cl)).toBe(true);
        expect(close(frozen.points.at(-1)!.ucl, baseline.points[0]!.ucl)).toBe(true);
        expect(frozen.points.map((point) => point.baseline)).toEqual(y.map((_, index) => index < freeze));
        expect(frozen.parts[0]!.n_obs).toBe(y.length);
      }),
    );
  });
});

describe('the Anhøj runs analysis', () => {
  it('signals at about the rate the rules were made for on series with no change (24 normal values)', () => {
    const draw = normals(20_261_207);
    const trials = 2000;
    let signals = 0;
    for (let trial = 0; trial < trials; trial += 1) if (chartOf({ chart: 'run', y: draw(24) }).parts[0]!.runs_signal) signals += 1;
    // Anhøj & Olesen (2014): false positives for 24 points are about 5–10 %.
    expect(signals / trials).toBeGreaterThan(0.03);
    expect(signals / trials).toBeLessThan(0.12);
  });

  it('catches a shift of 2 standard deviations halfway through most of the time', () => {
    const draw = normals(7);
    const trials = 500;
    let signals = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      const y = draw(24).map((value, index) => (index >= 12 ? value + 2 : value));
      if (chartOf({ chart: 'run', y }).parts[0]!.runs_signal) signals += 1;
    }
    expect(signals / trials).toBeGreaterThan(0.6);
  });

  it('skips points on the centre line and missing points, and counts runs on the rest', () => {
    // Median 3: the 3s are skipped; below, below | above, above | below: 3 runs, 2 crossings, longest 2.
    const { parts } = chartOf({ chart: 'run', y: [1, 2, 3, null, 4, 5, 3, 0] });
    expect(parts[0]).toEqual({ part: 1, n_obs: 8, n_useful: 5, longest_run: 2, longest_run_max: Math.round(Math.log2(5)) + 3, n_crossings: 2, n_crossings_min: binomialFifthPercentile(4), runs_signal: false });
  });

  it('never signals runs on an MR chart or over categories', () => {
    const y = Array.from({ length: 20 }, (_, index) => index);
    expect(chartOf({ chart: 'i', y }).parts[0]!.runs_signal).toBe(true);
    expect(chartOf({ chart: 'i', y, x: y.map((value) => `c${value}`), x_type: 'category' }).parts[0]!.runs_signal).toBe(false);
    expect(chartOf({ chart: 'mr', y: y.map((value) => value * value) }).parts[0]!.runs_signal).toBe(false);
  });

  it('bounds crossings by the 5th percentile of Binomial(n − 1, ½), summed exactly', () => {
    const exact = (trials: number) => {
      // P(X ≤ c) = Σ C(trials, k) / 2^trials, in integers.
      let cumulative = 0n;
      let term = 1n;
      for (let c = 0; c <= trials; c += 1) {
        cumulative += term;
        if (cumulative * 20n >= 1n << BigInt(trials)) return c;
        term = (term * BigInt(trials - c)) / BigInt(c + 1);
      }
      return trials;
    };
    for (const trials of [0, 1, 4, 7, 11, 23, 60, 99, 250]) expect(binomialFifthPercentile(trials), `${trials} trials`).toBe(exact(trials));
  });
});

describe('chart by chart', () => {
  it('refuses a T chart with a value at or below 0, as data it cannot chart', () => {
    expect(spcChart({ id: 'zero', chart: 't', y: [3, 0, 5] })).toEqual({ id: 'zero', chart: 't', error: expect.stringMatching(/above 0/) });
  });

  it('floors negative lower limits at 0 when y may not go below zero', () => {
    const y = [1, 9, 0, 12, 2, 10, 1, 8];
    expect(chartOf({ chart: 'i', y }).points[0]!.lcl!).toBeLessThan(0);
    const floored = chartOf({ chart: 'i', y, y_neg: false }).points;
    expect(floored.every((point) => point.lcl === 0 && point.lcl95! >= 0)).toBe(true);
  });

  it('averages rows that share an x into one subgroup, sorted by x, and gives S charts their c4 limits', () => {
    const x = [2, 1, 2, 1, 2, 1, 3, 3, 3];
    const y = [10, 4, 12, 6, 14, 5, 7, 9, 8];
    const xbar = chartOf({ chart: 'xbar', x, y }).points;
    expect(xbar.map((point) => [point.x, point.y])).toEqual([
      [1, 5],
      [2, 12],
      [3, 8],
    ]);
    const s = chartOf({ chart: 's', x, y }).points;
    // Subgroups of 3 with SDs 1, 2 and 1: s̄ = 4/3, upper limit s̄ (1 + 3 √(1 − c4²) / c4).
    expect(close(s[0]!.cl, 4 / 3)).toBe(true);
    expect(close(s[0]!.ucl, (4 / 3) * (1 + (3 * Math.sqrt(1 - c4(3) ** 2)) / c4(3)))).toBe(true);
    expect(close(c4(3), Math.sqrt(Math.PI) / 2)).toBe(true);
  });

  it('reads days as dates, in calendar order', () => {
    const chart = chartOf({ chart: 'run', x: ['2026-03-01', '2026-01-01', '2026-02-01'], x_type: 'date', y: [3, 1, 2] });
    expect(chart.points.map((point) => [point.x, point.y])).toEqual([
      ['2026-01-01', 1],
      ['2026-02-01', 2],
      ['2026-03-01', 3],
    ]);
  });

  it('keeps a p subgroup without its denominator as a gap, with no limits', () => {
    const point = chartOf({ chart: 'p', y: [5, 6, null, 4], n: [50, 60, 40, 50] }).points[2]!;
    expect(point).toMatchObject({ y: null, lcl: null, ucl: null, lcl95: null, ucl95: null, sigma_signal: false });
  });
});

describe('a request that breaks the format', () => {
  const problems = (input: unknown) => {
    try {
      spcChart(input as SpcRequest);
    } catch (error) {
      if (error instanceof SpcError) return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw error;
    }
    return [];
  };

  it('is refused with every problem named at its place', () => {
    expect(problems({ id: 'a', chart: 'p', y: [1, 2], x: [1, null, 3], colour: 'red' })).toEqual(['colour: not a field of a chart request', 'n: required for a p chart', 'x: 3 keys for 2 values of y', 'x.1: missing: every row needs its subgroup']);
    expect(problems({ chart: 'pie', y: [] })).toEqual(['id: required', 'chart: one of run, i, mr, xbar, s, t, p, pp, c, u, up, g', 'y: required']);
    expect(problems({ id: 'b', chart: 'run', y: [1, 'two'], x: ['2026-02-30', '2026-03-01'], x_type: 'date', freeze: 1.5, method: 'best' })).toEqual(['y.1: a number or null', 'x.0: a day written YYYY-MM-DD', 'freeze: a whole subgroup number', 'method: one of anhoej, bestbox, cutbox']);
    expect(problems('not a request')).toEqual([': not an object']);
  });

  it('takes an empty list for an absent one', () => {
    expect(() => chartOf({ chart: 'i', y: [1, 2, 3], x: [], exclude: [] })).not.toThrow();
  });
});

describe('charts as CSV', () => {
  it('writes a line per point of each series, formulas neutralised, and reads back', async () => {
    const { chartCsv } = await import('./csv');
    const Papa = (await import('papaparse')).default;
    const result = spcChart({ id: 'a', chart: 'run', y: [1, 2, 3] });
    const text = chartCsv([{ name: '=HYPERLINK("x")', result }, { name: 'refused', result: spcChart({ id: 'b', chart: 't', y: [0] }) }]);
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual(['series', 'x', 'y', 'cl', 'lcl', 'ucl', 'lcl95', 'ucl95', 'sigma_signal', 'runs_signal', 'part', 'include', 'baseline']);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ["'=HYPERLINK(\"x\")", '1', '1', '2', ''],
      ["'=HYPERLINK(\"x\")", '2', '2', '2', ''],
      ["'=HYPERLINK(\"x\")", '3', '3', '2', ''],
    ]);
  });
});
