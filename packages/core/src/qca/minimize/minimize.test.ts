import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Term } from '../terms';
import { covers } from '../terms';
import { rowValues } from '../truth-table';
import { enumerateMinimumCovers, undominatedColumns } from './cover';
import { flatChart } from './flat-chart';
import type { ImplicantTable } from './implicant-table';
import { coversAt, termAt } from './implicant-table';
import { combinations, findImplicants, primesOfOnSet } from './implicants';
import { minimizeRows } from './rows';

/** Random binary truth tables over 2 to `most` conditions: each row positive, negative or remainder. */
const problemsUpTo = (most: number) =>
  fc.integer({ min: 2, max: most }).chain((k) =>
    fc.array(fc.constantFrom('1', '0', '?'), { minLength: 2 ** k, maxLength: 2 ** k }).map((outs) => ({
      noflevels: Array.from({ length: k }, () => 2),
      positive: outs.flatMap((out, index) => (out === '1' ? [index + 1] : [])),
      negative: outs.flatMap((out, index) => (out === '0' ? [index + 1] : [])),
    })),
  );
const problems = problemsUpTo(6);

/** The implicants of a table, one object each. */
const implicantsOf = (table: ImplicantTable) =>
  Array.from({ length: table.count }, (_, index) => ({ term: termAt(table, index), literals: table.literals[index], covers: coversAt(table, index) }));

const inside = (terms: readonly Term[], values: readonly number[]) => terms.some((term) => covers(term, values));

/** Every cube over k conditions: each condition absent (-1), 0 or 1. */
function allCubes(k: number): Term[] {
  let cubes: Term[] = [[]];
  for (let j = 0; j < k; j += 1) cubes = cubes.flatMap((cube) => [-1, 0, 1].map((level) => [...cube, level]));
  return cubes;
}

/**
 * Primes by definition: cubes inside `allowed` (containing at least one `wanted` row) with no
 * larger such cube around them. CCubes starts at one literal, so its search never offers the
 * empty cube (`withEmpty` false).
 */
function primesByDefinition(k: number, allowed: (values: number[]) => boolean, wanted: readonly number[][], withEmpty = true): string[] {
  const rows = Array.from({ length: 2 ** k }, (_, index) => rowValues(index + 1, Array.from({ length: k }, () => 2)));
  const implicant = (cube: Term) => rows.every((values) => !covers(cube, values) || allowed(values));
  const cubes = allCubes(k).filter((cube) => withEmpty || cube.some((level) => level !== -1));
  const implicants = cubes.filter((cube) => implicant(cube) && wanted.some((values) => covers(cube, values)));
  const larger = (big: Term, small: Term) => big !== small && big.every((level, j) => level === -1 || level === small[j]);
  return implicants.filter((cube) => !implicants.some((other) => larger(other, cube))).map((cube) => cube.join(',')).sort();
}

