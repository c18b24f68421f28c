/**
 * The fit behind QCA's indirect calibration: R's `glm(y ~ ..., family = quasibinomial(logit))`.
 * Iteratively reweighted least squares as `glm.fit` runs it — its start, its convergence test, its
 * 25 iterations, its logit bounds, and LINPACK's limited column pivoting for collinear predictors —
 * so that the fitted memberships agree with R's to the six decimals QCA keeps.
 */

const EPSILON = 1e-8;
const MAX_ITERATIONS = 25;
const RANK_TOLERANCE = 1e-11;
const DBL_EPSILON = 2.220446049250313e-16;
const THRESHOLD = 30;

function inverseLogit(eta: number): number {
  const t = eta < -THRESHOLD ? DBL_EPSILON : eta > THRESHOLD ? 1 / DBL_EPSILON : Math.exp(eta);
  return t / (1 + t);
}

function logitDerivative(eta: number): number {
  const opexp = 1 + Math.exp(eta);
  return eta > THRESHOLD || eta < -THRESHOLD ? DBL_EPSILON : Math.exp(eta) / (opexp * opexp);
}

function deviance(y: readonly number[], mu: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < y.length; i += 1) {
    const [yi, mi] = [y[i]!, mu[i]!];
    const a = yi > 0 ? yi * Math.log(yi / mi) : 0;
    const b = yi < 1 ? (1 - yi) * Math.log((1 - yi) / (1 - mi)) : 0;
    total += 2 * (a + b);
  }
  return total;
}

/** Euclidean norm of a column from row `from` on, scaled against overflow as BLAS `dnrm2` is. */
function norm(column: Float64Array, from: number): number {
  let scale = 0;
  let sum = 1;
  for (let i = from; i < column.length; i += 1) {
    const value = Math.abs(column[i]!);
    if (value === 0) continue;
    if (scale < value) {
      sum = 1 + sum * (scale / value) ** 2;
      scale = value;
    } else {
      sum += (value / scale) ** 2;
    }
  }
  return scale * Math.sqrt(sum);
}

/**
 * Least squares of `z` on the columns of `x` (column-major, n rows) by Householder QR with
 * LINPACK `dqrdc2`'s rule: a column whose remaining norm falls below `tol` times its original norm
 * is moved to the end and left out. Left-out columns get coefficient 0.
 */
export function leastSquares(columns: readonly Float64Array[], z: readonly number[], tol = RANK_TOLERANCE): number[] {
  const n = z.length;
  const x = columns.map((column) => Float64Array.from(column));
  const p = x.length;
  const pivot = x.map((_, j) => j);
  const qraux = x.map((column) => norm(column, 0));
  const original = qraux.map((value) => (value === 0 ? 1 : value));
  let rank = p;
  const steps = Math.min(n, p);
  for (let l = 0; l < steps; l += 1) {
    while (l < rank && qraux[l]! < original[l]! * tol) {
      // Negligible column: rotate it to the end, with its bookkeeping.
      for (const list of [x, pivot, qraux, original] as unknown[][]) list.push(list.splice(l, 1)[0]);
      rank -= 1;
    }
    if (l === n - 1) break;
    const column = x[l]!;
    let nrmxl = norm(column, l);
    if (nrmxl === 0) continue;
    if (column[l] !== 0) nrmxl = Math.sign(column[l]!) * Math.abs(nrmxl);
    for (let i = l; i < n; i += 1) column[i]! /= nrmxl;
    column[l] = 1 + column[l]!;
    for (let j = l + 1; j < p; j += 1) {
      const other = x[j]!;
      let dot = 0;
      for (let i = l; i < n; i += 1) dot += column[i]! * other[i]!;
      const t = -dot / column[l]!;
      for (let i = l; i < n; i += 1) other[i]! += t * column[i]!;
      if (qraux[j] === 0) continue;
      const remaining = Math.max(1 - (Math.abs(other[l]!) / qraux[j]!) ** 2, 0);
      // Recomputed rather than downdated once most of the norm is gone (LINPACK as R patched it).
      if (Math.abs(remaining) < 1e-6) {
        qraux[j] = norm(other, l + 1);
      } else {
        qraux[j] = qraux[j]! * Math.sqrt(remaining);
      }
    }
    qraux[l] = column[l]!;
    column[l] = -nrmxl;
  }
  rank = Math.min(rank, n);
  // Qᵀz, then back substitution on the leading `rank` columns.
  const qty = [...z];
  for (let j = 0; j < Math.min(rank, n - 1); j += 1) {
    if (qraux[j] === 0) continue;
    const column = x[j]!;
    const diagonal = column[j]!;
    column[j] = qraux[j]!;
    let dot = 0;
    for (let i = j; i < n; i += 1) dot += column[i]! * qty[i]!;
    const t = -dot / column[j]!;
    for (let i = j; i < n; i += 1) qty[i]! += t * column[i]!;
    column[j] = diagonal;
  }
  const solved = new Array<number>(rank).fill(0);
  for (let j = rank - 1; j >= 0; j -= 1) {
    let sum = qty[j]!;
    for (let m = j + 1; m < rank; m += 1) sum -= x[m]![j]! * solved[m]!;
    solved[j] = sum / x[j]![j]!;
  }
  const coefficients = new Array<number>(p).fill(0);
  solved.forEach((value, j) => {
    coefficients[pivot[j]!] = value;
  });
  return coefficients;
}

/** A fitted logistic model: its coefficients (the intercept first, 0 for a predictor left out) and fitted probabilities. */
export interface LogisticFit {
  coefficients: number[];
  fitted: number[];
}

/**
 * A logistic regression of proportions `y` on the predictor columns (an intercept is added), as
 * `glm.fit` with the (quasi)binomial family computes it.
 */
export function fitLogistic(predictors: readonly (readonly number[])[], y: readonly number[]): LogisticFit {
  const n = y.length;
  const design = [new Float64Array(n).fill(1), ...predictors.map((column) => Float64Array.from(column))];
  let eta = y.map((value) => Math.log((value + 0.5) / (1.5 - value)));
  let mu = eta.map(inverseLogit);
  let devold = deviance(y, mu);
  let coefficients: number[] = [];
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const slope = eta.map(logitDerivative);
    const weight = slope.map((g, i) => Math.sqrt((g * g) / (mu[i]! * (1 - mu[i]!))));
    const z = eta.map((value, i) => (value + (y[i]! - mu[i]!) / slope[i]!) * weight[i]!);
    const weighted = design.map((column) => column.map((value, i) => value * weight[i]!));
    coefficients = leastSquares(weighted, z, Math.min(1e-7, EPSILON / 1000));
    eta = linearPredictor(design, coefficients);
    mu = eta.map(inverseLogit);
    const dev = deviance(y, mu);
    if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < EPSILON) break;
    devold = dev;
  }
  return { coefficients, fitted: mu };
}

/** The model's probabilities at other values of its predictors (columns as in the fit): at the fit's own, its fitted values exactly. */
export function predictLogistic(coefficients: readonly number[], predictors: readonly (readonly number[])[]): number[] {
  const n = predictors[0]?.length ?? 0;
  return linearPredictor([new Float64Array(n).fill(1), ...predictors.map((column) => Float64Array.from(column))], coefficients).map(inverseLogit);
}

function linearPredictor(design: readonly Float64Array[], coefficients: readonly number[]): number[] {
  return Array.from({ length: design[0]!.length }, (_, i) => design.reduce((sum, column, j) => sum + column[i]! * coefficients[j]!, 0));
}
