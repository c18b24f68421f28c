import { calibrate, calibrationCurve, suggestThresholds } from '@wayfinder/core/qca/calibrate';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anchorPositions, suggestSetting, useCalibration, withLastThresholdRemoved, withPositions, withThresholdAdded } from './index';

const values = [150, 160, 165, 170, 175, 180, 185, 190, 200];

describe('useCalibration', () => {
  it('gives the engine memberships for the setting and the cases exactly on the crossover', () => {
    const setting = { mode: 'direct', anchors: { e: 160, c: 175, i: 190 }, preset: 'qca', shape: 'logistic' } as const;
    const { result } = renderHook(() => useCalibration({ values, defaultSetting: setting }));
    expect(result.current.memberships).toEqual(calibrate(values, { method: 'direct', anchors: setting.anchors, idm: 0.95 }));
    expect(result.current.halfCases).toEqual([4]);
    expect(result.current.domain).toEqual([150, 200]);
    expect(result.current.curve[0]).toEqual([150, expect.any(Number)]);
  });

  it('reports anchors out of order as the engine’s error, with no memberships', () => {
    const { result } = renderHook(() => useCalibration({ values, defaultSetting: { mode: 'direct', anchors: { e: 160, c: 195, i: 190 }, preset: 'qca', shape: 'logistic' } }));
    expect(result.current.memberships).toBeNull();
    expect(result.current.error?.message).toMatch(/out of order/);
  });

  it('moves anchors by slider position, keeping which anchor is which when the set is decreasing', () => {
    const decreasing = { mode: 'direct', anchors: { e: 190, c: 175, i: 160 }, preset: 'fsqca', shape: 'logistic' } as const;
    expect(anchorPositions(decreasing)).toEqual([160, 175, 190]);
    expect(withPositions(decreasing, [150, 170, 195])).toEqual({ ...decreasing, anchors: { i: 150, c: 170, e: 195 } });
    const { result } = renderHook(() => useCalibration({ values, defaultSetting: decreasing }));
    act(() => result.current.setSetting((previous) => withPositions(previous, [165, 180, 195])));
    expect(result.current.memberships![0]).toBeGreaterThan(0.95);
  });

  it('assigns a membership per interval, and adds or removes the last threshold with its interval', () => {
    const assign = suggestSetting(values, 'assign');
    if (assign.mode !== 'assign') throw new Error('an assignment was suggested');
    expect(assign).toEqual({ mode: 'assign', thresholds: suggestThresholds(values, 3), memberships: [0, 0.33, 0.67, 1] });
    const { result } = renderHook(() => useCalibration({ values, defaultSetting: assign }));
    expect(result.current.memberships).toEqual(calibrate(values, { method: 'assign', thresholds: assign.thresholds, memberships: assign.memberships }));
    expect(result.current.memberships![0]).toBe(0);
    expect(result.current.memberships![values.length - 1]).toBe(1);
    const max = values[values.length - 1]!;
    expect(withThresholdAdded(assign, max)).toEqual({ mode: 'assign', thresholds: [...assign.thresholds, (assign.thresholds[2]! + max) / 2], memberships: [0, 0.33, 0.67, 1, 1] });
    expect(withLastThresholdRemoved(assign)).toEqual({ mode: 'assign', thresholds: assign.thresholds.slice(0, 2), memberships: [0, 0.33, 0.67] });
    expect(withLastThresholdRemoved({ mode: 'assign', thresholds: [170], memberships: [0, 1] })).toEqual({ mode: 'assign', thresholds: [170], memberships: [0, 1] });
  });

  it('runs the indirect method: thresholds as anchors, the fitted curve drawn from the cases, intervals added and removed', () => {
    const indirect = suggestSetting(values, 'indirect');
    if (indirect.mode !== 'indirect') throw new Error('the indirect method was suggested');
    expect(indirect).toEqual({ mode: 'indirect', thresholds: suggestThresholds(values, 3) });
    const { result } = renderHook(() => useCalibration({ values, defaultSetting: indirect, curvePoints: 11 }));
    const calibration = { method: 'indirect', thresholds: indirect.thresholds } as const;
    expect(result.current.memberships).toEqual(calibrate(values, calibration));
    // The curve is the model fitted to the cases, not one refitted to the sample points.
    const xs = result.current.curve.map(([raw]) => raw);
    expect(result.current.curve.map(([, membership]) => membership)).toEqual(calibrationCurve(values, calibration, xs));
    expect(result.current.curve.map(([, membership]) => membership)).not.toEqual(calibrate(xs, calibration));
    expect(anchorPositions(indirect)).toEqual(indirect.thresholds);
    const max = values[values.length - 1]!;
    expect(withThresholdAdded(indirect, max)).toEqual({ mode: 'indirect', thresholds: [...indirect.thresholds, (indirect.thresholds[2]! + max) / 2] });
    expect(withLastThresholdRemoved(indirect)).toEqual({ mode: 'indirect', thresholds: indirect.thresholds.slice(0, 2) });
  });

  it('reports negative values under the indirect method as the engine’s error', () => {
    const { result } = renderHook(() => useCalibration({ values: [-3, 1, 2, 5], defaultSetting: { mode: 'indirect', thresholds: [1.5] } }));
    expect(result.current.memberships).toBeNull();
    expect(result.current.error?.message).toMatch(/negative/);
  });

  it('suggests fewer thresholds when the values have fewer distinct levels, never a membership of 0.5', () => {
    expect(suggestSetting([1, 1, 2, 2, 3], 'assign')).toEqual({ mode: 'assign', thresholds: suggestThresholds([1, 1, 2, 2, 3], 2), memberships: [0, 0.67, 1] });
    expect(suggestSetting([4, 4], 'assign')).toEqual({ mode: 'assign', thresholds: [4], memberships: [0, 1] });
  });

  it('suggests anchors from the distribution', () => {
    expect(suggestSetting(values, 'crisp')).toEqual({ mode: 'crisp', thresholds: suggestThresholds(values, 1) });
    const bell = suggestSetting(values, 'bell');
    expect(anchorPositions(bell)).toEqual([...anchorPositions(bell)].sort((a, b) => a - b));
  });
});