describe('prime implicants', () => {
  it('the search finds exactly the primes of the positive and remainder rows that cover a positive row', () => {
    fc.assert(
      fc.property(problems, ({ noflevels, positive, negative }) => {
        const k = noflevels.length;
        const positiveRows = positive.map((id) => rowValues(id, noflevels));
        const negativeIds = new Set(negative);
        const found = findImplicants(positiveRows, negative.map((id) => rowValues(id, noflevels)), noflevels, { stopRule: 'complete' });
        const expected = primesByDefinition(k, (values) => !negativeIds.has(rowIdOf(values)), positiveRows, false);
        expect(implicantsOf(found.implicants).map((implicant) => implicant.term.join(',')).sort()).toEqual(expected);
        for (const implicant of implicantsOf(found.implicants)) {
          expect(implicant.covers).toEqual(positiveRows.flatMap((values, index) => (covers(implicant.term, values) ? [index] : [])));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the primes of the positive rows alone are exactly those of the conservative solution', () => {
    fc.assert(
      fc.property(problems, ({ noflevels, positive }) => {
        const positiveRows = positive.map((id) => rowValues(id, noflevels));
        const positiveIds = new Set(positive);
        const found = primesOfOnSet(positiveRows, noflevels);
        expect(implicantsOf(found).map((implicant) => implicant.term.join(',')).sort()).toEqual(primesByDefinition(noflevels.length, (values) => positiveIds.has(rowIdOf(values)), positiveRows));
        for (const implicant of implicantsOf(found)) {
          expect(implicant.covers).toEqual(positiveRows.flatMap((values, index) => (covers(implicant.term, values) ? [index] : [])));
        }
      }),
      { numRuns: 150 },
    );
  });
});

const rowIdOf = (values: readonly number[]) => values.reduce((id, level) => id * 2 + level, 0) + 1;

describe('minimization soundness', () => {
  it('every parsimonious model covers every OUT = 1 row and no OUT = 0 row', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        fc.pre(problem.positive.length > 0);
        const solution = minimizeRows(problem, 'parsimonious', { modelCap: 50 });
        expect(solution.models.length).toBeGreaterThan(0);
        for (const model of solution.models) {
          const terms = model.terms.map((index) => solution.implicants[index]!);
          for (const id of problem.positive) expect(inside(terms, rowValues(id, problem.noflevels))).toBe(true);
          for (const id of problem.negative) expect(inside(terms, rowValues(id, problem.noflevels))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every conservative model covers exactly the OUT = 1 rows', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        fc.pre(problem.positive.length > 0);
        const solution = minimizeRows(problem, 'conservative', { modelCap: 50 });
        const total = 2 ** problem.noflevels.length;
        for (const model of solution.models) {
          const terms = model.terms.map((index) => solution.implicants[index]!);
          for (let id = 1; id <= total; id += 1) {
            expect(inside(terms, rowValues(id, problem.noflevels))).toBe(problem.positive.includes(id));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('with allSolutions, every model is an irredundant cover, and the minimal models come first', () => {
    // Up to five conditions: with six, dense tables can have too many irredundant covers to list.
    fc.assert(
      fc.property(problemsUpTo(5), (problem) => {
        fc.pre(problem.positive.length > 0);
        const all = minimizeRows(problem, 'parsimonious', { allSolutions: true, modelCap: 500 });
        const minimal = minimizeRows(problem, 'parsimonious', { modelCap: 500 });
        // Past the limit of partial covers the solution keeps its minimal models (and says so).
        if (!all.allSolutions) return expect(all.models).toEqual(minimal.models);
        expect(all.models.slice(0, minimal.models.length)).toEqual(minimal.models);
        const positives = problem.positive.map((id) => rowValues(id, problem.noflevels));
        for (const model of all.models) {
          const terms = model.terms.map((index) => all.implicants[index]!);
          expect(positives.every((values) => inside(terms, values))).toBe(true);
          for (const id of problem.negative) expect(inside(terms, rowValues(id, problem.noflevels))).toBe(false);
          terms.forEach((_, drop) => {
            const rest = terms.filter((__, index) => index !== drop);
            expect(positives.every((values) => inside(rest, values))).toBe(false);
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('with allSolutions, keeps the minimal models when the irredundant ones are too many to enumerate', () => {
    // Six conditions, five negative rows, every other row positive: 42 primes whose irredundant
    // covers pass the limit of partial covers long before the last row.
    const negative = [2, 8, 29, 37, 60];
    const problem = { noflevels: [2, 2, 2, 2, 2, 2], negative, positive: Array.from({ length: 64 }, (_, index) => index + 1).filter((id) => !negative.includes(id)) };
    const all = minimizeRows(problem, 'parsimonious', { allSolutions: true, modelCap: 500 });
    expect(all.allSolutions).toBe(false);
    expect(all.models).toEqual(minimizeRows(problem, 'parsimonious', { modelCap: 500 }).models);
  });

  it("a solution's implicant lists, built on first read, behave as plain properties", () => {
    const problem = { noflevels: [2, 2, 2], positive: [1, 2, 4], negative: [8] };
    const solution = minimizeRows(problem, 'parsimonious');
    const copy = JSON.parse(JSON.stringify(solution)) as typeof solution;
    expect(copy.implicants).toEqual(solution.implicants);
    expect(copy.implicantRows).toEqual(solution.implicantRows);
    expect(Object.keys(solution).slice(0, 3)).toEqual(['kind', 'implicants', 'implicantRows']);
    expect({ ...solution }.implicants).toBe(solution.implicants);
    solution.implicants = [];
    expect(solution.implicants).toEqual([]);
  });

  it('models are minimal, all of one size, distinct, and in lexicographic order', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        fc.pre(problem.positive.length > 0);
        const solution = minimizeRows(problem, 'parsimonious', { implicantSearch: 'complete', modelCap: 500 });
        const sizes = new Set(solution.models.map((model) => model.terms.length));
        expect(sizes.size).toBe(1);
        const keys = solution.models.map((model) => model.terms.join(','));
        expect(new Set(keys).size).toBe(keys.length);
        for (let m = 1; m < solution.models.length; m += 1) {
          const a = solution.models[m - 1]!.terms;
          const b = solution.models[m]!.terms;
          const first = a.findIndex((value, index) => value !== b[index]);
          expect(a[first]!).toBeLessThan(b[first]!);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('covering', () => {
  it('agrees with brute force on random charts: size and every minimum cover', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((rows) =>
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { minLength: 1, maxLength: rows }), { minLength: 1, maxLength: 9 }).map((columns) => ({ rows, columns })),
        ),
        (problem) => {
          const coverable = Array.from({ length: problem.rows }, (_, row) => problem.columns.some((column) => column.includes(row))).every(Boolean);
          fc.pre(coverable);
          const all: number[][] = [];
          for (let mask = 1; mask < 2 ** problem.columns.length; mask += 1) {
            const chosen = problem.columns.flatMap((_, index) => ((mask >> index) & 1 ? [index] : []));
            const covered = new Set(chosen.flatMap((index) => problem.columns[index]!));
            if (covered.size === problem.rows) all.push(chosen);
          }
          const size = Math.min(...all.map((chosen) => chosen.length));
          const expected = all.filter((chosen) => chosen.length === size).sort(lexicographic);
          const enumeration = enumerateMinimumCovers(flatChart(problem.rows, problem.columns));
          expect(enumeration).toMatchObject({ size, proven: true, lowerBound: size });
          expect(enumeration.models).toEqual(expected);
          expect(enumeration.count).toBe(expected.length);
          expect(enumeration.essential).toEqual(problem.columns.map((_, index) => index).filter((index) => expected.every((chosen) => chosen.includes(index))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the minimum size by brute force on charts whose greedy cover is not minimal, pruning by reduced costs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 14 }).chain((rows) =>
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { minLength: 2, maxLength: 4 }), { minLength: 8, maxLength: 16 }).map((columns) => ({ rows, columns })),
        ),
        ({ rows, columns }) => {
          fc.pre(Array.from({ length: rows }, (_, row) => columns.some((column) => column.includes(row))).every(Boolean));
          let size = 0;
          const coverOfSize = (k: number) => {
            for (const chosen of combinations(columns.length, k)) if (new Set(chosen.flatMap((index) => columns[index]!)).size === rows) return true;
            return false;
          };
          while (!coverOfSize(size)) size += 1;
          expect(enumerateMinimumCovers(flatChart(rows, columns), 1)).toMatchObject({ size, proven: true, lowerBound: size });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('row dominance keeps exactly the columns whose rows no column with more rows covers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((rows) =>
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { minLength: 1, maxLength: rows }), { minLength: 1, maxLength: 40 }).map((columns) => ({ rows, columns })),
        ),
        ({ rows, columns }) => {
          const sorted = columns.map((column) => [...column].sort((a, b) => a - b));
          const dominatedBy = (small: number[], big: number[]) => big.length > small.length && small.every((row) => big.includes(row));
          const expected = sorted.flatMap((column, index) => (sorted.some((other) => dominatedBy(column, other)) ? [] : [index]));
          expect(undominatedColumns(flatChart(rows, sorted))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts the minimum covers it does not keep, exactly, on random charts with repeated columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((rows) =>
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { minLength: 1, maxLength: rows }), { minLength: 1, maxLength: 7 }).chain((distinct) =>
            // Some columns twice: implicants covering the same rows.
            fc.subarray(distinct).map((again) => ({ rows, columns: [...distinct, ...again] })),
          ),
        ),
        (problem) => {
          fc.pre(Array.from({ length: problem.rows }, (_, row) => problem.columns.some((column) => column.includes(row))).every(Boolean));
          const covers: number[][] = [];
          for (let mask = 1; mask < 2 ** problem.columns.length; mask += 1) {
            const chosen = problem.columns.flatMap((_, index) => ((mask >> index) & 1 ? [index] : []));
            if (new Set(chosen.flatMap((index) => problem.columns[index]!)).size === problem.rows) covers.push(chosen);
          }
          const size = Math.min(...covers.map((chosen) => chosen.length));
          const minimum = covers.filter((chosen) => chosen.length === size);
          const enumeration = enumerateMinimumCovers(flatChart(problem.rows, problem.columns), 1);
          expect(enumeration).toMatchObject({ count: minimum.length, countExact: true });
          // Essential implicants named are in every minimum cover, kept or only counted.
          for (const column of enumeration.essential) expect(minimum.every((chosen) => chosen.includes(column))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names no implicant essential from the covers it kept when it counted the others', () => {
    // A cycle of 6 rows: two minimum covers, [0, 2, 4] and [1, 3, 5], sharing no column.
    const enumeration = enumerateMinimumCovers(flatChart(6, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [0, 5]]), 1);
    expect(enumeration).toMatchObject({ size: 3, count: 2, countExact: true, essential: [] });
  });

  it('counts the covers of a part of more rows than its subsets can count by the classes of equal columns', () => {
    // A cycle of 24 rows, each column two neighbouring rows, each column twice: the minimum covers
    // are the 2 perfect matchings of 12 columns, each column of a matching taken in either copy.
    const rows = 24;
    const edges = Array.from({ length: rows }, (_, row) => [row, (row + 1) % rows].sort((a, b) => a - b));
    const enumeration = enumerateMinimumCovers(flatChart(rows, [...edges, ...edges]), 1);
    expect(enumeration).toMatchObject({ size: 12, count: 2 * 2 ** 12, countExact: true });
  });

  it('caps an exploding number of models and says so', () => {
    const rows = 12;
    const columns = Array.from({ length: 24 }, (_, index) => [index % rows]);
    const enumeration = enumerateMinimumCovers(flatChart(rows, columns), 100);
    expect(enumeration).toMatchObject({ size: 12, truncated: true, count: 4096, countExact: true });
    expect(enumeration.models).toHaveLength(100);
    expect([...enumeration.models].sort(lexicographic)).toEqual(enumeration.models);
    // The first models keep the first column of every row but the last ones, as lexicographic order demands.
    expect(enumeration.models[0]).toEqual(Array.from({ length: rows }, (_, row) => row));
    expect(enumeration.models[1]).toEqual([...Array.from({ length: rows - 1 }, (_, row) => row), 23]);
  });

  it('lists fewer models than the cap when each has a hundred thousand implicants, and counts them all', () => {
    // 100,000 rows with one column each (in every model), then 12 rows with two columns each.
    const fixedRows = 100_000;
    const columns = [...Array.from({ length: fixedRows }, (_, row) => [row]), ...Array.from({ length: 24 }, (_, index) => [fixedRows + (index % 12)])];
    const enumeration = enumerateMinimumCovers(flatChart(fixedRows + 12, columns), 10_000);
    expect(enumeration).toMatchObject({ size: fixedRows + 12, truncated: true, count: 4096, countExact: true });
    // Five million implicant entries at most, so 50 models of 100,012.
    expect(enumeration.models).toHaveLength(50);
    expect([...enumeration.models].sort(lexicographic)).toEqual(enumeration.models);
  });

  it('lists every minimum cover of the research shape: few cases, many conditions, a thousand primes', () => {
    // 30 cases over 16 conditions (C1*C2 + C3*~C4 with noise): 11 positive rows, 19 negative.
    const positive = [9715, 17196, 28458, 36793, 44359, 51972, 58779, 59151, 60364, 64209, 64565];
    const negative = [206, 3233, 5325, 6096, 7627, 14148, 14211, 14444, 19219, 25027, 29835, 31384, 32550, 33409, 36277, 37425, 38516, 48971, 52355];
    const solution = minimizeRows({ noflevels: Array.from({ length: 16 }, () => 2), positive, negative }, 'parsimonious', { modelCap: 1000 });
    // Every set of three implicants covering all rows, by brute force over the implicants' distinct row sets.
    const all = 2 ** positive.length - 1;
    const byRows = new Map<number, number[]>();
    solution.implicantRows.forEach((rows, implicant) => {
      const mask = rows.reduce((bits, row) => bits | (1 << positive.indexOf(row)), 0);
      byRows.set(mask, [...(byRows.get(mask) ?? []), implicant]);
    });
    const masks = [...byRows.keys()];
    // No pair covers every row: every cover has at least three implicants.
    expect(masks.some((a) => masks.some((b) => (a | b) === all))).toBe(false);
    const expected: number[][] = [];
    masks.forEach((a, i) =>
      masks.slice(i + 1).forEach((b, j) =>
        masks.slice(i + j + 2).forEach((c) => {
          if ((a | b | c) !== all) return;
          for (const x of byRows.get(a)!) for (const y of byRows.get(b)!) for (const z of byRows.get(c)!) expected.push([x, y, z].sort((p, q) => p - q));
        }),
      ),
    );
    expected.sort(lexicographic);
    expect(solution).toMatchObject({ modelCount: expected.length, modelCountExact: true, modelsTruncated: false, provenMinimal: true });
    expect(solution.models.map((model) => model.terms)).toEqual(expected);
  });
});

function lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Binary truth tables over 8 conditions, with a share of negative rows from sparse to dense. */
const widerProblems = fc.double({ min: 0.02, max: 0.6, noNaN: true }).chain((negativeShare) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 256, maxLength: 256 }).map((draws) => {
    const noflevels = Array.from({ length: 8 }, () => 2);
    const out = (draw: number) => (draw < negativeShare ? '0' : draw < negativeShare + (1 - negativeShare) / 2 ? '1' : '?');
    return {
      noflevels,
      positive: draws.flatMap((draw, index) => (out(draw) === '1' ? [index + 1] : [])),
      negative: draws.flatMap((draw, index) => (out(draw) === '0' ? [index + 1] : [])),
    };
  }),
);

describe('bitmap search of primes', () => {
  it('finds the same primes, in the same order, as the search by combinations, under either stop rule', () => {
    fc.assert(
      fc.property(widerProblems, ({ noflevels, positive, negative }) => {
        const positiveRows = positive.map((id) => rowValues(id, noflevels));
        const negativeRows = negative.map((id) => rowValues(id, noflevels));
        for (const stopRule of ['qca', 'complete'] as const) {
          const { implicants, everyPrime: _every, ...search } = findImplicants(positiveRows, negativeRows, noflevels, { stopRule });
          const byCombinations = findImplicants(positiveRows, negativeRows, noflevels, { stopRule, search: 'combinations' });
          expect(search).toEqual({ depth: byCombinations.depth, complete: byCombinations.complete });
          expect(implicantsOf(implicants)).toEqual(implicantsOf(byCombinations.implicants));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds the same primes of the positive rows alone as the merge, in the same order', () => {
    fc.assert(
      fc.property(widerProblems, ({ noflevels, positive }) => {
        fc.pre(positive.length > 0);
        const positiveRows = positive.map((id) => rowValues(id, noflevels));
        expect(implicantsOf(primesOfOnSet(positiveRows, noflevels))).toEqual(implicantsOf(primesOfOnSet(positiveRows, noflevels, 'combinations')));
        // On-sets need not be in row order (the conservative one lists contradictions last).
        const reversed = [...positiveRows].reverse();
        expect(implicantsOf(primesOfOnSet(reversed, noflevels))).toEqual(implicantsOf(primesOfOnSet(reversed, noflevels, 'combinations')));
      }),
      { numRuns: 60 },
    );
  });

  it('finds exactly the primes by definition', () => {
    fc.assert(
      fc.property(widerProblems, ({ noflevels, positive, negative }) => {
        const positiveRows = positive.map((id) => rowValues(id, noflevels));
        const negativeIds = new Set(negative);
        const found = findImplicants(positiveRows, negative.map((id) => rowValues(id, noflevels)), noflevels, { stopRule: 'complete' });
        const expected = primesByDefinition(8, (values) => !negativeIds.has(rowIdOf(values)), positiveRows, false);
        expect(implicantsOf(found.implicants).map((implicant) => implicant.term.join(',')).sort()).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});

/** Sparse tables: up to 30 observed rows over 2 to 12 conditions, some of three levels. */
const sparseProblems = fc
  .array(fc.constantFrom(2, 2, 2, 3), { minLength: 2, maxLength: 12 })
  .chain((noflevels) =>
    fc
      .uniqueArray(fc.tuple(fc.tuple(...noflevels.map((levels) => fc.integer({ min: 0, max: levels - 1 }))), fc.boolean()), { minLength: 2, maxLength: 30, selector: ([values]) => values.join(',') })
      .map((rows) => ({ noflevels, positive: rows.filter(([, out]) => out).map(([values]) => values), negative: rows.filter(([, out]) => !out).map(([values]) => values) })),
  );

describe('prime search by minimal transversals', () => {
  it('finds the same primes, in the same order, with the same stop, as the search by combinations', () => {
    fc.assert(
      fc.property(sparseProblems, ({ noflevels, positive, negative }) => {
        fc.pre(positive.length > 0 && negative.length > 0);
        for (const stopRule of ['qca', 'complete'] as const) {
          const { implicants, everyPrime, ...search } = findImplicants(positive, negative, noflevels, { stopRule, search: 'transversals' });
          const byCombinations = findImplicants(positive, negative, noflevels, { stopRule, search: 'combinations' });
          expect(search).toEqual({ depth: byCombinations.depth, complete: byCombinations.complete });
          expect(implicantsOf(implicants)).toEqual(implicantsOf(byCombinations.implicants));
          // Past the stop, what the search by rows found anyway is every prime.
          if (everyPrime) expect(implicantsOf(everyPrime)).toEqual(implicantsOf(findImplicants(positive, negative, noflevels, { stopRule: 'complete', search: 'combinations' }).implicants));
        }
      }),
      { numRuns: 300 },
    );
  });
});
