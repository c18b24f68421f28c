import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumerateMinimumCovers } from './cover';
import { flatChart } from './flat-chart';
import { enumerateIrredundantCovers } from './irredundant';

/** A chart as the rows each column covers. */
interface CoverProblem {
  rows: number;
  columns: number[][];
}

const chartOf = (problem: CoverProblem) => flatChart(problem.rows, problem.columns);

/** Random charts of up to 10 columns in which every row has at least one column. */
const charts = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 10 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.uniqueArray(fc.integer({ min: 0, max: columns - 1 }), { minLength: 1, maxLength: columns }), { minLength: rows, maxLength: rows }).map((candidates) => {
      const lists: number[][] = Array.from({ length: columns }, () => []);
      candidates.forEach((row, r) => row.forEach((column) => lists[column]!.push(r)));
      return { rows, columns: lists.map((list) => list.sort((a, b) => a - b)) } satisfies CoverProblem;
    }),
  );

/** Irredundant covers by definition: subsets that cover every row and stop doing so without any one member. */
function irredundantByDefinition(problem: CoverProblem): number[][] {
  const n = problem.columns.length;
  const coversAll = (mask: number) => {
    const covered = new Set<number>();
    for (let c = 0; c < n; c += 1) if (mask & (1 << c)) for (const row of problem.columns[c]!) covered.add(row);
    return covered.size === problem.rows;
  };
  const found: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask += 1) {
    if (!coversAll(mask)) continue;
    const members = Array.from({ length: n }, (_, c) => c).filter((c) => mask & (1 << c));
    if (members.every((c) => !coversAll(mask & ~(1 << c)))) found.push(members);
  }
  return found;
}

const key = (cover: readonly number[]) => cover.join(',');

describe('enumerateIrredundantCovers', () => {
  it('finds exactly the irredundant covers, fewest columns first, then lexicographically', () => {
    fc.assert(
      fc.property(charts, (problem) => {
        const result = enumerateIrredundantCovers(chartOf(problem), 10_000)!;
        expect(result.models.map(key).sort()).toEqual(irredundantByDefinition(problem).map(key).sort());
        expect(result.count).toBe(result.models.length);
        for (let m = 1; m < result.models.length; m += 1) {
          const [a, b] = [result.models[m - 1]!, result.models[m]!];
          const first = a.findIndex((column, i) => column !== b[i]);
          expect(a.length < b.length || (a.length === b.length && a[first]! < b[first]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('begins with the minimum covers in their order, and its essential columns are in every cover', () => {
    fc.assert(
      fc.property(charts, (problem) => {
        const all = enumerateIrredundantCovers(chartOf(problem), 10_000)!;
        const minimum = enumerateMinimumCovers(chartOf(problem));
        expect(all.models.slice(0, minimum.models.length)).toEqual(minimum.models);
        expect(all.models[minimum.models.length]?.length ?? Infinity).toBeGreaterThan(minimum.size);
        expect(all.essential).toEqual(minimum.models[0]!.filter((column) => all.models.every((cover) => cover.includes(column))));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first covers up to the cap and counts the rest', () => {
    // Six rows, each with its own two columns: 2^6 irredundant covers, all of six columns.
    const problem = { rows: 6, columns: Array.from({ length: 12 }, (_, c) => [c >> 1]) };
    const result = enumerateIrredundantCovers(chartOf(problem), 5)!;
    expect(result.count).toBe(64);
    expect(result.models).toEqual([
      [0, 2, 4, 6, 8, 10],
      [0, 2, 4, 6, 8, 11],
      [0, 2, 4, 6, 9, 10],
      [0, 2, 4, 6, 9, 11],
      [0, 2, 4, 7, 8, 10],
    ]);
  });

  it('gives up, rather than exhausting memory, past the limit of partial covers', () => {
    const problem = { rows: 6, columns: Array.from({ length: 12 }, (_, c) => [c >> 1]) };
    expect(enumerateIrredundantCovers(chartOf(problem), 5, 63)).toBeUndefined();
  });

  it('refuses a row no column covers', () => {
    expect(() => enumerateIrredundantCovers(flatChart(2, [[0]]), 10)).toThrow('Row 2 of the chart is covered by no implicant.');
  });
});
