import type { AnalysisVariant, VariantOutcome, VariantSolution } from '@wayfinder/core/qca/robustness';
import type { SolutionKind } from '@wayfinder/core/qca/minimize';
import type { CalibrationSetting } from '@wayfinder/react/calibration';
import { anchorNames, anchorPositions, toCalibration, withPositions } from '@wayfinder/react/calibration';

/** A setting moved across a range: the consistency cut, or one anchor of one raw variable. */
export interface SweptSetting {
  parameter: { kind: 'inclCut' } | { kind: 'anchor'; variable: string; anchor: string };
  current: number;
  /** Ascending, the current value among them. */
  values: number[];
  /** Index of each value's variant in the plan's list. */
  variantIndex: number[];
}

export interface RobustnessPlan {
  /** The unchanged analysis first, then each swept value, then the nudges of 0.5 memberships. */
  variants: AnalysisVariant[];
  swept: SweptSetting[];
  nudges: { to: number; variantIndex: number }[];
}

export interface RawVariable {
  name: string;
  setting: CalibrationSetting;
  /** The data's values, to bound the outer anchors' ranges. */
  values: readonly number[];
  decimals: number;
}

/** The consistency cuts tried: every 0.05 from 0.5 to 1, and the current one. */
const CUT_STEPS = Array.from({ length: 11 }, (_, index) => 0.5 + index * 0.05);
/** Values tried strictly between an anchor's neighbours: 9 evenly spaced, and the current one. */
const ANCHOR_STEPS = 10;

const round = (value: number, decimals: number) => Number(value.toFixed(Math.min(6, decimals)));
const ascendingUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/**
 * The variants a robustness sweep runs: the cut over its whole sensible range, and each anchor of
 * each raw variable between its neighbours (the outer ones as far out again as the nearest
 * neighbour, or over the data when alone), so no value tried reorders the anchors. Memberships of
 * exactly 0.5 in the conditions are tried at 0.49 and 0.51 when there are any.
 */
export function robustnessPlan(inclCut: number, raw: readonly RawVariable[], halfMemberships: number): RobustnessPlan {
  const variants: AnalysisVariant[] = [{}];
  const swept: SweptSetting[] = [];
  const add = (parameter: SweptSetting['parameter'], current: number, values: number[], variantOf: (value: number) => AnalysisVariant) => {
    const sorted = ascendingUnique([...values, current]);
    swept.push({
      parameter,
      current,
      values: sorted,
      variantIndex: sorted.map((value) => {
        if (value === current) return 0;
        variants.push(variantOf(value));
        return variants.length - 1;
      }),
    });
  };
  add({ kind: 'inclCut' }, inclCut, CUT_STEPS.map((cut) => round(cut, 2)), (value) => ({ inclCut: value }));
  for (const variable of raw) {
    const positions = anchorPositions(variable.setting);
    const names = anchorNames(variable.setting);
    let min = Infinity;
    let max = -Infinity;
    for (const value of variable.values) {
      if (!Number.isFinite(value)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    positions.forEach((position, index) => {
      const before = positions[index - 1];
      const after = positions[index + 1];
      const low = before ?? (after !== undefined ? position - (after - position) : min);
      const high = after ?? (before !== undefined ? position + (position - before) : max);
      if (!(high > low)) return;
      const values = Array.from({ length: ANCHOR_STEPS - 1 }, (_, step) => round(low + ((high - low) * (step + 1)) / ANCHOR_STEPS, variable.decimals + 1)).filter((value) => value > low && value < high);
      add({ kind: 'anchor', variable: variable.name, anchor: names[index]! }, position, values, (value) => ({
        calibrations: { [variable.name]: toCalibration(withPositions(variable.setting, positions.map((other, at) => (at === index ? value : other)))) },
      }));
    });
  }
  const nudges = halfMemberships > 0 ? [0.49, 0.51].map((to) => ({ to, variantIndex: variants.push({ nudgeHalf: to }) - 1 })) : [];
  return { variants, swept, nudges };
}

/** The solution of `kind` in a variant's outcome, or null where there is none (a failure, an error). */
export function solutionIn(outcome: VariantOutcome | undefined, kind: SolutionKind): VariantSolution | null {
  if (!outcome || 'error' in outcome) return null;
  const solution = outcome.solutions[kind];
  return solution && !('error' in solution) ? solution : null;
}

const modelsKey = (solution: VariantSolution | null) => (solution ? solution.models.map((model) => model.join(' + ')).join(' | ') : '');

/** The terms of a solution in the order its models give them, each once. */
export const termsOf = (solution: VariantSolution) => [...new Set(solution.models.flat())];

/** For each value of a swept setting: whether there is a solution, whether it is as it is now, and which of its terms hold (appear in some model). */
export function readSweep(setting: SweptSetting, outcomes: readonly VariantOutcome[], kind: SolutionKind, terms: readonly string[]) {
  const base = modelsKey(solutionIn(outcomes[0], kind));
  return setting.values.map((value, index) => {
    const solution = solutionIn(outcomes[setting.variantIndex[index]!], kind);
    const present = new Set(solution ? solution.models.flat() : []);
    return { value, exists: solution !== null, unchanged: solution !== null && modelsKey(solution) === base, holds: terms.map((term) => present.has(term)) };
  });
}

/** Runs of consecutive values where `holds` is true, as [from, to] pairs. */
export function holdingRanges(values: readonly number[], holds: readonly boolean[]): [number, number][] {
  const ranges: [number, number][] = [];
  values.forEach((value, index) => {
    if (!holds[index]) return;
    const last = ranges.at(-1);
    if (last && holds[index - 1]) last[1] = value;
    else ranges.push([value, value]);
  });
  return ranges;
}
