import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferenceRequest, SolutionResult } from './reference';
import { QcaError } from './errors';
import { runReferenceRequest } from './reference';

// Lipset's fuzzy data, as in QCA's `LF`: row 22 (DEV, LIT, STB present; URB, IND absent) holds FI and IE.
const data = [
  { case: 'FI', DEV: 0.58, URB: 0.03, LIT: 0.99, IND: 0.08, STB: 0.58, SURV: 0.77 },
  { case: 'IE', DEV: 0.72, URB: 0.05, LIT: 0.98, IND: 0.01, STB: 0.95, SURV: 0.92 },
  { case: 'BE', DEV: 0.99, URB: 0.89, LIT: 0.98, IND: 1, STB: 0.98, SURV: 0.95 },
  { case: 'GR', DEV: 0.04, URB: 0.09, LIT: 0.13, IND: 0.36, STB: 0.43, SURV: 0.06 },
];
const request: ReferenceRequest = { data, outcome: 'SURV', conditions: ['DEV', 'URB', 'LIT', 'IND', 'STB'], incl_cut: 0.8, solutions: ['conservative'] };

describe('runReferenceRequest overrides', () => {
  it('applies the analyst’s OUT to the row and minimizes with it', () => {
    const plain = runReferenceRequest(request) as { truth_table: { rows: { id: number; OUT: string }[] }; solutions: { conservative: SolutionResult } };
    const overridden = runReferenceRequest({ ...request, overrides: { 22: '0' } }) as typeof plain;
    expect(plain.truth_table.rows.find((row) => row.id === 22)?.OUT).toBe('1');
    expect(overridden.truth_table.rows.find((row) => row.id === 22)?.OUT).toBe('0');
    const cases = (result: typeof plain) => result.solutions.conservative.models.flatMap((model) => model.term_fit.map((fit) => fit.cases));
    expect(cases(plain).join(';')).toMatch(/FI|IE/);
    expect(cases(overridden).join(';')).not.toMatch(/FI|IE/);
  });
});


describe('runReferenceRequest on a request that breaks the format', () => {
  const problems = (input: unknown) => {
    try {
      runReferenceRequest(input as ReferenceRequest);
    } catch (error) {
      expect(error).toBeInstanceOf(QcaError);
      expect((error as QcaError).code).toBe('qca/request');
      return (error as QcaError).issues;
    }
    throw new Error('the request was accepted');
  };

  it('names each field out of range or of the wrong kind instead of guessing', () => {
    expect(problems({ ...request, incl_cut: [] })).toEqual([{ path: ['incl_cut'], message: 'one or two cut-offs' }]);
    expect(problems({ ...request, incl_cut: [0.9, 0.8, 0.7] })).toEqual([{ path: ['incl_cut'], message: 'one or two cut-offs' }]);
    expect(problems({ ...request, incl_cut: [0.7, 0.9] })).toEqual([{ path: ['incl_cut'], message: 'the second cut-off (ic0) may not be above the first (ic1)' }]);
    expect(problems({ ...request, incl_cut: 'high' })).toEqual([{ path: ['incl_cut'], message: 'a number from 0 to 1, or two: [ic1, ic0]' }]);
    expect(problems({ ...request, pri_cut: 2 })).toEqual([{ path: ['pri_cut'], message: 'a number from 0 to 1' }]);
    expect(problems({ ...request, include: '?,X' })).toEqual([{ path: ['include'], message: 'takes "?" (remainders) and "C" (contradictions), separated by commas' }]);
    expect(problems({ ...request, solutions: ['conservative', 'simplest'] })).toEqual([{ path: ['solutions', 1], message: 'conservative, parsimonious or intermediate' }]);
    expect(problems({ ...request, n_cut: 0, necessity: { incl_cut: 'high' } })).toEqual([
      { path: ['n_cut'], message: 'a whole number of cases, at least 1' },
      { path: ['necessity', 'incl_cut'], message: 'a number from 0 to 1' },
    ]);
  });

  it('refuses what is not a request at all, with a typed error rather than a TypeError', () => {
    expect(problems(null)).toEqual([{ path: [], message: 'a request object' }]);
    expect(problems({ data: [] })).toEqual([{ path: ['data'], message: 'at least one row' }]);
    expect(problems({ outcome: 'Y' })).toEqual([{ path: ['data'], message: 'a list of rows' }]);
    expect(problems({ data: [{ case: 'a', A: true }] })).toEqual([{ path: ['data', 0, 'A'], message: 'a number, a text or null' }]);
  });

  it('ignores fields the format does not name, as the format says', () => {
    expect(() => runReferenceRequest({ ...request, source: 'Lipset 1959' } as ReferenceRequest)).not.toThrow();
  });
});

