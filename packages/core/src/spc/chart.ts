import type { SpcChart, SpcRequest } from './request';
import { checkSpcRequest } from './request';
import { binomialFifthPercentile, c4, c5, D4, mean, median, movingRangeSigma, sampleSd } from './statistics';

export interface SpcPoint {
  x: number | string;
  y: number | null;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  /** The 2-sigma ("95 %") limits. */
  lcl95: number | null;
  ucl95: number | null;
  /** y beyond a 3-sigma limit. */
  sigma_signal: boolean;
  part: number;
  include: boolean;
  baseline: boolean;
}

/** The Anhøj runs analysis of one part. */
export interface SpcPart {
  part: number;
  n_obs: number;
  n_useful: number;
  longest_run: number | null;
  longest_run_max: number | null;
  n_crossings: number | null;
  n_crossings_min: number | null;
  runs_signal: boolean;
}

export type SpcResult =
  | { id: string; chart: SpcChart; points: SpcPoint[]; parts: SpcPart[]; notes?: string[] }
  /** The data cannot be charted this way (e.g. a T chart with a value ≤ 0). */
  | { id: string; chart: SpcChart; error: string };

interface Subgroup {
  key: number | string;
  /** Σ y of the rows not missing; null when the subgroup is one missing row. */
  ySum: number | null;
  yLen: number;
  yMean: number;
  ySd: number;
  n: number;
  /** Σy/Σn with denominators, else the aggregate of the y (NaN: missing). */
  value: number;
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);
const orNull = (value: number) => (Number.isFinite(value) ? value : null);

/** Rows grouped by x into subgroups, in ascending x (categories in order of first appearance). */
function subgroups(request: SpcRequest): Subgroup[] {
  const { y, n } = request;
  const xType = request.x_type ?? 'number';
  let groups: { key: number | string; rows: number[] }[];
  if (!request.x) {
    // No keys: each row is its own subgroup, numbered from 1.
    groups = y.map((_, row) => ({ key: row + 1, rows: [row] }));
  } else {
    const rowsOf = new Map<number | string, { key: number | string; rows: number[] }>();
    request.x.forEach((key, row) => {
      // Category labels 1 and "1" are two categories; as numbers they are one subgroup.
      const id = xType === 'category' ? `${typeof key}:${String(key)}` : key;
      const group = rowsOf.get(id);
      if (group) group.rows.push(row);
      else rowsOf.set(id, { key, rows: [row] });
    });
    groups = [...rowsOf.values()];
    if (xType === 'number') groups.sort((a, b) => Number(a.key) - Number(b.key));
    else if (xType === 'date') groups.sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
  }
  const aggregate = request.agg_fun ?? 'mean';
  return groups.map(({ key, rows }) => {
    if (rows.length === 1) {
      // One row (the usual case): its value, without the arrays a subgroup of many needs.
      const row = rows[0]!;
      const value = y[row];
      const size = n ? n[row] : 0;
      if (value === null || value === undefined || size === null || size === undefined) return { key, ySum: null, yLen: 0, yMean: Number.NaN, ySd: Number.NaN, n: 0, value: aggregate === 'sum' && !n ? 0 : Number.NaN };
      return { key, ySum: value, yLen: 1, yMean: value, ySd: Number.NaN, n: size, value: n ? value / size : aggregate === 'sd' ? Number.NaN : value };
    }
    // With denominators, a row missing either value is missing in both.
    const kept = rows.filter((row) => y[row] !== null && (!n || n[row] !== null));
    const values = kept.map((row) => y[row]!);
    const ySum = rows.length === 1 && kept.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
    const total = n ? kept.reduce((sum, row) => sum + n[row]!, 0) : 0;
    let value: number;
    if (n) value = kept.length === 0 || ySum === null ? Number.NaN : ySum / total;
    else if (aggregate === 'mean') value = mean(values);
    else if (aggregate === 'median') value = median(values);
    else if (aggregate === 'sum') value = ySum ?? 0;
    else value = sampleSd(values);
    return { key, ySum, yLen: values.length, yMean: mean(values), ySd: sampleSd(values), n: total, value };
  });
}

