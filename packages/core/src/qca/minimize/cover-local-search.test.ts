import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localSearchCover } from './cover-local-search';
import { flatChart } from './flat-chart';

const covers = (rows: number, columns: readonly (readonly number[])[], chosen: readonly number[]) => new Set(chosen.flatMap((column) => columns[column]!)).size === rows;

describe('local search for a smaller cover', () => {
  it('returns a cover no larger than the one it starts from, ascending, the same every time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((rows) =>
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 60 }).map((columns) => ({ rows, columns })),
        ),
        ({ rows, columns }) => {
          const sorted = columns.map((column) => [...column].sort((a, b) => a - b));
          fc.pre(covers(rows, sorted, sorted.map((_, index) => index)));
          const chart = flatChart(rows, sorted);
          const start = sorted.map((_, index) => index);
          const found = localSearchCover(chart, start, { left: 200_000 });
          expect(covers(rows, sorted, found)).toBe(true);
          expect(found.length).toBeLessThanOrEqual(start.length);
          expect([...found].sort((a, b) => a - b)).toEqual(found);
          expect(localSearchCover(chart, start, { left: 200_000 })).toEqual(found);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves the trap a greedy cover falls into', () => {
    // Rows 0–13 in two halves (0–6 and 7–13); one column per half, and three columns of 8, 4 and 2
    // rows drawn across both halves. Greedy takes the three (8 rows first), the minimum is the halves.
    const columns = [
      [0, 1, 2, 3, 4, 5, 6],
      [7, 8, 9, 10, 11, 12, 13],
      [3, 4, 5, 6, 10, 11, 12, 13],
      [1, 2, 8, 9],
      [0, 7],
    ];
    expect(localSearchCover(flatChart(14, columns), [2, 3, 4], { left: 100_000 })).toEqual([0, 1]);
  });

  it('keeps the cover its last swap completes, down to a single column', () => {
    expect(localSearchCover(flatChart(2, [[0], [1], [0, 1]]), [0, 1], { left: 1_000_000 })).toEqual([2]);
    expect(localSearchCover(flatChart(3, [[0, 1], [2], [0, 1, 2]]), [0, 1], { left: 1_000_000 })).toEqual([2]);
  });

  it('stops at its budget', () => {
    const columns = Array.from({ length: 40 }, (_, index) => [index % 20, (index * 7) % 20]);
    const budget = { left: 1_000 };
    const found = localSearchCover(flatChart(20, columns), columns.map((_, index) => index), budget);
    expect(budget.left).toBeLessThanOrEqual(0);
    expect(covers(20, columns, found)).toBe(true);
  });
});