describe('runReferenceRequest all_sol', () => {
  // Every row observed, so the conservative chart is the whole function. f(A,B,C) = 1 on rows 000 001 010 101 110 111, 0 on 011 and 100: the six primes form a cycle,
  // each row covered by two neighbours (A'B'-A'C'-BC'-AB-AC-B'C). Its minimal vertex covers are the
  // two alternating triples and the three sets that leave out an opposite pair: five models.
  const cyclic: ReferenceRequest = {
    data: ['000', '001', '010', '011', '100', '101', '110', '111'].map((bits, index) => ({
      case: `r${index}`,
      A: Number(bits[0]),
      B: Number(bits[1]),
      C: Number(bits[2]),
      Y: index === 3 || index === 4 ? 0 : 1,
    })),
    outcome: 'Y',
    conditions: ['A', 'B', 'C'],
    solutions: ['conservative'],
  };
  const modelsOf = (result: unknown) => (result as { solutions: { conservative: SolutionResult } }).solutions.conservative.models.map((model) => [...model.terms].sort().join(' + '));

  it('lists only the two minimal models by default', () => {
    expect(modelsOf(runReferenceRequest(cyclic))).toEqual(['A*C + B*~C + ~A*~B', 'A*B + ~A*~C + ~B*C']);
  });

  it('lists every irredundant model with all_sol: fewest terms first, then in the order of the implicants', () => {
    const result = runReferenceRequest({ ...cyclic, all_sol: true }) as { solutions: { conservative: SolutionResult }; warnings?: unknown };
    const models = modelsOf(result);
    expect(models.slice(0, 2)).toEqual(['A*C + B*~C + ~A*~B', 'A*B + ~A*~C + ~B*C']);
    expect([...models.slice(2)].sort()).toEqual(['A*B + A*C + ~A*~B + ~A*~C', 'A*B + B*~C + ~A*~B + ~B*C', 'A*C + B*~C + ~A*~C + ~B*C']);
    const { prime_implicants: primes, models: listed, essential } = result.solutions.conservative;
    const positions = listed.map((model) => model.terms.map((term) => primes.indexOf(term)));
    for (let m = 1; m < positions.length; m += 1) {
      const [before, after] = [positions[m - 1]!, positions[m]!];
      const first = before.findIndex((position, i) => position !== after[i]);
      expect(before.length < after.length || (before.length === after.length && before[first]! < after[first]!)).toBe(true);
    }
    expect(essential).toEqual([]);
    expect(result.warnings).toBeUndefined();
  });
});

