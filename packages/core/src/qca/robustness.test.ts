import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QcaData } from './data';
import type { ReferenceRequest } from './reference';
import { runReferenceRequest } from './reference';
import type { VariantSolution, VariantsRequest } from './robustness';
import { analyseVariant, analyseVariants, VARIANT_LIMIT } from './robustness';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../../tests/fixtures/qca/cases/${name}`, import.meta.url), 'utf8'));
const lf = fixture('LF-surv.request.json') as ReferenceRequest & { data: Record<string, number | string>[] };
const lfResult = fixture('LF-surv.result.json');
const conditions = ['DEV', 'URB', 'LIT', 'IND', 'STB'];

const dataOf = (rows: Record<string, number | string>[], names: string[]): QcaData => ({
  cases: rows.map((row) => String(row.case)),
  columns: Object.fromEntries(names.map((name) => [name, rows.map((row) => Number(row[name]))])),
});

const lfRequest = (variants: VariantsRequest['variants']): VariantsRequest => ({
  data: dataOf(lf.data, [...conditions, 'SURV']),
  calibrations: {},
  table: { outcome: 'SURV', conditions, inclCut: 0.8 },
  minimize: { directional: lf.dir_exp as string[], solutions: ['conservative', 'parsimonious', 'intermediate'] },
  variants,
});

const expressions = (solution: unknown) => (solution as VariantSolution).models.map((model) => model.join(' + '));
const referenceExpressions = (result: Record<string, unknown>, kind: string) => {
  const solution = (result.solutions as Record<string, unknown>)[kind] as { models: { expression: string }[] } | { models: { expression: string }[] }[];
  return (Array.isArray(solution) ? solution.flatMap((each) => each.models) : solution.models).map((model) => model.expression);
};

describe('variants of an analysis', () => {
  it('gives, for the analysis unchanged, the models of R QCA for the same request', () => {
    const [outcome] = analyseVariants(lfRequest([{}]));
    if (!outcome || 'error' in outcome) throw new Error('no outcome');
    for (const kind of ['conservative', 'parsimonious', 'intermediate'] as const) {
      expect(expressions(outcome.solutions[kind]), kind).toEqual(referenceExpressions(lfResult, kind));
    }
  });

  it('gives at each consistency cut what the whole analysis gives at that cut', () => {
    const cuts = [0.7, 0.75, 0.85, 0.9];
    const outcomes = analyseVariants(lfRequest(cuts.map((inclCut) => ({ inclCut }))));
    cuts.forEach((cut, index) => {
      const outcome = outcomes[index]!;
      const reference = runReferenceRequest({ ...lf, incl_cut: cut }) as Record<string, unknown>;
      for (const kind of ['conservative', 'parsimonious'] as const) {
        const expected = (reference.solutions as Record<string, { error?: string }>)[kind]!;
        const got = 'error' in outcome ? outcome : outcome.solutions[kind]!;
        if (expected.error) expect(got, `${kind} at ${cut}`).toHaveProperty('error');
        else expect(expressions(got), `${kind} at ${cut}`).toEqual(referenceExpressions(reference, kind));
      }
    });
  });

  it('recalibrates a raw variable with the anchors of the variant, as the runner does', () => {
    // DEV read as raw: calibrated by direct anchors (the base) and by moved ones (the variant).
    const base = { method: 'direct' as const, anchors: { e: 0.1, c: 0.5, i: 0.9 } };
    const moved = { method: 'direct' as const, anchors: { e: 0.1, c: 0.7, i: 0.9 } };
    const request = { ...lfRequest([{}, { calibrations: { DEV: moved } }]), calibrations: { DEV: base } };
    const outcomes = analyseVariants(request);
    [base, moved].forEach(({ anchors }, index) => {
      const outcome = outcomes[index]!;
      const reference = runReferenceRequest({ ...lf, calibrate: { DEV: { thresholds: { e: anchors.e, c: anchors.c, i: anchors.i } } } }) as Record<string, unknown>;
      if ('error' in outcome) throw new Error(outcome.error.message);
      for (const kind of ['conservative', 'parsimonious', 'intermediate'] as const) {
        expect(expressions(outcome.solutions[kind]), `${kind} with c = ${anchors.c}`).toEqual(referenceExpressions(reference, kind));
      }
    });
    expect(outcomes[0]).not.toEqual(outcomes[1]);
  });

  it('moves only the conditions\' memberships of exactly 0.5, and says how many', () => {
    const study = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/seven-states.json', import.meta.url), 'utf8')) as { outcome: string; conditions: string[]; cases: Record<string, number | string>[] };
    const rows: Record<string, number | string>[] = study.cases.map(({ id, ...values }) => ({ case: String(id), ...values }));
    const names = [...study.conditions, study.outcome];
    const request: VariantsRequest = {
      data: dataOf(rows, names),
      calibrations: {},
      table: { outcome: study.outcome, conditions: study.conditions, inclCut: 0.8 },
      minimize: {},
      variants: [{ nudgeHalf: 0.51 }, { nudgeHalf: 0.49 }],
    };
    const halves = rows.reduce((count, row) => count + study.conditions.filter((name) => row[name] === 0.5).length, 0);
    expect(halves).toBeGreaterThan(0);
    [0.51, 0.49].forEach((to, index) => {
      const outcome = analyseVariant(request, request.variants[index]!);
      if ('error' in outcome) throw new Error(outcome.error.message);
      expect(outcome.nudged).toBe(halves);
      const nudgedRows = rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, study.conditions.includes(name) && value === 0.5 ? to : value])));
      const reference = runReferenceRequest({ data: nudgedRows, outcome: study.outcome, conditions: study.conditions, incl_cut: 0.8 }) as Record<string, unknown>;
      for (const kind of ['conservative', 'parsimonious'] as const) {
        const expected = (reference.solutions as Record<string, { error?: string }>)[kind]!;
        if (expected.error) expect(outcome.solutions[kind], `${kind} at ${to}`).toHaveProperty('error');
        else expect(expressions(outcome.solutions[kind]), `${kind} at ${to}`).toEqual(referenceExpressions(reference, kind));
      }
    });
  });

  it('reports a variant it cannot analyse and goes on with the others', () => {
    const outcomes = analyseVariants({ ...lfRequest([]), calibrations: { DEV: { method: 'crisp', thresholds: [0.5] } }, variants: [{ calibrations: { DEV: { method: 'direct', anchors: { e: 0.9, c: 0.2, i: 0.5 } } } }, {}] });
    expect(outcomes[0]).toMatchObject({ error: { code: 'qca/calibration' } });
    expect(outcomes[1]).toHaveProperty('solutions');
  });

  it('refuses more variants than its bound, with a typed error', () => {
    expect(() => analyseVariants(lfRequest(Array.from({ length: VARIANT_LIMIT + 1 }, () => ({}))))).toThrow(expect.objectContaining({ code: 'qca/request' }));
  });
});
