import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_CARE } from '../data';
import { ABSENT } from '../terms';
import { createTruthTable, rowValues, totalRows } from '../truth-table';
import { mergeCubes } from './dont-care';
import { termAt } from './implicant-table';
import { primesOfOnSet } from './implicants';
import { minimize } from './minimize';

const asCodes = (term: readonly number[]) => term.map((level) => (level === ABSENT ? 0 : level + 1));
const sorted = (cubes: readonly (readonly number[])[]) => cubes.map((cube) => cube.join(',')).sort();

describe('mergeCubes (QCA\'s C_QMC)', () => {
  it('over rows alone finds every prime implicant, as Quine–McCluskey does, crisp and multi-value', () => {
    const problems = fc
      .array(fc.integer({ min: 2, max: 3 }), { minLength: 1, maxLength: 4 })
      .chain((levels) => fc.tuple(fc.constant(levels), fc.uniqueArray(fc.integer({ min: 1, max: totalRows(levels) }), { minLength: 1, maxLength: totalRows(levels) })));
    fc.assert(
      fc.property(problems, ([levels, ids]) => {
        const rows = ids.map((id) => rowValues(id, levels));
        const primes = primesOfOnSet(rows, levels);
        const expected = Array.from({ length: primes.count }, (_, index) => asCodes(termAt(primes, index)));
        expect(sorted(mergeCubes(rows.map((row) => row.map((level) => level + 1)), levels))).toEqual(sorted(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('never merges cubes free in different conditions, nor levels of a condition not all present', () => {
    // A*~B with C free beside A*B*C: QCA keeps both rather than assume A*B*~C.
    expect(sorted(mergeCubes([[2, 1, 0], [2, 2, 2]], [2, 2, 2]))).toEqual(sorted([[2, 1, 0], [2, 2, 2]]));
    // Levels 0 and 1 of a three-level D with B present: no merge without level 2.
    expect(sorted(mergeCubes([[1, 2], [2, 2]], [3, 2]))).toEqual(sorted([[1, 2], [2, 2]]));
    expect(mergeCubes([[1, 2], [2, 2], [3, 2]], [3, 2])).toEqual([[0, 2]]);
    // X[2]*B[1] and X[2]*B[0] merge into X[2], a repeat of the row X[2] (B not applying): it counts once,
    // and X[0] with X[2] are not all three levels of X.
    expect(sorted(mergeCubes([[1, 0], [3, 0], [3, 1], [3, 2]], [3, 2]))).toEqual(sorted([[1, 0], [3, 0]]));
  });
});

describe('minimize with "don\'t care" values', () => {
  // S (A before U) applies only where A and U both happened.
  const data = {
    cases: ['c1', 'c2', 'c3', 'c4'],
    columns: { A: [1, 1, 1, 0], U: [1, 1, 0, 1], S: [1, 0, DONT_CARE, DONT_CARE], Y: [1, 0, 1, 0] },
  };
  const table = createTruthTable(data, { outcome: 'Y', conditions: ['A', 'U', 'S'] });

  it('numbers rows with the "don\'t care" as a level of its own and keeps literal levels apart', () => {
    expect(table.noflevels).toEqual([2, 2, 3]);
    expect(table.conditions.map((condition) => [condition.levels, condition.dontCare])).toEqual([
      [2, false],
      [2, false],
      [2, true],
    ]);
    expect(table.observed.map((row) => [row.id, row.OUT])).toEqual([
      [6, '0'],
      [9, '1'],
      [10, '0'],
      [11, '1'],
    ]);
  });

  it('gives a conservative solution that neither names nor merges across a "don\'t care"', () => {
    const { conservative } = minimize(table, { solutions: ['conservative'] });
    if (!conservative || 'error' in conservative) throw new Error('no conservative solution');
    expect(conservative.implicants).toEqual([
      [1, 0, ABSENT],
      [1, 1, 1],
    ]);
  });

  it('by default refuses, with its code, a positive row only a "don\'t care" tells apart from a negative row', () => {
    // A*~U where S does not apply is positive and A*~U*~S negative: only S tells them apart.
    const clash = createTruthTable(
      { cases: ['p', 'n', 'q'], columns: { A: [1, 1, 0], U: [0, 0, 1], S: [DONT_CARE, 0, DONT_CARE], Y: [1, 0, 0] } },
      { outcome: 'Y', conditions: ['A', 'U', 'S'] },
    );
    expect(minimize(clash).parsimonious).toMatchObject({ code: 'dont-care' });
    const asQca = minimize(clash, { compat: 'qca' }).parsimonious;
    if (!asQca || 'error' in asQca) throw new Error('no parsimonious solution');
    expect(asQca.models.length).toBeGreaterThan(0);
  });

  it('refuses, with the "don\'t care" code, positive rows that merge into a term of no literal once their "don\'t care" is free, as QCA stops there', () => {
    const merged = createTruthTable(
      { cases: ['p', 'q', 'n', 'm'], columns: { A: [1, 0, 1, 0], U: [DONT_CARE, DONT_CARE, 1, 0], S: [DONT_CARE, DONT_CARE, 0, 1], Y: [1, 1, 0, 0] } },
      { outcome: 'Y', conditions: ['A', 'U', 'S'] },
    );
    expect(minimize(merged).conservative).toMatchObject({ code: 'dont-care' });
  });

  it('says when a conservative implicant holds a negative row because a positive row\'s "don\'t care" is free in it', () => {
    const held = createTruthTable(
      { cases: ['p', 'n', 'q'], columns: { A: [1, 1, 0], U: [0, 0, 1], S: [DONT_CARE, 0, DONT_CARE], Y: [1, 0, 0] } },
      { outcome: 'Y', conditions: ['A', 'U', 'S'] },
    );
    expect(minimize(held, { solutions: ['conservative'] }).notes.join(' ')).toMatch(/1 conservative implicant\(s\) hold negative rows/);
  });
});

describe('conditions with "don\'t care" values', () => {
  it('count literal levels as QCA does: a sequence only ever 0 where it applies has one', () => {
    const table = createTruthTable(
      { cases: ['a', 'b', 'c'], columns: { A: [1, 0, 1], Z: [0, DONT_CARE, DONT_CARE], Y: [1, 0, 1] } },
      { outcome: 'Y', conditions: ['A', 'Z'] },
    );
    expect(table.conditions[1]).toMatchObject({ levels: 1, dontCare: true });
    expect(table.noflevels).toEqual([2, 2]);
    // Rows by A and Z, the "don't care" Z's second row level: (0, -) is 2, (1, 0) is 3, (1, -) is 4.
    expect(table.observed.map((row) => row.id)).toEqual([2, 3, 4]);
  });

  it('refuses a condition that is "don\'t care" for every case, and keeps a real −1 a negative level', () => {
    expect(() => createTruthTable({ cases: ['a', 'b'], columns: { A: [1, 0], Z: [DONT_CARE, DONT_CARE], Y: [1, 0] } }, { outcome: 'Y', conditions: ['A', 'Z'] })).toThrow(
      expect.objectContaining({ issues: [{ path: ['Z'], message: 'is a "don\'t care" for every case: it applies to none' }] }),
    );
    expect(() => createTruthTable({ cases: ['a', 'b'], columns: { A: [1, -1], Y: [1, 0] } }, { outcome: 'Y', conditions: ['A'] })).toThrow(
      expect.objectContaining({ issues: [{ path: ['b', 'A'], message: 'level -1 is negative' }] }),
    );
  });
});