describe('runReferenceRequest data', () => {
  it('reads a temporal-QCA "don\'t care" cell, and names a cell that is not a number', () => {
    let caught: unknown;
    try {
      runReferenceRequest({ data: [{ case: 'a', A: 1, B: '-', Y: 1 }, { case: 'b', A: 0, B: 'x', Y: 0 }], outcome: 'Y' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QcaError);
    expect((caught as QcaError).issues).toEqual([{ path: ['data', 1, 'B'], message: '"x" is not a number' }]);
  });

  it('refuses a "don\'t care" in the outcome, in a fuzzy condition and in a column to calibrate, naming the cell', () => {
    const errorsOf = (request: Parameters<typeof runReferenceRequest>[0]) => (runReferenceRequest(request) as { errors?: Record<string, { message: string }> }).errors;
    const rows = [
      { case: 'a', A: 1, F: 0.8, Y: 1 },
      { case: 'b', A: 0, F: 0.2, Y: 0 },
      { case: 'c', A: 1, F: '-', Y: '-' },
    ];
    expect(errorsOf({ data: rows, outcome: 'Y', conditions: ['A'] })?.truthTable?.message).toMatch(/c\.Y: is a "don't care", which an outcome cannot be/);
    const crispOutcome = rows.map((row) => ({ ...row, Y: row.case === 'a' ? 1 : 0 }));
    expect(errorsOf({ data: crispOutcome, outcome: 'Y', conditions: ['A', 'F'] })?.truthTable?.message).toMatch(/c\.F: is a "don't care", which only a crisp condition can hold/);
    const calibrated = errorsOf({ data: crispOutcome, outcome: 'Y', conditions: ['A', 'FC'], calibrate: { FC: { from: 'F', thresholds: '0.1, 0.5, 0.9' } } });
    expect(calibrated?.['calibrate:FC']?.message).toMatch(/column "F" holds "don't care" cells/);
    const negativeRaw = [-3, -1, 0, 2, 5, 8].map((R, index) => ({ case: String(index), R, Y: index % 2 }));
    const fine = runReferenceRequest({ data: negativeRaw, outcome: 'Y', conditions: ['RC'], calibrate: { RC: { from: 'R', thresholds: '-2, 1, 6' } } }) as { errors?: unknown; calibrated: { RC: number[] } };
    expect(fine.errors).toBeUndefined();
    expect(fine.calibrated.RC).toHaveLength(6);
  });
});

describe('runReferenceRequest method', () => {
  // Six conditions. The positive rows all have A, and no negative row has A, so the prime A covers
  // them at the first level. Every row without A is negative except ~A*B*C*D*E, so B*C*D*E is a
  // prime too, but of four literals: CCubes stops after two levels without a new prime and never
  // reaches it; QMC lists every prime.
  const bits = (row: number) => Array.from({ length: 6 }, (_, j) => (row >> (5 - j)) & 1);
  const positive = [0b111110, 0b111111, 0b100000, 0b101010];
  const negative = Array.from({ length: 32 }, (_, row) => row).filter((row) => row !== 0b011110 && row !== 0b011111);
  const conditions = ['A', 'B', 'C', 'D', 'E', 'F'];
  const data = [...positive.map((row) => [row, 1] as const), ...negative.map((row) => [row, 0] as const)].map(([row, y]) => ({
    case: `r${row}`,
    ...Object.fromEntries(bits(row).map((value, j) => [conditions[j]!, value])),
    Y: y,
  }));
  const request: ReferenceRequest = { data, outcome: 'Y', conditions, solutions: ['parsimonious'] };
  const primes = (result: unknown) => (result as { solutions: { parsimonious: SolutionResult } }).solutions.parsimonious.prime_implicants;

  it('lists the primes CCubes finds by default, and every prime with QMC or eQMC', () => {
    expect(primes(runReferenceRequest(request))).toEqual(['A']);
    expect(primes(runReferenceRequest({ ...request, method: 'QMC' }))).toEqual(['A', 'B*C*D*E']);
    expect(primes(runReferenceRequest({ ...request, method: 'eQMC' }))).toEqual(['A', 'B*C*D*E']);
  });

  it('adds no note when the primes past the stop change no model', () => {
    const result = runReferenceRequest(request) as { solutions: { parsimonious: SolutionResult; notes?: string[] } };
    expect(result.solutions.parsimonious.stop_rule).toBeUndefined();
    expect(result.solutions.notes).toBeUndefined();
  });

  it('refuses an unknown method before any step runs', () => {
    expect(() => runReferenceRequest({ ...request, method: 'Espresso' })).toThrow(expect.objectContaining({ code: 'qca/request', issues: [{ path: ['method'], message: 'CCubes, QMC or eQMC' }] }));
  });
});

describe('runReferenceRequest past QCA\'s stop rule', () => {
  // X alone and Y alone are prime at the first level and cover the two positive rows; every
  // implicant of two or three C's is contradicted by the negative row that lacks the fourth, so two
  // levels add no prime and CCubes stops. C1*C2*C3*C4, of four literals, covers both rows alone.
  const row = (id: string, x: number, y: number, cs: string, out: number) => ({ case: id, X: x, Y: y, ...Object.fromEntries([...cs].map((bit, j) => [`C${j + 1}`, Number(bit)])), OUT: out });
  const data = [row('p1', 1, 0, '1111', 1), row('p2', 0, 1, '1111', 1), row('n1', 0, 0, '0111', 0), row('n2', 0, 0, '1011', 0), row('n3', 0, 0, '1101', 0), row('n4', 0, 0, '1110', 0)];
  const run = (compat: 'qca' | 'corrected') => (runReferenceRequest({ data, outcome: 'OUT', compat, solutions: ['parsimonious'] }) as { solutions: { parsimonious: SolutionResult; notes?: string[] } }).solutions;

  it('gives the smaller models every prime implicant gives, and says what QCA gives and why', () => {
    const { parsimonious, notes } = run('corrected');
    expect(parsimonious.models.map((model) => model.expression)).toEqual(['C1*C2*C3*C4']);
    expect(parsimonious.stop_rule).toEqual({ stopped_after: 3, qca_model_terms: 2, qca_models: 1, all_primes_model_terms: 1, all_primes_models: 1, given: 'all-primes' });
    expect(notes?.join(' ')).toMatch(/stops after those of 3 literals, once the positive rows are covered and two sizes add none/);
  });

  it('with compat "qca" gives QCA\'s models, and says that every prime implicant gives smaller ones', () => {
    const { parsimonious, notes } = run('qca');
    expect(parsimonious.models.map((model) => model.expression)).toEqual(['X + Y']);
    expect(parsimonious.stop_rule?.given).toBe('qca');
    expect(notes?.join(' ')).toMatch(/it gives 1 minimal model of 2 terms, as given here; every prime implicant gives 1 minimal model of 1 term/);
  });
});

describe('runReferenceRequest contradictory simplifying assumptions with compat "qca"', () => {
  // The stop-rule table above with its outcome inverted: the negation's solution is the table's
  // own, where QCA's stop gives X + Y and every prime C1*C2*C3*C4.
  const row = (id: string, x: number, y: number, cs: string, out: number) => ({ case: id, X: x, Y: y, ...Object.fromEntries([...cs].map((bit, j) => [`C${j + 1}`, Number(bit)])), OUT: out });
  const data = [row('p1', 1, 0, '1111', 0), row('p2', 0, 1, '1111', 0), row('n1', 0, 0, '0111', 1), row('n2', 0, 0, '1011', 1), row('n3', 0, 0, '1101', 1), row('n4', 0, 0, '1110', 1)];

  it('minimizes the negation as QCA does too: no remainder is assumed both ways', () => {
    const result = runReferenceRequest({ data, outcome: 'OUT', compat: 'qca', solutions: ['parsimonious'] }) as { solutions: { parsimonious: SolutionResult & { contradictory_simplifying_assumptions?: number[] } } };
    expect(result.solutions.parsimonious.contradictory_simplifying_assumptions).toEqual([]);
  });
});

describe('runReferenceRequest contradictory simplifying assumptions', () => {
  // Two conditions. Y is 1 on 00 and 0 on 11; 01 and 10 (rows 2 and 3) are remainders. The outcome's
  // parsimonious models ~A and ~B assume rows 2 and 3; the negation's models A and B assume them
  // too, so both rows are contradictory simplifying assumptions.
  const cases = (rows: [string, number][]) => rows.map(([bits, y], index) => ({ case: `c${index}`, A: Number(bits[0]), B: Number(bits[1]), Y: y }));
  const csa = (result: unknown) => (result as { solutions: { parsimonious: SolutionResult & { contradictory_simplifying_assumptions?: number[] } } }).solutions.parsimonious.contradictory_simplifying_assumptions;

  it('flags remainders both the outcome and its negation assume', () => {
    const result = runReferenceRequest({ data: cases([['00', 1], ['11', 0]]), outcome: 'Y', solutions: ['parsimonious'] });
    expect(csa(result)).toEqual([2, 3]);
  });

  it('flags none when the outcome needs no assumption', () => {
    // Y is 1 on 00 and 01: ~A covers both observed rows and assumes nothing.
    const result = runReferenceRequest({ data: cases([['00', 1], ['01', 1], ['11', 0]]), outcome: 'Y', solutions: ['parsimonious'] });
    expect(csa(result)).toEqual([]);
  });

  it('uses QCA’s defaults for both sides whatever the analysis chose', () => {
    const plain = csa(runReferenceRequest({ data: cases([['00', 1], ['11', 0]]), outcome: 'Y', solutions: ['parsimonious'] }));
    expect(csa(runReferenceRequest({ data: cases([['00', 1], ['11', 0]]), outcome: 'Y', solutions: ['parsimonious'], all_sol: true, row_dom: true }))).toEqual(plain);
  });
});

describe('remainders left out (QCA\'s exclude)', () => {
  /** Crisp cases, one per configuration given as a bit string with its outcome. */
  const crisp = (rows: [string, number][], names: string[]) => rows.map(([bits, y], index) => ({ case: `c${index + 1}`, ...Object.fromEntries(names.map((name, j) => [name, Number(bits[j])])), Y: y }));
  const models = (result: unknown, kind = 'parsimonious') => {
    const solution = (result as { solutions: Record<string, { models?: { expression: string }[]; code?: string }> }).solutions[kind]!;
    return solution.models ? solution.models.map((model) => model.expression) : solution.code;
  };

  it('keeps the simplification from assuming a remainder left out', () => {
    // 11 is positive, 00 negative, 10 (row 3) and 01 (row 2) remainders: A or B explains 11.
    const base = { data: crisp([['11', 1], ['00', 0]], ['A', 'B']), outcome: 'Y', conditions: ['A', 'B'] };
    expect(models(runReferenceRequest(base))).toEqual(['A', 'B']);
    expect(models(runReferenceRequest({ ...base, exclude: [3] }))).toEqual(['B']);
    expect(models(runReferenceRequest({ ...base, exclude: [2] }))).toEqual(['A']);
    // Ids of observed rows are no remainders: nothing changes.
    expect(models(runReferenceRequest({ ...base, exclude: [1, 4] }))).toEqual(['A', 'B']);
  });

  it('gives what the same rows observed with a negative outcome give, on any crisp table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((k) => fc.tuple(fc.constant(k), fc.array(fc.constantFrom('1', '0', '?', 'x'), { minLength: 2 ** k, maxLength: 2 ** k }))),
        ([k, outs]) => {
          const names = Array.from({ length: k }, (_, j) => `C${j + 1}`);
          const bits = (index: number) => index.toString(2).padStart(k, '0');
          const observed = outs.flatMap((out, index): [string, number][] => (out === '1' || out === '0' ? [[bits(index), Number(out)]] : []));
          fc.pre(observed.some(([, y]) => y === 1));
          const excluded = outs.flatMap((out, index) => (out === 'x' ? [index + 1] : []));
          const request = { outcome: 'Y', conditions: names, solutions: ['parsimonious' as const] };
          const withExclusion = runReferenceRequest({ ...request, data: crisp(observed, names), exclude: excluded });
          // Data the design refuses (a single case, a condition that never varies) have no table to compare.
          fc.pre(!('errors' in withExclusion));
          const asNegative = runReferenceRequest({ ...request, data: crisp([...observed, ...excluded.map((id): [string, number] => [bits(id - 1), 0])], names) });
          expect(models(withExclusion)).toEqual(models(asNegative));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names an exclusion that is not a list of row ids', () => {
    expect(() => runReferenceRequest({ ...request, exclude: [0, 2.5] as number[] })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['exclude', 0] }), expect.objectContaining({ path: ['exclude', 1] })] }));
  });
});

