import { describe, expect, it } from 'vitest';
import { superSubset } from './necessity';
import { createTruthTable } from './truth-table';

/** Crisp cases from rows of 0/1 strings, one character per condition, and the outcome of each. */
function crispTable(conditions: readonly string[], rows: readonly (readonly [string, number])[]) {
  const columns: Record<string, number[]> = { Y: rows.map(([, y]) => y) };
  conditions.forEach((name, j) => {
    columns[name] = rows.map(([bits]) => Number(bits[j]));
  });
  return createTruthTable({ cases: rows.map((_, index) => `c${index + 1}`), columns }, { outcome: 'Y', conditions });
}

const repeat = (count: number, row: readonly [string, number]) => Array.from({ length: count }, () => row);

describe('superSubset', () => {
  it('drops a disjunction only for a smaller term that was listed, not for one that passed consistency alone', () => {
    // 20 cases with Y: A in 18 of them, B in the other 2; 13 cases without Y, all with A.
    // A: inclN 18/20 = 0.9 but covN 18/31 < 0.6, so A is not listed (nor ~B, its mirror here), and
    // A + B (inclN 1, covN 20/33 ≥ 0.6) is. ~A + ~B holds every case: inclN 1, covN 20/33.
    const table = crispTable(['A', 'B'], [...repeat(18, ['10', 1]), ...repeat(2, ['01', 1]), ...repeat(13, ['10', 0])]);
    const found = superSubset(table, { inclCut: 0.9, covCut: 0.6 });
    expect(found.terms.map((row) => row.term).sort()).toEqual(['A + B', '~A + ~B']);
    for (const row of found.terms) expect(row).toMatchObject({ inclN: 1, covN: 20 / 33 });
  });

  it('ends, from four literals up, at the first size that lists nothing new, as QCA does', () => {
    // Five cases with Y, each with one condition of its own; four cases without Y and without any.
    // Only A + B + C + D + E holds every case with Y and no others (any disjunction with a negated
    // literal misses that literal's case or, with two, holds all nine cases: covN 5/9).
    const conditions = ['A', 'B', 'C', 'D', 'E'];
    const table = crispTable(conditions, [['10000', 1], ['01000', 1], ['00100', 1], ['00010', 1], ['00001', 1], ...repeat(4, ['00000', 0])]);
    expect(superSubset(table, { inclCut: 0.9, covCut: 0.6 })).toEqual({ terms: [], complete: true, depth: 4, stoppedAt: 4 });
    expect(superSubset(table, { inclCut: 0.9, covCut: 0.6, stopRule: 'complete' })).toMatchObject({ terms: [{ term: 'A + B + C + D + E', inclN: 1, covN: 1 }], complete: true, depth: 5 });
  });
});
