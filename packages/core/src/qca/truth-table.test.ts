import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QcaData } from './data';
import { MAX_CONDITION_LEVELS, QcaError } from './errors';
import type { TruthTableRow } from './truth-table';
import { createTruthTable, listRows, rowId, rowValues, sortRows } from './truth-table';

const fuzzyData = (k: number) =>
  fc.array(
    fc.record({ x: fc.array(fc.constantFrom(0, 0.2, 0.4, 0.5, 0.6, 0.8, 1), { minLength: k, maxLength: k }), y: fc.constantFrom(0, 0.3, 0.5, 0.7, 1) }),
    { minLength: 2, maxLength: 25 },
  ).map((rows): QcaData => {
    const columns: Record<string, number[]> = { Y: rows.map((row) => row.y) };
    for (let j = 0; j < k; j += 1) columns[`C${j}`] = rows.map((row) => row.x[j]!);
    return { cases: rows.map((_, index) => `case${index}`), columns };
  });

describe('truth table', () => {
  it('numbers rows as QCA does and back', () => {
    expect(rowId([1, 0, 1, 0, 1], [2, 2, 2, 2, 2])).toBe(22);
    expect(rowValues(22, [2, 2, 2, 2, 2])).toEqual([1, 0, 1, 0, 1]);
    expect(rowValues(rowId([2, 1, 0], [3, 2, 2]), [3, 2, 2])).toEqual([2, 1, 0]);
  });

  it('keeps its invariants: each case in at most one row, Σn ≤ cases, 0.5 cases in none, incl and PRI in [0, 1]', () => {
    fc.assert(
      fc.property(fuzzyData(3), fc.double({ min: 0.5, max: 1, noNaN: true }), (data, cut) => {
        const table = createTruthTable(data, { outcome: 'Y', conditions: ['C0', 'C1', 'C2'], inclCut: cut });
        const listed = table.observed.flatMap((row) => row.cases);
        expect(new Set(listed).size).toBe(listed.length);
        expect(table.observed.reduce((sum, row) => sum + row.n, 0)).toBeLessThanOrEqual(data.cases.length);
        const halves = new Set(table.halfMemberships.map((half) => half.case));
        for (const id of halves) expect(listed).not.toContain(id);
        expect(listed.length + halves.size).toBe(data.cases.length);
        for (const row of table.observed) {
          for (const value of [row.incl, row.PRI]) if (value !== null) expect(value >= -1e-12 && value <= 1 + 1e-12).toBe(true);
          if (row.n === 0) expect(row.OUT).toBe('?');
        }
        expect(listRows(table, true)).toHaveLength(8);
      }),
    );
  });

  it('names the cases and conditions at 0.5', () => {
    const table = createTruthTable(
      { cases: ['J', 'U'], columns: { A: [0.5, 1], B: [0.5, 0], Y: [1, 0] } },
      { outcome: 'Y', conditions: ['A', 'B'] },
    );
    expect(table.halfMemberships).toEqual([{ case: 'J', conditions: ['A', 'B'] }]);
  });

  it('keeps OUT overrides across recomputation and marks them', () => {
    const data: QcaData = { cases: ['a', 'b', 'c'], columns: { A: [1, 1, 0], Y: [1, 0, 0] } };
    const table = createTruthTable(data, { outcome: 'Y', conditions: ['A'], inclCut: 0.5, overrides: { 2: '0' } });
    const row = table.observed.find((entry) => entry.id === 2)!;
    expect(row).toMatchObject({ OUT: '0', computedOUT: '1', overridden: true });
  });

  it('refuses an override of a row no case is in, or sets it aside for a tool that recalibrates', () => {
    const data: QcaData = { cases: ['a', 'b'], columns: { A: [1, 1], Y: [1, 0] } };
    expect(() => createTruthTable(data, { outcome: 'Y', conditions: ['A'], overrides: { 1: '1' } })).toThrow(expect.objectContaining({ issues: [{ path: ['overrides', 1], message: 'is not an observed row' }] }));
    const table = createTruthTable(data, { outcome: 'Y', conditions: ['A'], overrides: { 1: '1', 2: '0' }, unobservedOverrides: 'set-aside' });
    expect(table.overridesSetAside).toEqual([1]);
    expect(table.observed.map((row) => [row.id, row.OUT])).toEqual([[2, '0']]);
  });

  it('reports design errors with typed, located issues', () => {
    const data: QcaData = { cases: ['a', 'a'], columns: { A: [1, 2.5], Y: [1, 3] } };
    try {
      createTruthTable(data, { outcome: 'Y', conditions: ['A', 'Y', 'Z'] });
      throw new Error('expected a QcaError');
    } catch (error) {
      expect(error).toBeInstanceOf(QcaError);
      const messages = (error as QcaError).issues.map((issue) => `${issue.path.join('/')}: ${issue.message}`);
      expect(messages).toEqual([
        'cases/1: duplicate case id "a" (first at position 1)',
        'conditions: the outcome "Y" is also listed as a condition',
        'Z: is not a column of the data',
      ]);
    }
    expect(() => createTruthTable({ cases: ['a', 'b'], columns: { A: [0.2, 1.5], Y: [1, 0] } }, { outcome: 'Y', conditions: ['A'] })).toThrow(/membership 1.5 is outside/);
    expect(() =>
      createTruthTable(
        { cases: ['a', 'b'], columns: Object.fromEntries([...Array.from({ length: 31 }, (_, j) => [`C${j}`, [0, 1]]), ['Y', [0, 1]]]) },
        { outcome: 'Y', conditions: Array.from({ length: 31 }, (_, j) => `C${j}`) },
      ),
    ).toThrow(/31 conditions; the engine allows at most 30/);
  });

  it('refuses raw whole numbers as possibly uncalibrated, naming the column, and keeps real multi-value conditions', () => {
    // Whole numbers such as GDP per capita would read as a condition of (largest value + 1) levels.
    const gdp: QcaData = { cases: ['AU', 'BE', 'CZ'], columns: { GDP: [720, 1098, 586], Y: [1, 1, 0] } };
    expect(() => createTruthTable(gdp, { outcome: 'Y', conditions: ['GDP'] })).toThrow(
      expect.objectContaining({ code: 'qca/data', message: expect.stringMatching(/"GDP" looks uncalibrated.*1,099 levels.*Calibrate/), issues: [expect.objectContaining({ path: ['GDP'] })] }),
    );
    const levels = (largest: number) => createTruthTable({ cases: ['a', 'b'], columns: { L: [0, largest], Y: [0, 1] } }, { outcome: 'Y', conditions: ['L'] });
    expect(levels(MAX_CONDITION_LEVELS - 1).noflevels).toEqual([MAX_CONDITION_LEVELS]);
    expect(() => levels(MAX_CONDITION_LEVELS)).toThrow(/uncalibrated/);
    // Each condition within its bound, together still too many rows.
    const many = Array.from({ length: 19 }, (_, j) => `C${j}`);
    expect(() => createTruthTable({ cases: ['a', 'b'], columns: Object.fromEntries([...many.map((name) => [name, [0, 2]]), ['Y', [0, 1]]]) }, { outcome: 'Y', conditions: many })).toThrow(
      /1,162,261,467 rows/,
    );
  });
});

