import { QcaError } from './errors';
import { fitLogistic, predictLogistic } from './logistic-fit';
import { nearlyEqual } from './numeric';

/**
 * Calibration turns raw values into set memberships. Every method here reproduces R's
 * `QCA::calibrate()` (3.25) number for number, including its snapping of memberships below 1e-4
 * to 0 and above 0.9999 to 1 in the direct method.
 */

export interface ThreeAnchors {
  /** Full exclusion. */
  e: number;
  /** Crossover (0.5). */
  c: number;
  /** Full inclusion. */
  i: number;
}

export interface SixAnchors {
  e1: number;
  c1: number;
  i1: number;
  i2: number;
  c2: number;
  e2: number;
}

export type Calibration =
  | { method: 'crisp'; thresholds: readonly number[] }
  | {
      method: 'direct';
      anchors: ThreeAnchors;
      /** Logistic (default) or the s-shaped piecewise power function. */
      logistic?: boolean;
      /** Membership at the inclusion anchor: 0.95 is QCA's default. */
      idm?: number;
      /** Exponents of the s-shaped function below and above the crossover. */
      below?: number;
      above?: number;
      /** Use the empirical distribution between the anchors instead of a power function. */
      ecdf?: boolean;
    }
  | { method: 'bell'; anchors: SixAnchors; below?: number; above?: number }
  | { method: 'tfr' }
  /**
   * Ragin's indirect method as QCA runs it: values are sorted into the intervals the thresholds
   * make, each interval given a target membership (0, 1/k, …, 1 for k thresholds), and a
   * fractional-polynomial logistic regression of the targets on the values gives the memberships.
   */
  | { method: 'indirect'; thresholds: readonly number[] }
  /**
   * Direct assignment: the analyst gives the membership of each interval the thresholds make
   * (`memberships[0]` below the first threshold, …, the last above the last; a value on a
   * threshold goes up), e.g. 0, 0.33, 0.67, 1 for four ordered categories.
   */
  | { method: 'assign'; thresholds: readonly number[]; memberships: readonly number[] };

/** The two conventions of the field for the direct method's inclusion degree. */
export const calibrationPresets = {
  /** R's QCA: the anchors land exactly on 0.95 / 0.5 / 0.05. */
  qca: { idm: 0.95 },
  /** Ragin's fsQCA: log-odds of ±3 at the anchors (0.9526 / 0.0474). */
  fsqca: { idm: Math.exp(3) / (1 + Math.exp(3)) },
} as const;

function fail(message: string): never {
  throw new QcaError('qca/calibration', message);
}

function snap(values: number[]): number[] {
  return values.map((value) => (value < 0.0001 ? 0 : value > 0.9999 ? 1 : value));
}

function assertFinite(x: readonly number[]) {
  x.forEach((value, index) => {
    if (!Number.isFinite(value)) fail(`Value ${String(value)} at position ${index + 1} is not a finite number.`);
  });
}

/** The interval of ascending thresholds a value falls in: how many are at or below it (a value on a threshold goes up). */
function intervalOf(value: number, sorted: readonly number[]): number {
  return sorted.filter((threshold) => value >= threshold).length;
}

/** Crisp (and multi-value) thresholds: the number of thresholds at or below each value. A value equal to a threshold goes up. */
export function calibrateCrisp(x: readonly number[], thresholds: readonly number[]): number[] {
  if (thresholds.length === 0) fail('Crisp calibration needs at least one threshold.');
  assertFinite(x);
  // A fold, not Math.min(...x): spreading a large column would overflow the call stack.
  const min = x.reduce((low, value) => Math.min(low, value), Infinity);
  const max = x.reduce((high, value) => Math.max(high, value), -Infinity);
  const sorted = [...thresholds].sort((a, b) => a - b);
  sorted.forEach((threshold) => {
    if (threshold < min || threshold > max) fail(`Threshold ${threshold} is outside the range of the data [${min}, ${max}].`);
  });
  return x.map((value) => intervalOf(value, sorted));
}

function logistic(x: readonly number[], { e, c, i }: ThreeAnchors, idm: number): number[] {
  const decreasing = e > i;
  const [low, high] = decreasing ? [i, e] : [e, i];
  const logit = Math.log(idm / (1 - idm));
  const memberships = x.map((value) => {
    const slope = value < c ? -logit / (low - c) : logit / (high - c);
    return 1 / (1 + Math.exp(-((value - c) * slope)));
  });
  return decreasing ? memberships.map((value) => 1 - value) : memberships;
}

/** The empirical CDF of `sample`, as R's `ecdf()`: the share of values ≤ t. */
function empiricalCdf(sample: readonly number[]) {
  const sorted = [...sample].sort((a, b) => a - b);
  return (t: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo / sorted.length;
  };
}

