/** The statistics the charts are built from, each as the published definitions give it. */

export const mean = (values: readonly number[]) => (values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length);

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Sample standard deviation (n − 1); NaN for fewer than two values. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const centre = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1));
}

/** d2 for subgroups of two: the mean moving range over sigma. */
export const D2 = 1.128;
/** D4 for subgroups of two: the upper limit of a moving range over its mean. */
export const D4 = 3.267;

/**
 * Sigma from the moving ranges of consecutive values (`null`: missing, which voids both ranges it
 * is part of): their mean over d2, after dropping ranges of at least D4 times that mean when
 * screened (Nelson's screening of moving ranges).
 */
export function movingRangeSigma(values: readonly (number | null)[], screened: boolean): number {
  const ranges: number[] = [];
  for (let index = 1; index < values.length; index += 1) {
    const [previous, current] = [values[index - 1], values[index]];
    if (previous !== null && previous !== undefined && current !== null && current !== undefined) ranges.push(Math.abs(current - previous));
  }
  let average = mean(ranges);
  if (screened) average = mean(ranges.filter((range) => range < D4 * average));
  return average / D2;
}

/** c4(m) = √(2/(m−1)) · Γ(m/2) / Γ((m−1)/2): the mean of a sample SD of m normal values over sigma. NaN for m < 2. */
export function c4(m: number): number {
  if (!(m >= 2) || !Number.isInteger(m)) return Number.NaN;
  // Γ(m/2)/Γ((m−1)/2) by its recurrence r(m+1) = ((m−1)/2)/r(m) from r(2) = 1/√π: exact to the last bits, no gamma function needed.
  let ratio = 1 / Math.sqrt(Math.PI);
  for (let k = 2; k < m; k += 1) ratio = (k - 1) / 2 / ratio;
  return Math.sqrt(2 / (m - 1)) * ratio;
}

export const c5 = (m: number) => Math.sqrt(1 - c4(m) ** 2);

/**
 * The 5th percentile of Binomial(trials, ½): the smallest c with P(X ≤ c) ≥ 0.05, as R's qbinom
 * (with its tolerance of 64 machine epsilons). Terms are summed in log space, so thousands of
 * trials stay exact.
 */
export function binomialFifthPercentile(trials: number): number {
  if (trials <= 0) return 0;
  const target = 0.05 * (1 - 64 * Number.EPSILON);
  let logTerm = -trials * Math.LN2; // log C(trials, 0) / 2^trials
  let cumulative = 0;
  for (let c = 0; c <= trials; c += 1) {
    cumulative += Math.exp(logTerm);
    if (cumulative >= target) return c;
    logTerm += Math.log((trials - c) / (c + 1));
  }
  return trials;
}
