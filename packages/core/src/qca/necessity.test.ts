import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NecessityFit } from './fit';
import { disjunctionMembership, necessityFit, termMembership } from './fit';
import { combinations } from './minimize/implicants';
import { superSubset } from './necessity';
import { atLeast } from './numeric';
import type { Term } from './terms';
import { ABSENT, formatDisjunction, formatTerm } from './terms';
import type { TruthTable } from './truth-table';
import { createTruthTable, tableNotation } from './truth-table';

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

  it('lists what the definition lists, term by term, on random crisp, multi-value and fuzzy tables', () => {
    const column = (cases: number) =>
      fc.oneof(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: cases, maxLength: cases }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: cases, maxLength: cases }),
        fc.array(fc.constantFrom(0, 0.2, 0.4, 0.6, 0.8, 1), { minLength: cases, maxLength: cases }),
      );
    const tables = fc.integer({ min: 2, max: 12 }).chain((cases) =>
      fc.record({
        conditions: fc.array(column(cases), { minLength: 1, maxLength: 5 }),
        outcome: fc.array(fc.constantFrom(0, 0.3, 0.7, 1), { minLength: cases, maxLength: cases }),
        inclCut: fc.constantFrom(0.6, 0.8, 0.9, 1),
        covCut: fc.constantFrom(0, 0.5, 0.6),
      }),
    );
    fc.assert(
      fc.property(tables, ({ conditions, outcome, inclCut, covCut }) => {
        const names = conditions.map((_, j) => `C${j + 1}`);
        const table = createTruthTable(
          { cases: outcome.map((_, index) => `c${index}`), columns: { Y: outcome, ...Object.fromEntries(conditions.map((values, j) => [names[j], values])) } },
          { outcome: 'Y', conditions: names },
        );
        for (const stopRule of ['qca', 'complete'] as const) {
          expect(superSubset(table, { inclCut, covCut, stopRule })).toEqual(supersetsByDefinition(table, inclCut, covCut, stopRule));
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** superSubset spelled out: every term's memberships from scratch, every listed term compared literal by literal. */
function supersetsByDefinition(table: TruthTable, inclCut: number, covCut: number, stopRule: 'qca' | 'complete') {
  const notation = tableNotation(table);
  const nconds = table.conditions.length;
  const cases = table.cases.length;
  const y = table.outcomeValues;
  const passes = (fit: NecessityFit) => atLeast(fit.inclN ?? Number.NaN, inclCut) && atLeast(fit.covN ?? Number.NaN, covCut);
  const conjunctions: ({ term: string } & NecessityFit)[] = [];
  const disjunctions: ({ term: string } & NecessityFit)[] = [];
  const listed: Term[] = [];
  for (let k = 1; k <= nconds; k += 1) {
    const listedNow: Term[] = [];
    for (const combo of combinations(nconds, k)) {
      const terms: Term[] = [[]];
      for (const j of combo) terms.splice(0, terms.length, ...terms.flatMap((partial) => Array.from({ length: table.conditions[j]!.levels }, (_, level) => [...partial, level])));
      for (const levels of terms) {
        const term: Term = Array.from({ length: nconds }, (_, j) => (combo.includes(j) ? levels[combo.indexOf(j)]! : ABSENT));
        const conjunction = necessityFit(termMembership(term, table.conditions, table.conditionValues, cases), y);
        if (passes(conjunction)) {
          conjunctions.push({ term: formatTerm(notation, term), ...conjunction });
          listedNow.push(term);
          continue;
        }
        if (k === 1 || listed.some((smaller) => smaller.every((level, j) => level === ABSENT || term[j] === level))) continue;
        const disjunction = necessityFit(disjunctionMembership(term, table.conditions, table.conditionValues, cases), y);
        if (passes(disjunction)) {
          disjunctions.push({ term: formatDisjunction(notation, term), ...disjunction });
          listedNow.push(term);
        }
      }
    }
    if (k >= 4 && k < nconds && listed.length > 0 && listedNow.length === 0 && stopRule === 'qca') return { terms: [...conjunctions, ...disjunctions], complete: true, depth: k, stoppedAt: k };
    listed.push(...listedNow);
  }
  return { terms: [...conjunctions, ...disjunctions], complete: true, depth: nconds };
}
