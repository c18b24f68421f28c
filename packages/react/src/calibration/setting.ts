import type { Calibration, SixAnchors, ThreeAnchors } from '@wayfinder/core/qca/calibrate';
import { calibrationPresets, suggestThresholds } from '@wayfinder/core/qca/calibrate';
import { QcaError } from '@wayfinder/core/qca/errors';

/** What a calibration widget edits: a mode and its anchors, in the words analysts use. */
export type CalibrationSetting =
  | { mode: 'crisp'; thresholds: number[] }
  | { mode: 'direct'; anchors: ThreeAnchors; preset: 'qca' | 'fsqca'; shape: 'logistic' | 's-shaped' }
  | { mode: 'bell'; anchors: SixAnchors };

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
  }
}

/** Anchor names in slider order (ascending raw values). */
export function anchorNames(setting: CalibrationSetting): string[] {
  switch (setting.mode) {
    case 'crisp':
      return setting.thresholds.map((_, index) => `t${index + 1}`);
    case 'direct':
      return setting.anchors.e <= setting.anchors.i ? ['e', 'c', 'i'] : ['i', 'c', 'e'];
    case 'bell':
      return ['e1', 'c1', 'i1', 'i2', 'c2', 'e2'];
  }
}

/** The anchors' raw values in slider order. */
export function anchorPositions(setting: CalibrationSetting): number[] {
  if (setting.mode === 'crisp') return [...setting.thresholds].sort((a, b) => a - b);
  const anchors = setting.anchors as unknown as Record<string, number>;
  return anchorNames(setting).map((name) => anchors[name]!);
}

/** The setting with its anchors moved to `positions` (slider order). */
export function withPositions(setting: CalibrationSetting, positions: readonly number[]): CalibrationSetting {
  if (setting.mode === 'crisp') return { mode: 'crisp', thresholds: [...positions] };
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
  }
}