describe('when the parsimonious solution is refused (QCA: "All truth table configurations are used")', () => {
  const crisp = (rows: [string, number][]) => rows.map(([bits, y], index) => ({ case: `c${index + 1}`, A: Number(bits[0]), B: Number(bits[1]), Y: y }));
  const parsimonious = (result: unknown) => (result as { solutions: { parsimonious: { models?: { expression: string }[]; code?: string } } }).solutions.parsimonious;

  it('minimizes a table whose every row is observed, some positive and some negative', () => {
    // 10 and 11 positive, 00 and 01 negative: A explains both and no negative row.
    expect(parsimonious(runReferenceRequest({ data: crisp([['11', 1], ['10', 1], ['01', 0], ['00', 0]]), outcome: 'Y', conditions: ['A', 'B'] })).models?.map((model) => model.expression)).toEqual(['A']);
  });

  it('refuses when no negative row is left to protect: every observed row positive, or the negative ones under the frequency cut', () => {
    expect(parsimonious(runReferenceRequest({ data: crisp([['11', 1], ['10', 1]]), outcome: 'Y', conditions: ['A', 'B'] }))).toMatchObject({ code: 'no-negative-rows' });
    const underCut = crisp([['11', 1], ['11', 1], ['10', 1], ['10', 1], ['00', 0]]);
    expect(parsimonious(runReferenceRequest({ data: underCut, outcome: 'Y', conditions: ['A', 'B'], n_cut: 2 }))).toMatchObject({ code: 'no-negative-rows' });
    // Leaving a remainder out makes it a row to protect.
    expect(parsimonious(runReferenceRequest({ data: crisp([['11', 1], ['10', 1]]), outcome: 'Y', conditions: ['A', 'B'], exclude: [1] })).models?.map((model) => model.expression)).toEqual(['A']);
  });
});

