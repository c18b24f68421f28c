/**
 * Comparisons with the tolerance QCA uses for cut-offs (`sqrt(.Machine$double.eps)`), so a
 * consistency of 0.8 computed as 0.7999999999999999 still passes a 0.8 cut.
 */
export const TOLERANCE = Math.sqrt(2.220446049250313e-16);

export const atLeast = (a: number, b: number): boolean => a > b || Math.abs(a - b) <= TOLERANCE;

/** R's `all.equal` for two scalars: relative difference under 1.5e-8. */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.abs(b) > 0 ? Math.abs(b) : 1;
  return Math.abs(a - b) / scale < 1.5e-8;
}

/** `null` where R would print "-" or NaN: an undefined ratio stays visibly undefined. */
export const ratio = (numerator: number, denominator: number): number | null => {
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
};
