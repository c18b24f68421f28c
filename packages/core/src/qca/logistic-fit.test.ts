import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrate } from './calibrate';
import { fitLogistic, leastSquares, predictLogistic } from './logistic-fit';

const column = (values: readonly number[]) => Float64Array.from(values);

describe('leastSquares', () => {
  it('solves a full-rank system exactly', () => {
    // z = 2 + 3a - b on four points: the residuals are zero, so the coefficients are exact.
    const a = [1, 2, 3, 5];
    const b = [4, 1, 0, 2];
    const z = a.map((value, i) => 2 + 3 * value - b[i]!);
    const coefficients = leastSquares([column([1, 1, 1, 1]), column(a), column(b)], z);
    coefficients.forEach((value, j) => expect(value).toBeCloseTo([2, 3, -1][j]!, 10));
  });

  it('leaves out a column that repeats another, with coefficient 0, as LINPACK does', () => {
    const a = [1, 2, 3, 5];
    const z = [3, 5, 7, 11];
    const coefficients = leastSquares([column([1, 1, 1, 1]), column(a), column(a.map((value) => 2 * value))], z);
    expect(coefficients[0]).toBeCloseTo(1, 10);
    expect(coefficients[1]).toBeCloseTo(2, 10);
    expect(coefficients[2]).toBe(0);
  });
});

describe('fitLogistic', () => {
  it('recovers the proportions exactly when they follow the model', () => {
    const x = [0.5, 1, 2, 3, 5, 8, 13, 21];
    const eta = x.map((value) => -1 + 0.8 * Math.log(value) + 0.1 * Math.sqrt(value) - 0.05 * value + 0.001 * value ** 2);
    const y = eta.map((value) => 1 / (1 + Math.exp(-value)));
    const predictors = (values: number[]) => [values.map(Math.log), values.map(Math.sqrt), values, values.map((value) => value ** 2)];
    const { fitted, coefficients } = fitLogistic(predictors(x), y);
    fitted.forEach((value, i) => expect(value).toBeCloseTo(y[i]!, 9));
    expect(coefficients).toHaveLength(5);
    [-1, 0.8, 0.1, -0.05, 0.001].forEach((value, j) => expect(coefficients[j]).toBeCloseTo(value, 6));
    // Between the data, the model's own curve; at the data, its fitted values exactly.
    const between = [0.75, 4, 17];
    predictLogistic(coefficients, predictors(between)).forEach((value, i) => expect(value).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 0.8 * Math.log(between[i]!) + 0.1 * Math.sqrt(between[i]!) - 0.05 * between[i]! + 0.001 * between[i]! ** 2))), 9));
    expect(predictLogistic(coefficients, predictors(x))).toEqual(fitted);
  });

  it('meets the score equations at the fit: the residuals are orthogonal to every predictor', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 8, maxLength: 30 }),
        fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { minLength: 30, maxLength: 30 }),
        (raw, proportions) => {
          const x = raw.map((value) => value / 10);
          const y = x.map((_, i) => proportions[i]!);
          const predictors = [x.map(Math.log), x.map(Math.sqrt), x];
          const { fitted } = fitLogistic(predictors, y);
          for (const predictor of [x.map(() => 1), ...predictors]) {
            const score = predictor.reduce((sum, value, i) => sum + value * (y[i]! - fitted[i]!), 0);
            const scale = predictor.reduce((sum, value) => sum + Math.abs(value), 0);
            expect(Math.abs(score) / scale).toBeLessThan(1e-6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('indirect calibration', () => {
  const gdp = [350, 520, 800, 1100, 1600, 2200, 3000, 4100, 5200, 6800, 9000, 12000, 15000, 21000];

  it('gives memberships in [0, 1], rounded to six decimals, snapped at 1e-4', () => {
    const memberships = calibrate(gdp, { method: 'indirect', thresholds: [1000, 4000, 9000] });
    for (const value of memberships) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(Number(value.toFixed(6))).toBe(value);
      expect(value === 0 || value >= 0.0001).toBe(true);
      expect(value === 1 || value <= 0.9999).toBe(true);
    }
    // The regression follows the targets: the poorest below the crossover, the richest above it.
    expect(memberships[0]).toBeLessThan(0.2);
    expect(memberships.at(-1)).toBeGreaterThan(0.8);
  });

  it('takes the thresholds in any order', () => {
    expect(calibrate(gdp, { method: 'indirect', thresholds: [9000, 1000, 4000] })).toEqual(calibrate(gdp, { method: 'indirect', thresholds: [1000, 4000, 9000] }));
  });

  it('refuses negative values, which have no logarithm, naming the position', () => {
    expect(() => calibrate([3, -1, 4], { method: 'indirect', thresholds: [2] })).toThrow('value -1 at position 2 is negative');
  });
});
