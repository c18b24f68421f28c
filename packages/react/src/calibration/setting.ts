import type { Calibration, SixAnchors, ThreeAnchors } from '@wayfinder/core/qca/calibrate';
import { calibrationPresets, suggestThresholds } from '@wayfinder/core/qca/calibrate';
import { QcaError } from '@wayfinder/core/qca/errors';

/** What a calibration widget edits: a mode and its anchors, in the words analysts use. */
export type CalibrationSetting =
  | { mode: 'crisp'; thresholds: number[] }
  | { mode: 'direct'; anchors: ThreeAnchors; preset: 'qca' | 'fsqca'; shape: 'logistic' | 's-shaped' }
  | { mode: 'bell'; anchors: SixAnchors }
  /** Direct assignment: ascending thresholds and the membership of each interval they make (one more). */
  | { mode: 'assign'; thresholds: number[]; memberships: number[] }
  /** Ragin's indirect method: thresholds sort the cases into intervals, a regression on their targets gives the memberships. */
  | { mode: 'indirect'; thresholds: number[] };

export type CalibrationMode = CalibrationSetting['mode'];

/** The engine's calibration for a setting. */
export function toCalibration(setting: CalibrationSetting): Calibration {
  switch (setting.mode) {
    case 'crisp':
      return { method: 'crisp', thresholds: [...setting.thresholds].sort((a, b) => a - b) };
    case 'direct':
      return setting.shape === 'logistic'
        ? { method: 'direct', anchors: setting.anchors, idm: calibrationPresets[setting.preset].idm }
        : { method: 'direct', anchors: setting.anchors, logistic: false };
    case 'bell':
      return { method: 'bell', anchors: setting.anchors };
    case 'assign':
      return { method: 'assign', thresholds: setting.thresholds, memberships: setting.memberships };
    case 'indirect':
      return { method: 'indirect', thresholds: [...setting.thresholds].sort((a, b) => a - b) };
  }
}

/** Anchor names in slider order (ascending raw values). */
export function anchorNames(setting: CalibrationSetting): string[] {
  switch (setting.mode) {
    case 'crisp':
    case 'assign':
    case 'indirect':
      return setting.thresholds.map((_, index) => `t${index + 1}`);
    case 'direct':
      return setting.anchors.e <= setting.anchors.i ? ['e', 'c', 'i'] : ['i', 'c', 'e'];
    case 'bell':
      return ['e1', 'c1', 'i1', 'i2', 'c2', 'e2'];
  }
}

/** The anchors' raw values in slider order. */
export function anchorPositions(setting: CalibrationSetting): number[] {
  if ('thresholds' in setting) return [...setting.thresholds].sort((a, b) => a - b);
  const anchors = setting.anchors as unknown as Record<string, number>;
  return anchorNames(setting).map((name) => anchors[name]!);
}

/** The setting with its anchors moved to `positions` (slider order). */
export function withPositions(setting: CalibrationSetting, positions: readonly number[]): CalibrationSetting {
  if ('thresholds' in setting) return { ...setting, thresholds: [...positions] };
  const names = anchorNames(setting);
  const anchors = Object.fromEntries(names.map((name, index) => [name, positions[index]!]));
  return setting.mode === 'direct' ? { ...setting, anchors: anchors as unknown as ThreeAnchors } : { mode: 'bell', anchors: anchors as unknown as SixAnchors };
}

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

/** A starting point from the data's distribution: QCA's `findTh` threshold for crisp sets, quantiles for anchors. */
export function suggestSetting(values: readonly number[], mode: CalibrationMode): CalibrationSetting {
  // A typed array sorts numbers natively: several times faster than a comparator at 100,000 cases.
  const sorted = Array.from(Float64Array.from(values.filter(Number.isFinite)).sort());
  if (sorted.length === 0) throw new QcaError('qca/calibration', 'No finite values to calibrate.');
  const q = (p: number) => quantile(sorted, p);
  switch (mode) {
    case 'crisp':
      return { mode: 'crisp', thresholds: sorted.length > 1 ? suggestThresholds(sorted, 1) : [sorted[0]!] };
    case 'direct':
      return { mode: 'direct', anchors: { e: q(0.1), c: q(0.5), i: q(0.9) }, preset: 'qca', shape: 'logistic' };
    case 'bell':
      return { mode: 'bell', anchors: { e1: q(0.05), c1: q(0.2), i1: q(0.35), i2: q(0.65), c2: q(0.8), e2: q(0.95) } };
    case 'assign': {
      // Memberships spread from 0 to 1, none on 0.5.
      const thresholds = gapThresholds(sorted);
      return { mode: 'assign', thresholds, memberships: SPREAD[thresholds.length]! };
    }
    case 'indirect':
      return { mode: 'indirect', thresholds: gapThresholds(sorted) };
  }
}

/** Up to three thresholds where the sorted values have gaps (four ordered categories), fewer when the values allow fewer. */
function gapThresholds(sorted: readonly number[]): number[] {
  const count = Math.min(3, new Set(sorted).size - 1);
  return count < 1 ? [sorted[0]!] : suggestThresholds(sorted, count);
}

const SPREAD: Record<number, number[]> = { 1: [0, 1], 2: [0, 0.67, 1], 3: [0, 0.33, 0.67, 1] };

/** A setting whose thresholds make intervals the analyst adds and removes. */
export type IntervalSetting = Extract<CalibrationSetting, { mode: 'assign' | 'indirect' }>;

/** One more threshold, halfway between the last one and the largest value; in an assignment the new interval keeps the last membership. */
export function withThresholdAdded(setting: IntervalSetting, max: number): CalibrationSetting {
  const thresholds = [...setting.thresholds, (setting.thresholds[setting.thresholds.length - 1]! + max) / 2];
  if (setting.mode === 'indirect') return { mode: 'indirect', thresholds };
  return { mode: 'assign', thresholds, memberships: [...setting.memberships, setting.memberships[setting.memberships.length - 1]!] };
}

/** Without the last threshold and the interval above it (one threshold always stays). */
export function withLastThresholdRemoved(setting: IntervalSetting): CalibrationSetting {
  if (setting.thresholds.length <= 1) return setting;
  if (setting.mode === 'indirect') return { mode: 'indirect', thresholds: setting.thresholds.slice(0, -1) };
  return { mode: 'assign', thresholds: setting.thresholds.slice(0, -1), memberships: setting.memberships.slice(0, -1) };
}
