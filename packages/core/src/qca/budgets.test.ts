import { describe, expect, it } from 'vitest';
import { QcaError } from './errors';
import { findImplicants } from './minimize/implicants';
import { ASSUMPTION_LIMIT, ASSUMPTIONS_LISTED_LIMIT, INTERMEDIATE_LIMIT, minimize } from './minimize/minimize';
import { superSubset } from './necessity';
import type { SolutionResult } from './reference';
import { runReferenceRequest } from './reference';
import { covers } from './terms';
import { createTruthTable, listsEveryRow, rowId, rowValues } from './truth-table';

/** `n` cases over `k` crisp conditions from a fixed linear congruential generator, and an outcome alternating 0, 1. */
function sparseColumns(k: number, n: number, seed = 11) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const columns: Record<string, number[]> = {};
  for (let j = 0; j < k; j += 1) columns[`C${j + 1}`] = Array.from({ length: n }, () => (next() < 0.5 ? 0 : 1));
  columns.Y = Array.from({ length: n }, (_, i) => i % 2);
  return columns;
}

function sparse(k: number, n: number, seed = 11) {
  const columns = sparseColumns(k, n, seed);
  return createTruthTable({ cases: Array.from({ length: n }, (_, i) => `c${i + 1}`), columns }, { outcome: 'Y', conditions: Object.keys(columns).filter((name) => name !== 'Y'), inclCut: 1 });
}

