import { calibrate, calibrationCurve } from '@wayfinder/core/qca/calibrate';
import { useMemo } from 'react';
import { useControllableState } from '../controllable-state';
import type { CalibrationSetting } from './setting';
import { suggestSetting, toCalibration } from './setting';

const NO_VALUES_SETTING: CalibrationSetting = { mode: 'direct', anchors: { e: 0, c: 0.5, i: 1 }, preset: 'qca', shape: 'logistic' };

export interface UseCalibrationOptions {
  /** Raw values, one per case. */
  values: readonly number[];
  setting?: CalibrationSetting;
  defaultSetting?: CalibrationSetting;
  onSettingChange?: (setting: CalibrationSetting) => void;
  /** Points on the drawn membership curve. */
  curvePoints?: number;
}

export interface CalibrationState {
  setting: CalibrationSetting;
  setSetting: (setting: CalibrationSetting | ((previous: CalibrationSetting) => CalibrationSetting)) => void;
  /** Memberships per case, or null when the setting is not valid (see `error`). */
  memberships: number[] | null;
  error: Error | null;
  /** Raw extent of the data. */
  domain: [number, number];
  /** [raw, membership] pairs across the domain, for drawing the curve. */
  curve: [number, number][];
  /** Indices of cases whose membership is exactly 0.5: they will belong to no truth-table row. */
  halfCases: number[];
}

/**
 * Calibration of one raw variable, controlled or not: the setting, the memberships it gives, the
 * curve to draw and the cases on the crossover. An invalid setting (anchors out of order) gives no
 * memberships, and the engine's typed error says why.
 */
export function useCalibration({ values, setting: controlled, defaultSetting, onSettingChange, curvePoints = 160 }: UseCalibrationOptions): CalibrationState {
  // A variable with no values at all (every case missing) has nothing to suggest from: the
  // placeholder gives no memberships, and `error` says why.
  const initial = useMemo(() => defaultSetting ?? (values.some(Number.isFinite) ? suggestSetting(values, 'direct') : NO_VALUES_SETTING), []);
  const [setting, setSetting] = useControllableState({ value: controlled, defaultValue: initial, onChange: onSettingChange });
  const domain = useMemo<[number, number]>(() => {
    // Folds, not Math.min(...values): spreading a large column would overflow the call stack.
    const finite = values.filter(Number.isFinite);
    return [finite.reduce((low, value) => Math.min(low, value), Infinity), finite.reduce((high, value) => Math.max(high, value), -Infinity)];
  }, [values]);
  const derived = useMemo(() => {
    try {
      const calibration = toCalibration(setting);
      const memberships = calibrate(values, calibration);
      const [min, max] = domain;
      const xs = Array.from({ length: curvePoints }, (_, index) => min + ((max - min) * index) / (curvePoints - 1));
      // Crisp thresholds must lie inside the data, which the sample points always do; the indirect
      // method's fit and empirical distributions come from the cases, not the sample points.
      const ys = calibrationCurve(values, calibration, xs);
      return {
        memberships,
        error: null,
        curve: xs.map((x, index) => [x, ys[index]!] as [number, number]),
        halfCases: memberships.flatMap((value, index) => (value === 0.5 ? [index] : [])),
      };
    } catch (error) {
      return { memberships: null, error: error as Error, curve: [], halfCases: [] };
    }
  }, [setting, values, domain, curvePoints]);
  return { setting, setSetting, domain, ...derived };
}

export { anchorNames, anchorPositions, suggestSetting, toCalibration, withLastThresholdRemoved, withPositions, withThresholdAdded } from './setting';
export type { CalibrationMode, CalibrationSetting, IntervalSetting } from './setting';
