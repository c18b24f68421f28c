import type { Calibration, SixAnchors, ThreeAnchors } from '@wayfinder/core/qca/calibrate';
import { calibrationPresets, suggestThresholds } from '@wayfinder/core/qca/calibrate';
import { QcaError } from '@wayfinder/core/qca/errors';

/** What a calibration widget edits: a mode and its anchors, in the words analysts use. */
export type CalibrationSetting =
  | { mode: 'crisp'; thresholds: number[] }
  | { mode: 'direct'; anchors: ThreeAnchors; preset: 'qca' | 'fsqca'; shape: 'logistic' | 's-shaped' }
  | { mode: 'bell'; anchors: SixAnchors }
  /** Direct assignment: ascending thresholds and the membership of each interval they make (one more). */
  | { mode: 'assign'; thresholds: number[]; memberships: number[] };

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
  }
}

/** Anchor names in slider order (ascending raw values). */
export function anchorNames(setting: CalibrationSetting): string[] {
  switch (setting.mode) {
    case 'crisp':
    case 'assign':
      return setting.thresholds.map((_, index) => `t${index + 1}`);
    case 'direct':
      return setting.anchors.e <= setting.anchors.i ? ['e', 'c', 'i'] : ['i', 'c', 'e'];
    case 'bell':
      return ['e1', 'c1', 'i1', 'i2', 'c2', 'e2'];
  }
}

/** The anchors' raw values in slider order. */
export function anchorPositions(setting: CalibrationSetting): number[] {
  if (setting.mode === 'crisp' || setting.mode === 'assign') return [...setting.thresholds].sort((a, b) => a - b);
  const anchors = setting.anchors as unknown as Record<string, number>;
  return anchorNames(setting).map((name) => anchors[name]!);
}

/** The setting with its anchors moved to `positions` (slider order). */
export function withPositions(setting: CalibrationSetting, positions: readonly number[]): CalibrationSetting {
  if (setting.mode === 'crisp') return { mode: 'crisp', thresholds: [...positions] };
  if (setting.mode === 'assign') return { ...setting, thresholds: [...positions] };
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
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
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
      // Up to three thresholds where the data have gaps (four ordered categories), fewer when the
      // values allow fewer; memberships spread from 0 to 1, none on 0.5.
      const distinct = new Set(sorted).size;
      const count = Math.min(3, distinct - 1);
      if (count < 1) return { mode: 'assign', thresholds: [sorted[0]!], memberships: [0, 1] };
      return { mode: 'assign', thresholds: suggestThresholds(sorted, count), memberships: SPREAD[count]! };
    }
  }
}

const SPREAD: Record<number, number[]> = { 1: [0, 1], 2: [0, 0.67, 1], 3: [0, 0.33, 0.67, 1] };

/** The assignment with one more threshold, halfway between the last one and the largest value; the new interval keeps the last membership. */
export function withThresholdAdded(setting: Extract<CalibrationSetting, { mode: 'assign' }>, max: number): CalibrationSetting {
  const last = setting.thresholds[setting.thresholds.length - 1]!;
  return { mode: 'assign', thresholds: [...setting.thresholds, (last + max) / 2], memberships: [...setting.memberships, setting.memberships[setting.memberships.length - 1]!] };
}

/** The assignment without its last threshold and the interval above it (one threshold always stays). */
export function withLastThresholdRemoved(setting: Extract<CalibrationSetting, { mode: 'assign' }>): CalibrationSetting {
  if (setting.thresholds.length <= 1) return setting;
  return { mode: 'assign', thresholds: setting.thresholds.slice(0, -1), memberships: setting.memberships.slice(0, -1) };
}
