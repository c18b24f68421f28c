import type { ModelResult, SolutionResult, TermFitResult } from './reference';

/** A model as the worker sends it to a page: its terms by index into `prime_implicants`, its fit, and each term's unique coverage in it. */
export interface CompactModel {
  id: string;
  terms: number[];
  fit: ModelResult['fit'];
  covU: (number | null)[];
}

/**
 * A solution with its models compact: a term's own fit and cases are the same in every model, so
 * they are sent once (`pi_fit`), not once a model. A conservative solution of 10,000 models of 45
 * terms is some 110 MB as full models, whose copy into the page alone blocks it for most of a second.
 */
export interface CompactSolution extends Omit<SolutionResult, 'models'> {
  models: CompactModel[];
  compactModels: true;
}

export function compactSolution(solution: SolutionResult): CompactSolution {
  const index = new Map(solution.prime_implicants.map((term, at) => [term, at]));
  return {
    ...solution,
    compactModels: true,
    models: solution.models.map((model) => ({ id: model.id, terms: model.terms.map((term) => index.get(term)!), fit: model.fit, covU: model.term_fit.map((fit) => fit.covU) })),
  };
}

/** Every solution of a result compacted (errors as they are), for the worker to send. */
export function compactSolutions(solutions: Record<string, unknown>): Record<string, unknown> {
  const compact = (value: unknown): unknown => (value && typeof value === 'object' && 'models' in value ? compactSolution(value as SolutionResult) : value);
  return Object.fromEntries(Object.entries(solutions).map(([kind, value]) => [kind, Array.isArray(value) ? value.map(compact) : compact(value)]));
}

const termFitsOf = new WeakMap<CompactSolution, Map<string, TermFitResult>>();

/** A compact model in full, as the solution's reader shows it; built when a page of models is shown. */
export function expandModel(solution: CompactSolution, model: CompactModel): ModelResult {
  let fits = termFitsOf.get(solution);
  if (!fits) termFitsOf.set(solution, (fits = new Map(solution.pi_fit.map((fit) => [fit.term, fit]))));
  const terms = model.terms.map((at) => solution.prime_implicants[at]!);
  return { id: model.id, terms, expression: terms.join(' + '), fit: model.fit, term_fit: terms.map((term, at) => ({ ...fits.get(term)!, covU: model.covU[at]! })) };
}
