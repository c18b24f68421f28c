import type { Calibration } from './calibrate';
import { calibrate } from './calibrate';
import type { QcaData } from './data';
import { isWayfinderError } from '../errors';
import { QcaError } from './errors';
import type { MinimizeOptions, Solution, SolutionFailure, SolutionKind } from './minimize/minimize';
import { minimize } from './minimize/minimize';
import type { Notation } from './terms';
import { formatTerm } from './terms';
import type { TruthTableOptions } from './truth-table';
import { createTruthTable, tableNotation } from './truth-table';

/**
 * One variation of an analysis: another consistency cut, other calibrations for some raw
 * variables, or the conditions' memberships of exactly 0.5 moved just off the crossover.
 */
export interface AnalysisVariant {
  inclCut?: number;
  calibrations?: Readonly<Record<string, Calibration>>;
  /** Every condition membership of exactly 0.5 becomes this (0.49 or 0.51: the case then sits in a row). */
  nudgeHalf?: number;
}

export interface VariantsRequest {
  /** The data with raw values for the variables in `calibrations`, memberships for the others. */
  data: QcaData;
  calibrations: Readonly<Record<string, Calibration>>;
  table: TruthTableOptions;
  minimize: MinimizeOptions;
  variants: readonly AnalysisVariant[];
}

/** Each model of a solution as its terms; `capped` when there were more models than listed. */
export interface VariantSolution {
  models: string[][];
  capped: boolean;
}

export type VariantOutcome =
  | { solutions: Partial<Record<SolutionKind, VariantSolution | SolutionFailure>>; nudged: number }
  /** The variant could not be analysed (an anchor order a calibration refuses, a table over the limits). */
  | { error: { code: string; message: string } };

/** Models listed per solution and variant: enough to tell whether a term holds, little to copy back. */
export const VARIANT_MODEL_CAP = 20;

/**
 * The most variants one request may hold. Each is a whole minimization, bounded by the engine's own
 * work budgets; a sweep of the cut and of three anchors for three variables is about a hundred.
 */
export const VARIANT_LIMIT = 400;

function solutionTerms(solution: Solution | SolutionFailure | undefined, notation: Notation): VariantSolution | SolutionFailure | undefined {
  if (!solution || 'error' in solution) return solution;
  const names = solution.implicants.map((term) => formatTerm(notation, term));
  return { models: solution.models.map((model) => model.terms.map((index) => names[index]!)), capped: solution.modelCount > solution.models.length };
}

/**
 * The memberships of a raw variable under the request's own calibration, worked out once for all
 * the variants that leave it as it is (a calibration that fails fails each of them alike).
 */
function baseCalibrations(request: VariantsRequest): (name: string) => readonly number[] {
  const done = new Map<string, readonly number[] | Error>();
  return (name) => {
    let memberships = done.get(name);
    if (!memberships) {
      try {
        memberships = calibrate(request.data.columns[name] ?? [], request.calibrations[name]!);
      } catch (error) {
        if (!isWayfinderError(error)) throw error;
        memberships = error;
      }
      done.set(name, memberships);
    }
    if (memberships instanceof Error) throw memberships;
    return memberships;
  };
}

/** The analysis of one variant: calibrate, build the table, minimize, and name the terms. */
export function analyseVariant(request: VariantsRequest, variant: AnalysisVariant, base = baseCalibrations(request)): VariantOutcome {
  try {
    const columns: Record<string, readonly number[]> = { ...request.data.columns };
    for (const name of Object.keys({ ...request.calibrations, ...variant.calibrations })) {
      const moved = variant.calibrations?.[name];
      columns[name] = moved ? calibrate(request.data.columns[name] ?? [], moved) : base(name);
    }
    let nudged = 0;
    if (variant.nudgeHalf !== undefined) {
      for (const name of request.table.conditions) {
        const memberships = columns[name];
        if (!memberships) continue;
        columns[name] = memberships.map((value) => {
          if (value !== 0.5) return value;
          nudged += 1;
          return variant.nudgeHalf!;
        });
      }
    }
    const table = createTruthTable({ cases: request.data.cases, columns }, { ...request.table, ...(variant.inclCut !== undefined ? { inclCut: variant.inclCut } : {}), unobservedOverrides: 'set-aside' });
    const minimization = minimize(table, { ...request.minimize, modelCap: VARIANT_MODEL_CAP });
    const notation = tableNotation(table);
    const solutions: Partial<Record<SolutionKind, VariantSolution | SolutionFailure>> = {};
    for (const kind of ['conservative', 'parsimonious'] as const) {
      const terms = solutionTerms(minimization[kind], notation);
      if (terms) solutions[kind] = terms;
    }
    const intermediate = minimization.intermediate;
    if (intermediate) {
      // The intermediate solutions of every pair of conservative and parsimonious models, as one list of models.
      solutions.intermediate =
        'error' in intermediate
          ? intermediate
          : intermediate.reduce<VariantSolution>(
              (all, solution) => {
                const terms = solutionTerms(solution, notation) as VariantSolution;
                return { models: [...all.models, ...terms.models].slice(0, VARIANT_MODEL_CAP), capped: all.capped || terms.capped || all.models.length + terms.models.length > VARIANT_MODEL_CAP };
              },
              { models: [], capped: false },
            );
    }
    return { solutions, nudged };
  } catch (error) {
    if (!isWayfinderError(error)) throw error;
    return { error: { code: error.code, message: error.summary } };
  }
}

/**
 * Every variant of a request, one after another, with `onVariant` told after each (for progress).
 * The work is bounded: at most `VARIANT_LIMIT` variants (more is a `qca/request` error), each within the engine's budgets.
 */
export function analyseVariants(request: VariantsRequest, onVariant: (done: number, total: number) => void = () => {}): VariantOutcome[] {
  const { variants } = request;
  if (variants.length > VARIANT_LIMIT) throw new QcaError('qca/request', `A request may hold at most ${VARIANT_LIMIT} variants of the analysis; this one holds ${variants.length}.`, [{ path: ['variants'], message: `more than ${VARIANT_LIMIT}` }]);
  const base = baseCalibrations(request);
  return variants.map((variant, index) => {
    const outcome = analyseVariant(request, variant, base);
    onVariant(index + 1, variants.length);
    return outcome;
  });
}