describe('sortRows', () => {
  const row = (id: number, n: number, incl: number | null): TruthTableRow => ({ id, values: [], OUT: '?', computedOUT: '?', overridden: false, n, incl, PRI: incl, cases: [] });
  const rows = [row(1, 2, 0.8), row(2, 0, null), row(3, 5, 0.9), row(4, 2, 0.9), row(5, 1, 0.8)];

  it('orders by one key after another, decreasing by default, ties by row number, empty values last', () => {
    expect(sortRows(rows, [{ by: 'incl' }]).map((r) => r.id)).toEqual([3, 4, 1, 5, 2]);
    expect(sortRows(rows, [{ by: 'incl' }, { by: 'n' }]).map((r) => r.id)).toEqual([3, 4, 1, 5, 2]);
    expect(sortRows(rows, [{ by: 'n', decreasing: false }, { by: 'incl' }]).map((r) => r.id)).toEqual([2, 5, 4, 1, 3]);
    expect(sortRows(rows, [{ by: 'incl', decreasing: false }]).map((r) => r.id)).toEqual([1, 5, 3, 4, 2]);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is a permutation that respects the first key (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })), { maxLength: 40 }), (specs) => {
        const input = specs.map(([n, incl], index) => row(index + 1, n, incl));
        const sorted = sortRows(input, [{ by: 'incl' }]);
        expect(sorted.map((r) => r.id).sort((a, b) => a - b)).toEqual(input.map((r) => r.id));
        for (let i = 1; i < sorted.length; i += 1) {
          const [x, y] = [sorted[i - 1]!.incl, sorted[i]!.incl];
          if (x !== null && y !== null) expect(x).toBeGreaterThanOrEqual(y);
          if (x === null) expect(y).toBeNull();
        }
      }),
    );
  });
});