describe('what the solutions may use (include)', () => {
  const crisp = (rows: [string, number][]) => rows.map(([bits, y], index) => ({ case: `c${index + 1}`, A: Number(bits[0]), B: Number(bits[1]), Y: y }));
  // 11 positive, 00 negative, 10 and 01 remainders: with the remainders A and B each explain 11 and
  // avoid 00, so the parsimonious solution has the two one-term models; without them it is A*B.
  const data = crisp([['11', 1], ['00', 0]]);
  const expressions = (result: unknown, kind: 'conservative' | 'parsimonious') =>
    (result as { solutions: Record<string, { models: { expression: string }[] }> }).solutions[kind]!.models.map((model) => model.expression);

  it('gives the parsimonious solution with the remainders whatever include says, and the conservative one without', () => {
    for (const include of ['', '?', 'C', '?,C']) {
      const result = runReferenceRequest({ data, outcome: 'Y', conditions: ['A', 'B'], include });
      expect(expressions(result, 'parsimonious'), include).toEqual(['A', 'B']);
      expect(expressions(result, 'conservative'), include).toEqual(['A*B']);
    }
  });

  it('gives the intermediate solution when include leaves out the remainders', () => {
    const result = runReferenceRequest({ data, outcome: 'Y', conditions: ['A', 'B'], include: '', dir_exp: ['~B'] }) as { solutions: { intermediate: { models: { expression: string }[] }[] } };
    // B absent is expected: from A*B, the remainder 10 (A*~B) is an easy counterfactual, so the
    // model between A*B and A is A; nothing is expected of A, so between A*B and B it stays A*B.
    expect(result.solutions.intermediate.map((solution) => solution.models.map((model) => model.expression))).toEqual([['A'], ['A*B']]);
  });
});