function sShaped(x: readonly number[], at: readonly number[], { e, c, i }: ThreeAnchors, below: number, above: number, ecdf: boolean): number[] {
  const increasing = !(i < c && c < e);
  const lowest = Math.min(e, c, i);
  const highest = Math.max(e, c, i);
  const cdf = ecdf ? empiricalCdf(x.filter((value) => value >= lowest && value <= highest)) : undefined;
  const atOrBelow = (value: number, anchor: number) => value < anchor || nearlyEqual(value, anchor);
  return at.map((value) => {
    if (increasing) {
      if (atOrBelow(value, e)) return 0;
      if (atOrBelow(value, c)) return cdf ? cdf(value) / cdf(c) / 2 : ((e - value) / (e - c)) ** below / 2;
      if (atOrBelow(value, i)) return cdf ? 1 - (1 - cdf(value)) / (1 - cdf(c)) / 2 : 1 - ((i - value) / (i - c)) ** above / 2;
      return 1;
    }
    if (atOrBelow(value, i)) return 1;
    if (atOrBelow(value, c)) return cdf ? 1 - cdf(value) / cdf(c) / 2 : 1 - ((i - value) / (i - c)) ** above / 2;
    if (atOrBelow(value, e)) return cdf ? (1 - cdf(value)) / (1 - cdf(c)) / 2 : ((e - value) / (e - c)) ** below / 2;
    return 0;
  });
}

function bell(x: readonly number[], anchors: SixAnchors, below: number, above: number): number[] {
  const { e1, c1, i1, i2, c2, e2 } = anchors;
  if (c1 < Math.min(e1, i1) || c1 > Math.max(e1, i1)) fail('The first crossover is not between the first exclusion and inclusion anchors.');
  if (c2 < Math.min(e2, i2) || c2 > Math.max(e2, i2)) fail('The second crossover is not between the second exclusion and inclusion anchors.');
  const repeats = (values: number[]) => new Set(values).size < values.length;
  const increasing = !(i1 < c1 && c1 < e1 && e1 <= e2 && e2 < c2 && c2 < i2);
  if (repeats([e1, c1, i1]) || repeats([i2, c2, e2]) || c1 === c2 || (increasing ? e1 === e2 : i1 === i2)) {
    fail('Some anchors are equal that must differ.');
  }
  const le = (value: number, anchor: number) => value < anchor || nearlyEqual(value, anchor);
  const rise = (value: number, e: number, c: number) => ((e - value) / (e - c)) ** below / 2;
  const top = (value: number, i: number, c: number) => 1 - ((i - value) / (i - c)) ** above / 2;
  return x.map((value) => {
    if (increasing) {
      if (le(value, e1)) return 0;
      if (le(value, c1)) return rise(value, e1, c1);
      if (value < i1) return top(value, i1, c1);
      if (le(value, i2)) return 1;
      if (le(value, c2)) return top(value, i2, c2);
      if (le(value, e2)) return rise(value, e2, c2);
      return 0;
    }
    if (le(value, i1)) return 1;
    if (le(value, c1)) return top(value, i1, c1);
    if (value < e1) return rise(value, e1, c1);
    if (le(value, e2)) return 0;
    if (le(value, c2)) return rise(value, e2, c2);
    if (le(value, i2)) return top(value, i2, c2);
    return 1;
  });
}

/** QCA's "totally fuzzy and relative" method for ordinal scales: ECDF rescaled so the lowest category is 0. */
function totallyFuzzyRelative(x: readonly number[], at: readonly number[]): number[] {
  const cdf = empiricalCdf(x);
  const floor = cdf(1);
  return at.map((value) => Math.max(0, (cdf(value) - floor) / (1 - floor)));
}

/** The thresholds in ascending order, refused unless every one is a finite number. */
function ascendingThresholds(thresholds: readonly number[]): number[] {
  if (thresholds.some((threshold) => !Number.isFinite(threshold))) fail('Thresholds must be finite numbers.');
  return [...thresholds].sort((a, b) => a - b);
}

function assign(x: readonly number[], thresholds: readonly number[], memberships: readonly number[]): number[] {
  const sorted = ascendingThresholds(thresholds);
  const repeated = sorted.find((threshold, index) => index > 0 && threshold === sorted[index - 1]);
  if (repeated !== undefined) fail(`Threshold ${repeated} is given twice: the interval between would be empty.`);
  if (memberships.length !== sorted.length + 1) {
    fail(`${sorted.length} thresholds make ${sorted.length + 1} intervals, so ${sorted.length + 1} memberships are needed, not ${memberships.length}.`);
  }
  memberships.forEach((membership, index) => {
    if (!(membership >= 0 && membership <= 1)) fail(`Membership ${String(membership)} of interval ${index + 1} is not between 0 and 1.`);
  });
  return x.map((value) => memberships[intervalOf(value, sorted)]!);
}

/**
 * The memberships the indirect method targets, interval by interval: 0 below the first of `count`
 * thresholds, then 1/count, 2/count, … up to 1 above the last (three decimals, as QCA rounds them).
 */
export function indirectTargets(count: number): number[] {
  return [0, ...Array.from({ length: count }, (_, i) => Number(((i + 1) / count).toFixed(3)))];
}

