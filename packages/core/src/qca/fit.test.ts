import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueCoverage, unionMembership } from './fit';

/** Unique coverage as defined: the outcome covered by all the sets, less that covered by the others alone, over the outcome. */
function uniqueCoverageByDefinition(sets: readonly (readonly number[])[], y: readonly number[]): (number | null)[] {
  if (sets.length < 2) return sets.map(() => null);
  const covered = (x: readonly number[]) => x.reduce((sum, value, r) => sum + Math.min(value, y[r]!), 0);
  const sumY = y.reduce((sum, value) => sum + value, 0);
  const all = covered(unionMembership(sets, y.length));
  return sets.map((_, index) => {
    const others = covered(unionMembership(sets.filter((__, j) => j !== index), y.length));
    return sumY === 0 ? null : (all - others) / sumY;
  });
}

describe('uniqueCoverage', () => {
  it('equals the definition, for any sets and outcome', () => {
    const membership = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((cases) => fc.tuple(fc.array(fc.array(membership, { minLength: cases, maxLength: cases }), { maxLength: 9 }), fc.array(membership, { minLength: cases, maxLength: cases }))),
        ([sets, y]) => {
          const fast = uniqueCoverage(sets, y);
          const defined = uniqueCoverageByDefinition(sets, y);
          expect(fast.map((value) => value === null)).toEqual(defined.map((value) => value === null));
          // The same sums taken in another order: equal to the last few bits.
          fast.forEach((value, index) => value !== null && expect(value).toBeCloseTo(defined[index]!, 12));
        },
      ),
    );
  });
});