describe('the order of the conservative solution\'s terms with contradictions included', () => {
  it('is QCA\'s order of every prime of the positive and contradictory rows, those covering only contradictions then dropped', () => {
    // 001 and 100 positive; 010 a contradiction (one case with the outcome, one without: between
    // the two cuts); every other row negative. The primes of {001, 010, 100} are the three rows.
    // QCA sorts all three (codes ~X = 1, X = 2): by C, the first two (001, 010) ascending gives
    // 010, 001, 100; by B, 001, 010, 100; by A, descending puts 100 first, then the first two
    // ascending give 001, 100, 010. Dropping 010 leaves ~A*~B*C before A*~B*~C. Sorted without
    // 010, the last step would put A*~B*~C first.
    const cases = ['001', '100', '010', '010', '000', '011', '101', '110', '111'];
    const outcomes = [1, 1, 1, 0, 0, 0, 0, 0, 0];
    const data = cases.map((bits, index) => ({ case: `c${index + 1}`, A: Number(bits[0]), B: Number(bits[1]), C: Number(bits[2]), Y: outcomes[index]! }));
    const result = runReferenceRequest({ data, outcome: 'Y', conditions: ['A', 'B', 'C'], incl_cut: [1, 0.5], include: '?,C', solutions: ['conservative'] }) as {
      solutions: { conservative: { prime_implicants: string[]; models: { expression: string }[] } };
    };
    expect(result.solutions.conservative.prime_implicants).toEqual(['~A*~B*C', 'A*~B*~C']);
    expect(result.solutions.conservative.models.map((model) => model.expression)).toEqual(['~A*~B*C + A*~B*~C']);
  });
});