describe('work budgets', () => {
  it('stops the prime implicant search at its budget with a typed error that says how far it got', () => {
    const table = sparse(12, 60);
    const positive = table.observed.filter((row) => row.OUT === '1').map((row) => row.values);
    const negative = table.observed.filter((row) => row.OUT === '0').map((row) => row.values);
    expect(() => findImplicants(positive, negative, table.noflevels, { budget: 10_000, search: 'combinations' })).toThrow(expect.objectContaining({ code: 'qca/budget', message: expect.stringMatching(/stopped at its work budget among the terms of \d+ literals, with [\d,]+ prime implicants found/) }));
    expect(() => findImplicants(positive, negative, table.noflevels, { budget: 10_000, search: 'transversals' })).toThrow(expect.objectContaining({ code: 'qca/budget', message: expect.stringMatching(/stopped at its work budget with [\d,]+ prime implicants found/) }));
    // The same search on the general path (multi-value or many conditions) counts its work too.
    expect(() => findImplicants(positive, negative, table.noflevels.map(() => 3), { budget: 10_000, search: 'combinations' })).toThrow(QcaError);
    expect(findImplicants(positive, negative, table.noflevels).implicants.count).toBeGreaterThan(0);
  });

  it('settles a table of many conditions whose negative rows lie close to the positive one level by level, without listing every transversal', () => {
    // One positive row over 30 conditions; 300 negative rows, each the positive row with condition
    // 0 flipped and six more flips. Its primes are short, and CCubes' rule stops after a few levels;
    // the transversals of its differences number in the hundreds of thousands.
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const positive: number[] = Array.from({ length: 30 }, () => (random() < 0.5 ? 1 : 0));
    const negative = Array.from({ length: 300 }, () => {
      const row = [...positive];
      row[0] = 1 - row[0]!;
      for (let flip = 0; flip < 6; flip += 1) {
        const j = 1 + Math.floor(random() * 29);
        row[j] = 1 - row[j]!;
      }
      return row;
    });
    const found = findImplicants([positive], negative, positive.map(() => 2), { budget: 5_000_000 });
    expect(found).toMatchObject({ complete: false });
    expect(found.implicants.count).toBeGreaterThan(0);
    expect(() => findImplicants([positive], negative, positive.map(() => 2), { budget: 5_000_000, search: 'transversals' })).toThrow(expect.objectContaining({ code: 'qca/budget' }));
  });

  it('says why a solution cannot be given with a code as well as words', () => {
    // The outcome is absent in every case: no row is sufficient for it.
    const none = createTruthTable({ cases: ['a', 'b'], columns: { A: [0, 1], Y: [0, 0] } }, { outcome: 'Y', conditions: ['A'], inclCut: 1 });
    expect(minimize(none)).toMatchObject({ conservative: { code: 'no-positive-rows' }, parsimonious: { code: 'no-positive-rows' } });
    const some = createTruthTable({ cases: ['a', 'b'], columns: { A: [0, 1], Y: [0, 1] } }, { outcome: 'Y', conditions: ['A'], inclCut: 1 });
    expect(minimize(some, { solutions: ['conservative', 'parsimonious', 'intermediate'] }).intermediate).toMatchObject({ code: 'no-expectations' });
  });

  it('keeps the other solutions when the parsimonious one runs out of budget', () => {
    const result = minimize(sparse(12, 60), { primeSearchBudget: 10_000 });
    expect(result.parsimonious).toEqual({ error: expect.stringContaining('work budget'), code: 'budget' });
    expect(result.conservative).toHaveProperty('models');
  });

  it('solves a table of 30 conditions and 2 cases, noting that its assumptions are too many to list instead of failing', () => {
    const result = minimize(sparse(30, 2), { solutions: ['parsimonious'] });
    const parsimonious = result.parsimonious!;
    if ('error' in parsimonious) throw new Error(parsimonious.error);
    expect(parsimonious.models.length).toBeGreaterThan(0);
    // A single literal over 30 conditions holds 2^29 rows.
    expect(parsimonious.assumptionsNotListed).toEqual(parsimonious.models.map((_, index) => index));
    const request = runReferenceRequest({ data: [{ case: 'a', ...Object.fromEntries(Array.from({ length: 30 }, (_, j) => [`C${j}`, j % 2])), Y: 1 }, { case: 'b', ...Object.fromEntries(Array.from({ length: 30 }, (_, j) => [`C${j}`, (j + 1) % 2])), Y: 0 }], outcome: 'Y', necessity: { enabled: false } }) as { solutions: { parsimonious: Record<string, unknown> } };
    expect(request.solutions.parsimonious.simplifying_assumptions_not_listed).toMatchObject({ M1: ASSUMPTION_LIMIT });
  });

  it('lists the simplifying assumptions of thousands of models up to a total, and says where it stopped', () => {
    const table = sparse(16, 40);
    const result = minimize(table, { solutions: ['conservative', 'parsimonious', 'intermediate'], directional: ['C1'] });
    const parsimonious = result.parsimonious!;
    if ('error' in parsimonious) throw new Error(parsimonious.error);
    const stoppedAt = parsimonious.assumptionsStoppedAt!;
    expect(stoppedAt).toBeGreaterThan(0);
    expect(parsimonious.models.length).toBeGreaterThan(stoppedAt);
    const listed = parsimonious.simplifyingAssumptions.slice(0, stoppedAt);
    const total = listed.reduce((sum, rows) => sum + rows.length, 0);
    expect(total).toBeLessThanOrEqual(ASSUMPTIONS_LISTED_LIMIT);
    expect(parsimonious.simplifyingAssumptions.slice(stoppedAt).every((rows) => rows.length === 0)).toBe(true);
    // The first model's, by definition: every row of 2^16 inside one of its terms and not positive.
    const positive = new Set(table.observed.filter((row) => row.OUT === '1').map((row) => row.id));
    const terms = parsimonious.models[0]!.terms.map((index) => parsimonious.implicants[index]!);
    const expected: number[] = [];
    for (let id = 1; id <= 2 ** 16; id += 1) {
      const values = rowValues(id, table.noflevels);
      if (!positive.has(id) && terms.some((term) => covers(term, values))) expected.push(id);
    }
    expect(listed[0]).toEqual(expected);
    // The intermediate solutions still come: those of the models past the stop from their easy counterfactuals as cubes.
    const intermediate = result.intermediate;
    if (!Array.isArray(intermediate)) throw new Error(intermediate?.error);
    const pastStop = intermediate.filter((solution) => solution.parsimoniousModel >= stoppedAt);
    expect(pastStop.length).toBeGreaterThan(0);
    expect(intermediate.filter((solution) => solution.counterfactualsNotListed)).toEqual(pastStop);
    // The reference format says where the listing stopped, and lists the models before it.
    const columns = sparseColumns(16, 40);
    const data = Array.from({ length: 40 }, (_, i) => ({ case: `c${i + 1}`, ...Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, values[i]!])) }));
    const request = runReferenceRequest({ data, outcome: 'Y', incl_cut: 1, solutions: ['parsimonious'], necessity: { enabled: false } }) as { solutions: { parsimonious: SolutionResult }; notes?: string[] };
    const lists = request.solutions.parsimonious.simplifying_assumptions!;
    expect(Object.keys(lists)).toEqual(Array.from({ length: stoppedAt }, (_, m) => `M${m + 1}`));
    expect(request.solutions.parsimonious.simplifying_assumptions_stopped_at).toEqual({ model: `M${stoppedAt + 1}`, rows: total });
    expect(Object.values(lists).reduce((sum, rows) => sum + rows.length, 0)).toBe(total);
  });

  it("solves intermediate solutions for the first combinations of models only, in QCA's order, and says how many there are", () => {
    const result = minimize(sparse(7, 80), { solutions: ['conservative', 'parsimonious', 'intermediate'], directional: ['C1'] });
    const { conservative, parsimonious, intermediate } = result;
    if (!conservative || 'error' in conservative || !parsimonious || 'error' in parsimonious || !Array.isArray(intermediate)) throw new Error('no solutions');
    const combinations = conservative.models.length * parsimonious.models.length;
    expect(combinations).toBeGreaterThan(INTERMEDIATE_LIMIT);
    expect(result.intermediateCombinations).toBe(combinations);
    expect(intermediate.map((solution) => solution.id)).toEqual(Array.from({ length: INTERMEDIATE_LIMIT }, (_, at) => `C${Math.floor(at / parsimonious.models.length) + 1}P${(at % parsimonious.models.length) + 1}`));
    expect(result.notes).toContainEqual(expect.stringContaining(`first ${INTERMEDIATE_LIMIT} of ${combinations.toLocaleString('en')} combinations`));
  });

  it('gives the intermediate solutions when the assumptions of the models they use are listed, though later ones are not', () => {
    const table = sparse(14, 30);
    const result = minimize(table, { solutions: ['conservative', 'parsimonious', 'intermediate'], directional: ['C1'] });
    const { conservative, parsimonious, intermediate } = result;
    if (!conservative || 'error' in conservative || !parsimonious || 'error' in parsimonious) throw new Error('no solutions');
    // The listing stops past the first hundred models, which are all the first hundred combinations use.
    expect(parsimonious.assumptionsStoppedAt).toBeGreaterThanOrEqual(INTERMEDIATE_LIMIT);
    expect(parsimonious.models.length).toBeGreaterThan(parsimonious.assumptionsStoppedAt!);
    if (!Array.isArray(intermediate)) throw new Error(intermediate?.error);
    expect(intermediate).toHaveLength(INTERMEDIATE_LIMIT);
    expect(result.intermediateCombinations).toBe(conservative.models.length * parsimonious.models.length);
    const positive = table.observed.filter((row) => row.OUT === '1').map((row) => row.id);
    const negative = table.observed.filter((row) => row.OUT === '0').map((row) => row.id);
    for (const solution of intermediate) {
      const assumed = parsimonious.simplifyingAssumptions[solution.parsimoniousModel]!;
      expect([...solution.easyCounterfactuals, ...solution.difficultCounterfactuals].sort((a, b) => a - b)).toEqual(assumed);
      // By definition, a model of the positive rows and the easy counterfactuals: it covers every
      // positive row and no row outside those.
      const allowed = new Set([...positive, ...solution.easyCounterfactuals]);
      for (const model of solution.models) {
        const terms = model.terms.map((index) => solution.implicants[index]!);
        const covered = (id: number) => terms.some((term) => covers(term, rowValues(id, table.noflevels)));
        expect(positive.every(covered)).toBe(true);
        expect(negative.some(covered)).toBe(false);
        expect(assumed.filter((id) => !allowed.has(id)).some(covered)).toBe(false);
      }
    }
  });

  it('gives the intermediate solutions of 20 conditions, whose models assume too many rows to list, from the easy counterfactuals as cubes', () => {
    const table = sparse(20, 40);
    const result = minimize(table, { solutions: ['conservative', 'parsimonious', 'intermediate'], directional: ['C1', 'C2', '~C3', 'C4'] });
    const { parsimonious, intermediate } = result;
    if (!parsimonious || 'error' in parsimonious) throw new Error('no parsimonious solution');
    expect(parsimonious.assumptionsNotListed.length).toBeGreaterThan(0);
    if (!Array.isArray(intermediate)) throw new Error(intermediate?.error);
    const positive = table.observed.filter((row) => row.OUT === '1').map((row) => row.id);
    const negative = new Set(table.observed.filter((row) => row.OUT === '0').map((row) => row.id));
    const unlisted = intermediate.filter((solution) => parsimonious.assumptionsNotListed.includes(solution.parsimoniousModel));
    expect(unlisted.some((solution) => solution.easyCounterfactuals.length > 0)).toBe(true);
    for (const solution of unlisted) {
      expect(solution.counterfactualsNotListed).toEqual({ easy: false, difficult: true });
      expect(solution.difficultCounterfactuals).toEqual([]);
      const parsimoniousTerms = solution.parsimoniousTerms;
      // Easy counterfactuals are remainders the parsimonious model assumes.
      for (const id of solution.easyCounterfactuals) {
        expect(negative.has(id) || positive.includes(id)).toBe(false);
        expect(parsimoniousTerms.some((term) => covers(term, rowValues(id, table.noflevels)))).toBe(true);
      }
      // By definition, every term of a model holds positive rows and easy counterfactuals only, and the model covers every positive row.
      const allowed = new Set([...positive, ...solution.easyCounterfactuals]);
      for (const model of solution.models) {
        const terms = model.terms.map((index) => solution.implicants[index]!);
        expect(positive.every((id) => terms.some((term) => covers(term, rowValues(id, table.noflevels))))).toBe(true);
        for (const term of terms) {
          const free = term.flatMap((level, j) => (level < 0 ? [j] : []));
          for (let subset = 0; subset < 2 ** free.length; subset += 1) {
            const values = term.map((level) => Math.max(level, 0));
            free.forEach((condition, at) => (values[condition] = (subset >> at) & 1));
            expect(allowed.has(rowId(values, table.noflevels))).toBe(true);
          }
        }
      }
    }
  });

  it("lists the counterfactuals of a model whose assumptions are listed, though an earlier model's are not", () => {
    // One positive row, every condition absent; 16 negative rows, each with C1 and one of C5…C20
    // present. Its primes: ~C1 (2^19 − 1 assumptions, too many to list) and ~C5*…*~C20 (the 15
    // other rows of C1…C4). With C2 expected present, the row with C2 alone present is easy for both.
    const k = 20;
    const rows = [Array.from({ length: k }, () => 0), ...Array.from({ length: 16 }, (_, n) => Array.from({ length: k }, (_, j) => (j === 0 || j === n + 4 ? 1 : 0)))];
    const columns: Record<string, number[]> = Object.fromEntries(Array.from({ length: k }, (_, j) => [`C${j + 1}`, rows.map((row) => row[j]!)]));
    columns.Y = rows.map((_, index) => (index === 0 ? 1 : 0));
    const table = createTruthTable({ cases: rows.map((_, index) => `c${index + 1}`), columns }, { outcome: 'Y', conditions: Object.keys(columns).filter((name) => name !== 'Y'), inclCut: 1 });
    const result = minimize(table, { solutions: ['conservative', 'parsimonious', 'intermediate'], directional: ['C2'] });
    const { parsimonious, intermediate } = result;
    if (!parsimonious || 'error' in parsimonious || !Array.isArray(intermediate)) throw new Error('no solutions');
    expect(parsimonious.models.map((model) => model.terms.map((index) => parsimonious.implicants[index]!.filter((level) => level >= 0).length))).toEqual([[1], [16]]);
    expect(parsimonious.assumptionsNotListed).toEqual([0]);
    const onlyC2 = rowId(Array.from({ length: k }, (_, j) => (j === 1 ? 1 : 0)), table.noflevels);
    const [first, second] = intermediate;
    expect(first).toMatchObject({ counterfactualsNotListed: { easy: false, difficult: true }, easyCounterfactuals: [onlyC2], difficultCounterfactuals: [] });
    expect(second!.counterfactualsNotListed).toBeUndefined();
    expect(second!.easyCounterfactuals).toEqual([onlyC2]);
    expect(second!.difficultCounterfactuals).toEqual(parsimonious.simplifyingAssumptions[1]!.filter((id) => id !== onlyC2));
    expect(second!.difficultCounterfactuals).toHaveLength(14);
  });

  it('says in the result, not only in its notes, what was asked for but not done: every irredundant model, contradictory assumptions', () => {
    const columns = sparseColumns(20, 40);
    const data = Array.from({ length: 40 }, (_, i) => ({ case: `c${i + 1}`, ...Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, values[i]!])) }));
    const result = runReferenceRequest({ data, outcome: 'Y', incl_cut: 1, all_sol: true, solutions: ['conservative', 'parsimonious'], necessity: { enabled: false } }) as { solutions: { parsimonious: SolutionResult; conservative: SolutionResult; notes: string[] } };
    const { parsimonious, conservative, notes } = result.solutions;
    expect(parsimonious.contradictory_simplifying_assumptions_not_checked).toBe(true);
    expect(parsimonious.contradictory_simplifying_assumptions).toBeUndefined();
    expect(notes).toContainEqual(expect.stringContaining('Contradictory simplifying assumptions were not looked for'));
    // Each solution either lists every irredundant model or says it lists the minimal ones only, as the notes do.
    for (const [name, solution] of [['parsimonious', parsimonious], ['conservative', conservative]] as const) {
      expect(solution.irredundant_models === true).toBe(!solution.minimal_models_only);
      expect(notes.some((note) => note.startsWith(`all solutions: the ${name} chart`))).toBe(solution.minimal_models_only === true);
    }
    expect(parsimonious.minimal_models_only).toBe(true);
  });

  it('returns the combinations of the sizes superSubset finished when its budget ends the search, and says so', () => {
    const table = sparse(6, 40);
    const complete = superSubset(table, { inclCut: 0.5, covCut: 0, stopRule: 'complete' });
    expect(complete).toMatchObject({ complete: true, depth: 6 });
    const cut = superSubset(table, { inclCut: 0.5, covCut: 0, budget: 40 * 2 * 30 });
    expect(cut.complete).toBe(false);
    expect(cut.depth).toBe(1);
    expect(cut.terms).toEqual(complete.terms.filter((row) => !/[*+]/.test(row.term)));
  });
});

describe('tables the engine refuses to build', () => {
  it('lists every row only while there are few enough to list, even with seven conditions', () => {
    // 20 × 2 × 20 × 20 × 20 = 320,000 rows.
    const data = { cases: ['a', 'b'], columns: { A: [0, 19], B: [1, 0], C: [0, 19], D: [19, 0], E: [0, 19], Y: [1, 0] } };
    const table = createTruthTable(data, { outcome: 'Y', conditions: ['A', 'B', 'C', 'D', 'E'] });
    expect(listsEveryRow(table)).toBe(false);
    expect(listsEveryRow(sparse(7, 10))).toBe(true);
  });
});