interface Limits {
  cl: number;
  /** Per subgroup of the part: lower and upper limits at 3 and at 2 sigma. */
  lcl: number[];
  ucl: number[];
  lcl95: number[];
  ucl95: number[];
}

const none = (count: number) => new Array<number>(count).fill(Number.NaN);

/**
 * The centre line and limits of one part. `y` are the part's plotted values, `base` which of them
 * form the baseline (included and within the frozen baseline); `groups` the part's subgroups.
 */
function partLimits(chart: SpcChart, y: readonly number[], base: readonly boolean[], groups: readonly Subgroup[], request: SpcRequest, allGroupsOfPart: readonly Subgroup[]): Limits {
  const count = y.length;
  const screened = request.screened_mr ?? true;
  const inBase = <T,>(values: readonly T[]) => values.filter((_, index) => base[index]);
  const baseY = inBase(y).filter(finite);
  const around = (cl: number, sigmaAt: (index: number) => number, floor = false, cap = false): Limits => {
    const limit = (k: number, sign: 1 | -1) =>
      y.map((_, index) => {
        let value = cl + sign * k * sigmaAt(index);
        // No limit (a subgroup with no denominator) stays none: flooring would make it 0.
        if (!Number.isFinite(value)) return Number.NaN;
        if (floor && sign < 0) value = Math.max(0, value);
        if (cap && sign > 0) value = Math.min(1, value);
        return value;
      });
    return { cl, lcl: limit(3, -1), ucl: limit(3, 1), lcl95: limit(2, -1), ucl95: limit(2, 1) };
  };
  // Moving ranges run over the baseline only: subgroups outside it are skipped, and their neighbours become adjacent.
  const mrSigma = (values: readonly number[]) => movingRangeSigma(inBase(values).map((value) => (Number.isFinite(value) ? value : null)), screened);
  switch (chart) {
    case 'run':
      return { cl: median(baseY), lcl: none(count), ucl: none(count), lcl95: none(count), ucl95: none(count) };
    case 'i': {
      const sigma = mrSigma(y);
      return around(mean(baseY), () => sigma);
    }
    case 'mr': {
      const cl = mean(baseY);
      return { cl, lcl: new Array<number>(count).fill(0), ucl: new Array<number>(count).fill(D4 * cl), lcl95: new Array<number>(count).fill(0), ucl95: new Array<number>(count).fill(2 * (D4 / 3) * cl) };
    }
    case 'xbar':
    case 's': {
      const baseGroups = inBase(groups);
      const sizes = new Set(allGroupsOfPart.map((group) => group.yLen));
      const withSd = baseGroups.filter((group) => finite(group.ySd));
      // Unequal subgroups pool the variances; equal ones average the SDs.
      const sBar =
        sizes.size > 1
          ? Math.sqrt(withSd.reduce((sum, group) => sum + (group.yLen - 1) * group.ySd ** 2, 0) / withSd.reduce((sum, group) => sum + group.yLen - 1, 0))
          : mean(withSd.map((group) => group.ySd));
      if (chart === 'xbar') {
        const cl = baseGroups.filter((group) => group.yLen > 0).reduce((sum, group) => sum + group.yLen * group.yMean, 0) / baseGroups.reduce((sum, group) => sum + group.yLen, 0);
        return around(cl, (index) => {
          const m = groups[index]!.yLen;
          return m <= 1 ? Number.NaN : sBar / (c4(m) * Math.sqrt(m));
        });
      }
      const factor = (index: number, k: number) => k * (c5(groups[index]!.yLen) / c4(groups[index]!.yLen));
      const at = (k: number, sign: 1 | -1) => y.map((_, index) => (sign > 0 ? (1 + factor(index, k)) * sBar : Math.max(0, 1 - factor(index, k)) * sBar));
      return { cl: sBar, lcl: at(3, -1), ucl: at(3, 1), lcl95: at(2, -1), ucl95: at(2, 1) };
    }
    case 'c': {
      const cl = mean(baseY);
      return around(cl, () => Math.sqrt(cl), true);
    }
    case 'u':
    case 'p':
    case 'up':
    case 'pp': {
      const baseGroups = inBase(groups).filter((group) => group.ySum !== null && Number.isFinite(group.value));
      const cl = baseGroups.reduce((sum, group) => sum + group.ySum!, 0) / baseGroups.reduce((sum, group) => sum + group.n, 0);
      const proportion = chart === 'p' || chart === 'pp';
      const sigma = (index: number) => Math.sqrt((proportion ? cl * (1 - cl) : cl) / groups[index]!.n);
      let scale = 1;
      if (chart === 'up' || chart === 'pp') {
        // Laney: the spread of the standardised values beyond what the counts explain.
        const z = y.map((value, index) => (value - cl) / sigma(index));
        scale = request.x_type === 'category' ? sampleSd(inBase(z).filter(finite)) : mrSigma(z);
      }
      return around(cl, (index) => sigma(index) * scale, true, proportion);
    }
    case 'g': {
      const m = mean(baseY);
      const limits = around(m, () => Math.sqrt(m * (m + 1)), true);
      return { ...limits, cl: median(baseY) };
    }
    case 't':
      throw new Error('t charts are drawn as i charts of transformed values');
  }
}