describe('errors of the steps that failed', () => {
  it('carry the error\'s code beside its message, so a host can tell a refusal from a failure', () => {
    const result = runReferenceRequest({ ...request, calibrate: { GDP: { thresholds: [1, 2, 3], from: 'NOPE' } } }) as { errors?: Record<string, { code: string; message: string }> };
    expect(result.errors?.['calibrate:GDP']).toEqual({ code: 'qca/calibration', message: 'Calibration of "GDP": there is no column "NOPE".' });
  });
});

describe('runReferenceRequest on more minimal models than it lists', () => {
  it('gives the count of models not listed as a number and whether it is exact', () => {
    // 14 positive rows over 16 conditions, at least 5 apart so no implicant covers two. Each has two
    // remainder neighbours; its other neighbours, and the row past both, are negative. So each
    // positive row has exactly two prime implicants (it and one remainder neighbour), and the
    // minimal models are every choice of one per row: 2^14 = 16,384, more than the 10,000 listed.
    const k = 16;
    const distance = (a: number, b: number) => {
      let bits = a ^ b;
      let count = 0;
      for (; bits; bits &= bits - 1) count += 1;
      return count;
    };
    const positive: number[] = [];
    for (let row = 0; positive.length < 14; row += 1) if (positive.every((other) => distance(row, other) >= 5)) positive.push(row);
    const negative = new Set<number>();
    for (const row of positive) {
      for (let bit = 2; bit < k; bit += 1) negative.add(row ^ (1 << bit));
      negative.add(row ^ 0b11);
    }
    const conditions = Array.from({ length: k }, (_, j) => `C${j + 1}`);
    const caseOf = (row: number, out: number) => Object.fromEntries([['case', `r${row}`], ...conditions.map((name, j) => [name, (row >> (k - 1 - j)) & 1]), ['Y', out]]);
    const result = runReferenceRequest({
      data: [...positive.map((row) => caseOf(row, 1)), ...[...negative].map((row) => caseOf(row, 0))],
      outcome: 'Y',
      conditions,
      solutions: ['parsimonious'],
      necessity: { enabled: false },
    }) as { solutions: { parsimonious: SolutionResult } };
    const solution = result.solutions.parsimonious;
    expect(solution.prime_implicants).toHaveLength(2 * positive.length);
    expect(solution.models[0]!.terms).toHaveLength(positive.length);
    expect(solution.models_not_enumerated).toEqual({ count: 2 ** positive.length - solution.models.length, exact: true });
    expect(solution.minimal_size_not_proven).toBeUndefined();
  });
});
