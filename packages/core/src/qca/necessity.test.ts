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

  it('ends, once a term is listed, at the first size from four literals up that lists nothing, as QCA does', () => {
    // Five cases with Y, each with one condition of A…E of its own; four cases without Y and
    // without any of them. A + B + C + D + E holds every case with Y and no other (any disjunction
    // with a negated literal misses that literal's case or, with two, holds all nine: covN 5/9),
    // and nothing smaller passes.
    const rows: (readonly [string, number])[] = [['10000', 1], ['01000', 1], ['00100', 1], ['00010', 1], ['00001', 1], ['00000', 0], ...repeat(3, ['00000', 0] as const)];
    // Nothing listed yet at size 4: QCA searches on, and lists the disjunction of five.
    const five = crispTable(['A', 'B', 'C', 'D', 'E'], rows);
    expect(superSubset(five, { inclCut: 0.9, covCut: 0.6 })).toMatchObject({ terms: [{ term: 'A + B + C + D + E', inclN: 1, covN: 1 }], complete: true, depth: 5 });
    // F, in the five cases with Y and one without, is listed at size 1 (inclN 1, covN 5/6); every
    // disjunction with F is then left out, and nothing else passes at sizes 2 to 4: QCA ends there.
    const withF = crispTable(['A', 'B', 'C', 'D', 'E', 'F'], rows.map(([bits, y], index) => [`${bits}${y === 1 || index === 5 ? 1 : 0}`, y]));
    expect(superSubset(withF, { inclCut: 0.9, covCut: 0.6 })).toMatchObject({ terms: [{ term: 'F', inclN: 1, covN: 5 / 6 }], complete: true, depth: 4, stoppedAt: 4 });
    expect(superSubset(withF, { inclCut: 0.9, covCut: 0.6, stopRule: 'complete' }).terms.map((row) => row.term)).toEqual(['F', 'A + B + C + D + E']);
  });
});