/** The Anhøj runs analysis of the values of one part against its centre line. */
function runsAnalysis(part: number, y: readonly number[], cl: readonly number[], included: readonly boolean[]): SpcPart {
  const sides: number[] = [];
  let observed = 0;
  y.forEach((value, index) => {
    if (!included[index]) return;
    observed += 1;
    // Missing points and points on the centre line neither end nor extend a run.
    if (Number.isFinite(value) && Number.isFinite(cl[index]!) && value !== cl[index]) sides.push(Math.sign(value - cl[index]!));
  });
  if (sides.length === 0) return { part, n_obs: observed, n_useful: 0, longest_run: null, longest_run_max: null, n_crossings: null, n_crossings_min: null, runs_signal: false };
  let longest = 1;
  let run = 1;
  let crossings = 0;
  for (let index = 1; index < sides.length; index += 1) {
    if (sides[index] === sides[index - 1]) run += 1;
    else {
      crossings += 1;
      run = 1;
    }
    longest = Math.max(longest, run);
  }
  const longestMax = Math.round(Math.log2(sides.length)) + 3;
  const crossingsMin = binomialFifthPercentile(sides.length - 1);
  return { part, n_obs: observed, n_useful: sides.length, longest_run: longest, longest_run_max: longestMax, n_crossings: crossings, n_crossings_min: crossingsMin, runs_signal: longest > longestMax || crossings < crossingsMin };
}

const T_POWER = 3.6;

/**
 * A run chart or Shewhart control chart as the published definitions give it (the reference
 * format's table: run, I, MR, X̄, S, T, P, P′, C, U, U′, G), with parts, a frozen baseline,
 * excluded subgroups, multiply, y below zero and subgroup aggregation; each part's Anhøj runs
 * analysis. A request that breaks the format throws an `SpcError`; data a chart cannot take (a T
 * chart with a value ≤ 0) gives a result with `error`.
 */
