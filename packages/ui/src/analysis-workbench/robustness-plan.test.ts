import { describe, expect, it } from 'vitest';
import { holdingRanges, readSweep, robustnessPlan } from './robustness-plan';

describe('the plan of a robustness sweep', () => {
  it('tries the cut from 0.5 to 1 with the current one, and each anchor strictly between its neighbours', () => {
    const plan = robustnessPlan(0.83, [{ name: 'GDP', setting: { mode: 'direct', anchors: { e: 500, c: 800, i: 1000 }, preset: 'qca', shape: 'logistic' }, values: [400, 1200], decimals: 0 }], 0);
    const [cut, e, c, i] = plan.swept;
    expect(cut!.values).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.83, 0.85, 0.9, 0.95, 1]);
    expect(cut!.variantIndex[cut!.values.indexOf(0.83)]).toBe(0);
    expect(c!.values[0]).toBeGreaterThan(500);
    expect(c!.values.at(-1)).toBeLessThan(1000);
    expect(c!.values).toContain(800);
    // The outer anchors reach as far out again as their neighbour is in.
    expect(e!.values[0]).toBeGreaterThan(200);
    expect(i!.values.at(-1)).toBeLessThan(1200);
    // Every value but the current one is a variant with only that anchor moved, in order.
    const moved = plan.variants[c!.variantIndex[0]!]!.calibrations!.GDP as { anchors: { e: number; c: number; i: number } };
    expect(moved.anchors).toEqual({ e: 500, c: c!.values[0], i: 1000 });
    expect(plan.nudges).toEqual([]);
  });

  it('adds the nudges of 0.5 memberships when there are any', () => {
    const plan = robustnessPlan(0.8, [], 3);
    expect(plan.nudges.map((nudge) => [nudge.to, plan.variants[nudge.variantIndex]])).toEqual([
      [0.49, { nudgeHalf: 0.49 }],
      [0.51, { nudgeHalf: 0.51 }],
    ]);
  });

  it('reads where the solution is unchanged and where each term holds', () => {
    const solution = (...models: string[][]) => ({ solutions: { parsimonious: { models, capped: false } }, nudged: 0 });
    const outcomes = [solution(['A', 'B']), solution(['A']), solution(['A', 'B']), { error: { code: 'qca/calibration', message: 'x' } }];
    const setting = { parameter: { kind: 'inclCut' as const }, current: 0.8, values: [0.7, 0.8, 0.9, 1], variantIndex: [1, 0, 2, 3] };
    const read = readSweep(setting, outcomes, 'parsimonious', ['A', 'B']);
    expect(read.map((row) => row.unchanged)).toEqual([false, true, true, false]);
    expect(holdingRanges(setting.values, read.map((row) => row.holds[0]!))).toEqual([[0.7, 0.9]]);
    expect(holdingRanges(setting.values, read.map((row) => row.holds[1]!))).toEqual([[0.8, 0.9]]);
    expect(holdingRanges([1, 2, 3, 4], [true, false, true, true])).toEqual([[1, 1], [3, 4]]);
  });
});
