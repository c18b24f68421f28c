import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowId, rowValues } from '../truth-table';
import { primesOfCubes } from './easy-cubes';
import type { ImplicantTable } from './implicant-table';
import { coveringFirstRows, termAt } from './implicant-table';
import { primesOfOnSet } from './implicants';

/** Up to 9 crisp conditions (8 and up take the bitmap search), distinct positive rows, and cubes as level + 1 or 0 per condition. */
const problems = fc.integer({ min: 2, max: 9 }).chain((nconds) =>
  fc.record({
    nconds: fc.constant(nconds),
    positive: fc.uniqueArray(fc.integer({ min: 1, max: 2 ** nconds }), { minLength: 1, maxLength: 12 }),
    cubes: fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: nconds, maxLength: nconds }), { maxLength: 6 }),
  }),
);

/** The rows of the cubes that are not positive, ascending: the easy counterfactuals as a listing finds them. */
function cubeRows(cubes: number[][], nconds: number, positive: ReadonlySet<number>): number[] {
  const noflevels = Array.from({ length: nconds }, () => 2);
  const rows: number[] = [];
  for (let id = 1; id <= 2 ** nconds; id += 1) {
    const values = rowValues(id, noflevels);
    if (!positive.has(id) && cubes.some((cube) => cube.every((code, j) => code === 0 || code === values[j]! + 1))) rows.push(id);
  }
  return rows;
}

const listed = (table: ImplicantTable) =>
  Array.from({ length: table.count }, (_, index) => ({ term: termAt(table, index), covers: Array.from(table.covers.subarray(table.coverStart[index]!, table.coverStart[index + 1]!)) }));

describe('primes of the positive rows and easy counterfactuals given as cubes', () => {
  it('are the primes of the listed rows, in the same order, covering the same positive rows', () => {
    fc.assert(
      fc.property(problems, ({ nconds, positive, cubes }) => {
        const noflevels = Array.from({ length: nconds }, () => 2);
        const positiveValues = positive.map((id) => rowValues(id, noflevels));
        const easy = cubeRows(cubes, nconds, new Set(positive)).map((id) => rowValues(id, noflevels));
        const byRows = coveringFirstRows(primesOfOnSet([...positiveValues, ...easy], noflevels), positive.length);
        expect(listed(primesOfCubes(positiveValues, cubes, nconds))).toEqual(listed(byRows));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the primes of cubes of 30 conditions, which no listing of rows could', () => {
    // Two cubes that differ in one condition merge into one prime; the positive row lies in both halves' union.
    const nconds = 30;
    const noflevels = Array.from({ length: nconds }, () => 2);
    const half = (level: number) => Array.from({ length: nconds }, (_, j) => (j === 0 ? level + 1 : j === 1 ? 2 : 0));
    const positive = rowValues(rowId([1, 1, ...Array.from({ length: nconds - 2 }, () => 0)], noflevels), noflevels);
    const primes = listed(primesOfCubes([positive], [half(0), half(1)], nconds));
    expect(primes).toEqual([{ term: [-1, 1, ...Array.from({ length: nconds - 2 }, () => -1)], covers: [0] }]);
  });

  it('gives up with a budget error when the primes are too many, before its queue outgrows memory', () => {
    // 1,500 of the 2,048 rows of an 11-dimensional cube over 20 conditions, drawn by a fixed generator: thousands of primes.
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
    const ids = new Set<number>();
    while (ids.size < 1500) ids.add((next() >> 8) % 2048);
    const positive = [...ids].map((low) => Array.from({ length: 20 }, (_, j) => (j < 9 ? 0 : (low >> (19 - j)) & 1)));
    expect(() => primesOfCubes(positive, [], 20)).toThrow(expect.objectContaining({ code: 'qca/budget' }));
  });
});