export function spcChart(input: SpcRequest): SpcResult {
  const request = checkSpcRequest(input);
  const { id, chart } = request;
  const groups = subgroups(request);
  const count = groups.length;
  const notes: string[] = [];
  if ((request.method ?? 'anhoej') !== 'anhoej') notes.push(`The ${request.method} runs rules are not implemented: the Anhøj rules were applied.`);
  let values = groups.map((group) => (chart === 'c' ? (group.ySum ?? Number.NaN) : chart === 's' ? group.ySd : group.value));
  if (chart === 't' && values.some((value) => Number.isFinite(value) && value <= 0)) return { id, chart, error: 'A T chart needs every value above 0: the times between events.' };

  // Parts: a new one after each listed subgroup (within 1…K−1); the baseline only without parts.
  const breaks = [...new Set(request.part ?? [])].filter((at) => at >= 1 && at <= count - 1).sort((a, b) => a - b);
  const partOf = groups.map((_, index) => 1 + breaks.filter((at) => at <= index).length);
  const excluded = new Set(request.exclude ?? []);
  const include = groups.map((_, index) => !excluded.has(index + 1));
  const baseline = groups.map((_, index) => request.part !== undefined || request.freeze === undefined || index + 1 <= request.freeze);
  if (chart === 't') values = values.map((value) => value ** (1 / T_POWER));

  const cl = none(count);
  const lcl = none(count);
  const ucl = none(count);
  const lcl95 = none(count);
  const ucl95 = none(count);
  const parts: SpcPart[] = [];
  const partCount = breaks.length + 1;
  for (let part = 1; part <= partCount; part += 1) {
    const indices = groups.map((_, index) => index).filter((index) => partOf[index] === part);
    if (indices.length === 0) continue;
    let y = indices.map((index) => values[index]!);
    // Moving ranges restart in each part: the first subgroup of a part has none.
    if (chart === 'mr') y = y.map((value, at) => (at === 0 ? Number.NaN : Math.abs(value - y[at - 1]!)));
    const base = indices.map((index) => include[index]! && baseline[index]!);
    const limits = partLimits(chart === 't' ? 'i' : chart, y, base, indices.map((index) => groups[index]!), request, indices.map((index) => groups[index]!));
    indices.forEach((index, at) => {
      values[index] = y[at]!;
      cl[index] = limits.cl;
      lcl[index] = limits.lcl[at]!;
      ucl[index] = limits.ucl[at]!;
      lcl95[index] = limits.lcl95[at]!;
      ucl95[index] = limits.ucl95[at]!;
    });
    if (chart === 't') {
      // Back to the original scale; a negative lower limit becomes 0 at 3 sigma and none at 2.
      indices.forEach((index) => {
        values[index] = values[index]! ** T_POWER;
        cl[index] = cl[index]! ** T_POWER;
        ucl[index] = ucl[index]! ** T_POWER;
        ucl95[index] = ucl95[index]! ** T_POWER;
        lcl[index] = lcl[index]! < 0 ? 0 : lcl[index]! ** T_POWER;
        lcl95[index] = lcl95[index]! < 0 ? Number.NaN : lcl95[index]! ** T_POWER;
      });
    }
    parts.push(runsAnalysis(part, indices.map((index) => values[index]!), indices.map((index) => cl[index]!), indices.map((index) => include[index]!)));
  }

  const multiply = request.multiply ?? 1;
  const scaled = (series: number[]) => series.map((value) => value * multiply);
  const [y, centre, lower, upper, lower95, upper95] = [values, cl, lcl, ucl, lcl95, ucl95].map(scaled) as [number[], number[], number[], number[], number[], number[]];
  const noRuns = chart === 'mr' || request.x_type === 'category';
  if (noRuns) parts.forEach((part) => (part.runs_signal = false));
  // With y below zero refused, a lower limit below zero means none.
  const floorAtZero = request.y_neg === false && y.every((value) => !Number.isFinite(value) || value >= 0);
  const points = groups.map(
    (group, index): SpcPoint => {
      const yValue = orNull(y[index]!);
      const [low, high] = [orNull(lower[index]!), orNull(upper[index]!)];
      const floor = (value: number | null) => (floorAtZero && value !== null && value < 0 ? 0 : value);
      return {
        x: group.key,
        y: yValue,
        cl: orNull(centre[index]!),
        lcl: floor(low),
        ucl: high,
        lcl95: floor(orNull(lower95[index]!)),
        ucl95: orNull(upper95[index]!),
        sigma_signal: yValue !== null && ((high !== null && yValue > high) || (low !== null && yValue < low)),
        part: partOf[index]!,
        include: include[index]!,
        baseline: baseline[index]!,
      };
    },
  );
  return notes.length > 0 ? { id, chart, points, parts, notes } : { id, chart, points, parts };
}