function indirect(x: readonly number[], thresholds: readonly number[], at: readonly number[]): number[] {
  if (thresholds.length === 0) fail('The indirect method needs at least one threshold.');
  const sorted = ascendingThresholds(thresholds);
  for (const values of [x, at]) {
    values.forEach((value, index) => {
      if (value < 0) fail(`The indirect method takes the logarithm of the values: value ${value} at position ${index + 1} is negative.`);
    });
  }
  const targets = indirectTargets(sorted.length);
  const y = x.map((value) => targets[sorted.filter((threshold) => value > threshold).length]!);
  // QCA's model: y ~ log(x) + √x + x + x², with 0 moved to 1e-5 so that its logarithm exists.
  const predictors = (values: readonly number[]) => {
    const shifted = values.map((value) => (value === 0 ? 0.00001 : value));
    return [shifted.map(Math.log), shifted.map(Math.sqrt), shifted, shifted.map((value) => value ** 2)];
  };
  const { coefficients } = fitLogistic(predictors(x), y);
  return snap(predictLogistic(coefficients, predictors(at)).map((value) => Number(value.toFixed(6))));
}

export function calibrate(x: readonly number[], calibration: Calibration): number[] {
  return calibrationCurve(x, calibration, x);
}

/**
 * The memberships a calibration gives at the raw values `at`, with what depends on the data (the
 * indirect method's fit, the empirical distributions of `tfr` and `ecdf`) taken from the cases'
 * values `x`: the curve a chart draws between the cases. At `x` itself, `calibrate(x)`.
 */
export function calibrationCurve(x: readonly number[], calibration: Calibration, at: readonly number[]): number[] {
  assertFinite(x);
  if (at !== x) assertFinite(at);
  if (at.length === 0) return [];
  const fromData = calibration.method === 'tfr' || calibration.method === 'indirect' || (calibration.method === 'direct' && calibration.ecdf === true);
  if (fromData && x.length === 0) fail(`The ${calibration.method} method needs the cases' values.`);
  switch (calibration.method) {
    case 'crisp':
      return calibrateCrisp(at, calibration.thresholds);
    case 'tfr':
      return totallyFuzzyRelative(x, at);
    case 'indirect':
      return indirect(x, calibration.thresholds, at);
    case 'assign':
      return assign(at, calibration.thresholds, calibration.memberships);
    case 'bell': {
      const { below = 1, above = 1 } = calibration;
      if (below <= 0 || above <= 0) fail('The exponents "below" and "above" must be positive.');
      return snap(bell(at, calibration.anchors, below, above));
    }
    case 'direct': {
      const { anchors, logistic: isLogistic = true, idm = calibrationPresets.qca.idm, below = 1, above = 1, ecdf = false } = calibration;
      const { e, c, i } = anchors;
      if (!(Number.isFinite(e) && Number.isFinite(c) && Number.isFinite(i))) fail('Anchors must be finite numbers.');
      if (!((e < c && c < i) || (e > c && c > i))) {
        fail(`Anchors are out of order: the crossover (${c}) must lie strictly between exclusion (${e}) and inclusion (${i}).`);
      }
      if (idm <= 0.5 || idm >= 1) fail(`The inclusion degree ${idm} must be above 0.5 and below 1.`);
      if (isLogistic) return snap(logistic(at, anchors, idm));
      if (below <= 0 || above <= 0) fail('The exponents "below" and "above" must be positive.');
      return snap(sShaped(x, at, anchors, below, above, ecdf));
    }
  }
}

/**
 * Thresholds suggested by the data, as QCA's `findTh()` finds them: the sorted values are grouped
 * by complete-linkage clustering into `count + 1` groups, and each threshold is the midpoint
 * between the last value of a group and the first of the next. On a line, complete linkage only
 * ever merges neighbouring groups (a farther group spans more), so the clustering is a sequence of
 * merges of adjacent intervals, the narrowest union first; ties go to the leftmost pair.
 */
export function suggestThresholds(x: readonly number[], count = 1): number[] {
  assertFinite(x);
  if (!Number.isInteger(count) || count < 1) fail(`The number of thresholds must be a whole number of at least 1, not ${count}.`);
  const sorted = [...x].sort((a, b) => a - b);
  if (sorted.length < count + 1) fail(`${count} thresholds need at least ${count + 1} values; there are ${sorted.length}.`);
  // Groups as [first index, last index] of the sorted values.
  const groups = sorted.map((_, index) => [index, index] as [number, number]);
  while (groups.length > count + 1) {
    let best = 0;
    for (let at = 1; at < groups.length - 1; at += 1) {
      if (sorted[groups[at + 1]![1]]! - sorted[groups[at]![0]]! < sorted[groups[best + 1]![1]]! - sorted[groups[best]![0]]!) best = at;
    }
    groups.splice(best, 2, [groups[best]![0], groups[best + 1]![1]]);
  }
  return groups.slice(0, -1).map(([, last]) => (sorted[last]! + sorted[last + 1]!) / 2);
}
