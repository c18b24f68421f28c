import { isWayfinderError } from '../errors';
import type { Calibration } from './calibrate';
import { calibrate } from './calibrate';
import type { QcaData } from './data';
import { DONT_CARE } from './data';
import { QcaError } from './errors';
import type { SufficiencyFit } from './fit';
import { fitOfTerms, sufficiencyFit, termMembership, uniqueCoverage, unionMembership } from './fit';
import type { Minimization, MinimizeOptions, Solution, SolutionFailure, SolutionKind } from './minimize/minimize';
import { allAssumptionsListed, ASSUMPTION_LIMIT, assumptionsPastLimit, contradictorySimplifyingAssumptions, minimize } from './minimize/minimize';
import { atLeast } from './numeric';
import { necessityOfConditions, superSubset } from './necessity';
import { checkRequest } from './request-schema';
import type { Notation } from './terms';
import { covers, formatTerm } from './terms';
import type { TruthTable, TruthTableRow } from './truth-table';
import { createTruthTable, hasDontCare, isDontCare, listRows, listsEveryRow, literalLevels, tableNotation } from './truth-table';

/**
 * Runs an analysis request in the JSON format of the reference fixtures (R's QCA) and returns a
 * result in the same format, so any case can be compared with QCA mechanically. Each step that
 * fails is reported under `errors` (its error's `code` and `message`) and the others still run, as the reference oracle does.
 */
export interface ReferenceRequest {
  id?: string;
  data: ReadonlyArray<Readonly<Record<string, number | string | null>>>;
  case_id?: string;
  outcome?: string;
  neg_out?: boolean;
  conditions?: string[];
  calibrate?: Record<string, ReferenceCalibration>;
  incl_cut?: number | number[];
  n_cut?: number;
  pri_cut?: number;
  include?: string;
  dir_exp?: string[] | string | null;
  row_dom?: boolean;
  all_sol?: boolean;
  /** Remainder row ids the simplification may not assume (QCA's `exclude`): impossible or untenable configurations. */
  exclude?: number[];
  method?: string;
  solutions?: SolutionKind[];
  necessity?: { enabled?: boolean; superSubset?: boolean; incl_cut?: number; cov_cut?: number };
  sufficiency_terms?: string[];
  necessity_terms?: string[];
  /** Ours: `qca` reproduces QCA's documented quirks; default is the corrected behaviour. */
  compat?: 'qca' | 'corrected';
  /** Ours: the analyst's OUT per truth-table row id, applied after the cut-offs (see `TruthTableOptions.overrides`). */
  overrides?: Readonly<Record<number, '1' | '0' | 'C'>>;
}

export interface ReferenceCalibration {
  type?: 'crisp' | 'fuzzy';
  thresholds?: number | number[] | string | Record<string, number>;
  logistic?: boolean;
  idm?: number;
  below?: number;
  above?: number;
  ecdf?: boolean;
  method?: 'direct' | 'indirect' | 'TFR';
  from?: string;
  negate?: boolean;
}

type Json = Record<string, unknown>;

function parseThresholds(raw: ReferenceCalibration['thresholds'], target: string): { values: number[]; names: string[] | null } {
  if (raw === undefined) throw new QcaError('qca/calibration', `Calibration of "${target}" has no thresholds.`);
  if (typeof raw === 'number') return { values: [raw], names: null };
  if (Array.isArray(raw)) return { values: raw.map(Number), names: null };
  if (typeof raw === 'string') {
    const parts = raw.split(',').map((part) => part.trim()).filter(Boolean);
    const named = parts.map((part) => /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.+)$/.exec(part));
    if (named.every(Boolean)) return { values: named.map((m) => Number(m![2])), names: named.map((m) => m![1]!) };
    return { values: parts.map(Number), names: null };
  }
  return { values: Object.values(raw).map(Number), names: Object.keys(raw) };
}

export function calibrationOf(spec: ReferenceCalibration, target: string): Calibration {
  if (spec.method === 'TFR') return { method: 'tfr' };
  const { values, names } = parseThresholds(spec.thresholds, target);
  if (values.some((value) => !Number.isFinite(value))) throw new QcaError('qca/calibration', `Calibration of "${target}": thresholds must be numbers.`);
  if (spec.type === 'crisp') {
    if (names) throw new QcaError('qca/calibration', `Calibration of "${target}": named thresholds require fuzzy calibration.`);
    return { method: 'crisp', thresholds: values };
  }
  if (spec.method === 'indirect') return { method: 'indirect', thresholds: values };
  const pick = (keys: string[]) => {
    if (!names) return values;
    if (!keys.every((key) => names.includes(key))) {
      throw new QcaError('qca/calibration', `Calibration of "${target}": thresholds must be named ${keys.join(', ')}.`);
    }
    return keys.map((key) => values[names.indexOf(key)]!);
  };
  if (values.length === 3) {
    const [e, c, i] = pick(['e', 'c', 'i']) as [number, number, number];
    return {
      method: 'direct',
      anchors: { e, c, i },
      logistic: spec.logistic ?? true,
      idm: spec.idm ?? 0.95,
      below: spec.below ?? 1,
      above: spec.above ?? 1,
      ecdf: spec.ecdf ?? false,
    };
  }
  if (values.length === 6) {
    const [e1, c1, i1, i2, c2, e2] = pick(['e1', 'c1', 'i1', 'i2', 'c2', 'e2']) as number[];
    return { method: 'bell', anchors: { e1: e1!, c1: c1!, i1: i1!, i2: i2!, c2: c2!, e2: e2! }, below: spec.below ?? 1, above: spec.above ?? 1 };
  }
  throw new QcaError('qca/calibration', `Calibration of "${target}": fuzzy direct calibration takes 3 or 6 thresholds, not ${values.length}.`);
}

/** Where a column first writes each "don't care" code (QCA's `-` or `dc`). */
interface DontCareCell {
  column: string;
  index: number;
  code: string;
}

function readData(request: ReferenceRequest): { data: QcaData; columns: string[]; dontCareCells: DontCareCell[] } {
  const rows = request.data;
  const caseId = request.case_id ?? 'case';
  const columns = Object.keys(rows[0]!).filter((name) => name !== caseId);
  const hasIds = rows.every((row) => row[caseId] !== undefined && row[caseId] !== null);
  const cases = rows.map((row, index) => (hasIds ? String(row[caseId]) : String(index + 1)));
  const issues: { path: (string | number)[]; message: string }[] = [];
  const data: Record<string, number[]> = {};
  const dontCareCells: DontCareCell[] = [];
  for (const name of columns) {
    data[name] = rows.map((row, index) => {
      const raw = row[name];
      if (raw === '-' || raw === 'dc') {
        if (!dontCareCells.some((cell) => cell.column === name && cell.code === raw)) dontCareCells.push({ column: name, index, code: raw });
        return DONT_CARE;
      }
      const value = typeof raw === 'number' ? raw : raw === null || raw === undefined || raw === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(value)) issues.push({ path: ['data', index, name], message: `${JSON.stringify(raw)} is not a number` });
      return value;
    });
  }
  if (issues.length > 0) throw new QcaError('qca/request', 'The data has cells that are not numbers.', issues);
  return { data: { cases, columns: data }, columns, dontCareCells };
}

/** QCA refuses a table whose conditions write "don't care" in two ways ("Multiple don't care codes found"). */
function checkDontCareCodes(cells: readonly DontCareCell[], conditions: readonly string[]) {
  const used = cells.filter((cell) => conditions.includes(cell.column));
  const first = used[0];
  const other = used.filter((cell) => cell.code !== first?.code);
  if (!first || other.length === 0) return;
  throw new QcaError(
    'qca/data',
    `The conditions write "don't care" both as "${first.code}" and as "${other[0]!.code}": use one code, as QCA requires.`,
    [first, ...other].map((cell) => ({ path: ['data', cell.index, cell.column], message: `"${cell.code}"` })),
  );
}

const fitJson = (fit: SufficiencyFit) => ({ inclS: fit.inclS, PRI: fit.PRI, covS: fit.covS });

interface FitContext {
  table: TruthTable;
  notation: Notation;
  rowCases: Map<number, string[]>;
}

function termCases(context: FitContext, rows: readonly number[]): string {
  return rows.map((id) => (context.rowCases.get(id) ?? []).join(',')).join('; ');
}

/** `compute(index)`, worked out the first time an index is asked for (thousands of models share a few dozen implicants). */
function onceByIndex<T>(compute: (index: number) => T): (index: number) => T {
  const known = new Map<number, T>();
  return (index) => {
    if (!known.has(index)) known.set(index, compute(index));
    return known.get(index)!;
  };
}

function termFits(context: FitContext, indices: readonly number[], membershipOf: (index: number) => number[], fitOf: (index: number) => Omit<TermFitResult, 'covU'>) {
  const unique = uniqueCoverage(indices.map(membershipOf), context.table.outcomeValues);
  return indices.map((index, position) => {
    const { term, inclS, PRI, covS, cases } = fitOf(index);
    return { term, inclS, PRI, covS, covU: unique[position]!, cases };
  });
}

function unionFit(context: FitContext, indices: readonly number[], membershipOf: (index: number) => number[]) {
  const { table } = context;
  const union = unionMembership(indices.map(membershipOf), table.cases.length);
  return fitJson(sufficiencyFit(union, table.outcomeValues));
}

function solutionJson(context: FitContext, solution: Solution, outcome: string, allSolutionsAsked = false): Json {
  const names = solution.implicants.map((term) => formatTerm(context.notation, term));
  const used = [...new Set(solution.models.flatMap((model) => model.terms))].sort((a, b) => a - b);
  const { table } = context;
  // Each implicant's memberships, and its own fit and cases, which do not depend on the model it is read in.
  const membershipOf = onceByIndex((index) => termMembership(solution.implicants[index]!, table.conditions, table.conditionValues, table.cases.length));
  // With "don't care" values the chart can differ from what a term holds as written; QCA lists the cases of the written term.
  const positive = hasDontCare(table) ? table.observed.filter((row) => row.OUT === '1') : undefined;
  const rowsOf = (index: number) => (positive ? positive.filter((row) => covers(solution.implicants[index]!, row.values)).map((row) => row.id) : solution.implicantRows[index]!);
  const fitOf = onceByIndex((index): Omit<TermFitResult, 'covU'> => ({ term: names[index]!, ...fitJson(sufficiencyFit(membershipOf(index), table.outcomeValues)), cases: termCases(context, rowsOf(index)) }));
  const out: Json = {
    prime_implicants: names,
    essential: solution.essential.map((index) => names[index]!),
    models: solution.models.map((model, m) => ({
      id: `M${m + 1}`,
      terms: model.terms.map((index) => names[index]!),
      expression: model.terms.map((index) => names[index]!).join(' + '),
      fit: unionFit(context, model.terms, membershipOf),
      term_fit: termFits(context, model.terms, membershipOf, fitOf),
    })),
    pi_fit: termFits(context, used, membershipOf, fitOf),
  };
  if (solution.models.length > 1) {
    out.overall_fit = unionFit(context, used, membershipOf);
  }
  out.outcome = outcome;
  if (solution.allSolutions) out.irredundant_models = true;
  else if (allSolutionsAsked) out.minimal_models_only = true;
  if (solution.modelsTruncated) {
    const left = solution.modelCount - solution.models.length;
    out.models_not_enumerated = { count: left, exact: solution.modelCountExact };
  }
  if (solution.stopRule) {
    const { stoppedAfter, qcaModelTerms, qcaModels, allPrimesModelTerms, allPrimesModels, given } = solution.stopRule;
    out.stop_rule = { stopped_after: stoppedAfter, qca_model_terms: qcaModelTerms, qca_models: qcaModels, all_primes_model_terms: allPrimesModelTerms, all_primes_models: allPrimesModels, given };
  }
  if (!solution.provenMinimal) out.minimal_size_not_proven = { model_terms: solution.models[0]!.terms.length, lower_bound: solution.sizeLowerBound };
  return out;
}

/**
 * What OUT a row below n.cut would have had, as QCA reports it for removed rows: R's three-valued
 * logic, so an undefined consistency gives no value (null) unless the other test already fails.
 */
function removedOutput(table: TruthTable, incl: number | null, pri: number | null): string | null {
  const [ic1, ic0] = table.inclCut;
  const passesIncl = incl === null ? null : atLeast(incl, ic1);
  const passesPri = pri === null ? null : atLeast(pri, table.priCut);
  if (incl !== null && incl < ic1 && atLeast(incl, ic0)) return 'C';
  if (passesIncl === false || passesPri === false) return '0';
  if (passesIncl === null || passesPri === null) return null;
  return '1';
}

/** A step's failure as the result reports it: the error's code (a host tells a refusal, `qca/…`, from a failure, `qca/internal`) and its message. */
function stepError(error: unknown): { code: string; message: string } {
  if (isWayfinderError(error)) return { code: error.code, message: error.message };
  return { code: 'qca/internal', message: error instanceof Error ? error.message : String(error) };
}

/** A term's fit in a result: sufficiency parameters, unique coverage, and QCA's case string ("FI,IE; BE,CZ"). */
export interface TermFitResult {
  term: string;
  inclS: number | null;
  PRI: number | null;
  covS: number | null;
  covU: number | null;
  cases: string;
}

export interface ModelResult {
  id: string;
  terms: string[];
  expression: string;
  fit: { inclS: number | null; PRI: number | null; covS: number | null };
  term_fit: TermFitResult[];
}

/** One solution of a result (conservative, parsimonious, or one intermediate C×P combination). */
export interface SolutionResult {
  prime_implicants: string[];
  essential: string[];
  models: ModelResult[];
  pi_fit: TermFitResult[];
  overall_fit?: { inclS: number | null; PRI: number | null; covS: number | null };
  outcome: string;
  /** Parsimonious and intermediate: remainder rows each model assumes, by model id. */
  simplifying_assumptions?: Record<string, number[]>;
  /** Parsimonious: models whose assumptions are too many to list, each with the number they exceed. */
  simplifying_assumptions_not_listed?: Record<string, number>;
  /**
   * Parsimonious: the first model whose assumptions are not listed because the models before it
   * list `rows` remainder rows together (a row once for each model assuming it), and one more
   * model's would take them past `ASSUMPTIONS_LISTED_LIMIT`; no later model's are listed either.
   */
  simplifying_assumptions_stopped_at?: { model: string; rows: number };
  /** Parsimonious: remainder rows assumed for the outcome and for its negation alike (QCA's findRows type 2). */
  contradictory_simplifying_assumptions?: number[];
  /** With all_sol: the models are every irredundant one, fewest terms first, not only the minimal ones. */
  irredundant_models?: true;
  /** With all_sol, on a chart of more partial covers than `IRREDUNDANT_LIMIT`: only the minimal models are listed. */
  minimal_models_only?: true;
  /** Parsimonious: contradictory simplifying assumptions were not looked for, the assumptions of this solution or of the negated outcome's being too many to list. */
  contradictory_simplifying_assumptions_not_checked?: true;
  id?: string;
  easy_counterfactuals?: number[];
  difficult_counterfactuals?: number[];
  /** Intermediate: which counterfactual lists are left empty because the parsimonious model assumes too many rows to list. */
  counterfactuals_not_listed?: { easy: boolean; difficult: true };
  /** Minimal models found but not listed: `count` of them, or more than `count` where `exact` is false. Numbers only, for a host to word. */
  models_not_enumerated?: { count: number; exact: boolean };
  /** The models hold `model_terms` terms, and no cover is proven to need fewer than `lower_bound`. */
  minimal_size_not_proven?: { model_terms: number; lower_bound: number };
  /**
   * Parsimonious: QCA's stop rule (CCubes) and every prime implicant give other minimal models:
   * the literals the search stops after, the size and number of models each way, and which are given.
   */
  stop_rule?: { stopped_after: number; qca_model_terms: number; qca_models: number; all_primes_model_terms: number; all_primes_models: number; given: 'qca' | 'all-primes' };
}

/** A solution the engine could not give, as the result carries it. */
export type { SolutionFailure };
/** Moved to `./fit`, where the workbench reads it without the engine; still here for hosts of the runner. */
export { fitOfTerms };

export type AnalysisStep = 'calibrate' | 'truth-table' | 'minimize' | 'necessity' | 'fit' | 'done';

export interface AnalysisHooks {
  /** Called as each step starts, so a host can show progress. */
  onProgress?: (step: AnalysisStep) => void;
}

/** Runs a request; one that breaks the format throws a `QcaError` (`qca/request`) naming each problem, before any step runs. */
export function runReferenceRequest(input: ReferenceRequest, hooks: AnalysisHooks = {}): Json {
  const request = checkRequest(input);
  const progress = hooks.onProgress ?? (() => {});
  const result: Json = { engine: { name: 'wayfinder', compat: request.compat ?? 'corrected' } };
  const warnings: Record<string, string[]> = {};
  const errors: Record<string, { code: string; message: string }> = {};
  if (request.id !== undefined) result.id = request.id;
  const read = readData(request);
  const { columns } = read;
  let data = read.data;
  result.cases = [...data.cases];

  if (request.calibrate) {
    progress('calibrate');
    const calibrated: Record<string, number[]> = {};
    const columnsOut = { ...data.columns } as Record<string, readonly number[]>;
    for (const [target, spec] of Object.entries(request.calibrate)) {
      try {
        const source = spec.from ?? target;
        const raw = columnsOut[source];
        if (!raw) throw new QcaError('qca/calibration', `Calibration of "${target}": there is no column "${source}".`);
        if (raw.includes(DONT_CARE)) throw new QcaError('qca/calibration', `Calibration of "${target}": column "${source}" holds "don't care" cells, which have no value to calibrate.`);
        let values = calibrate(raw, calibrationOf(spec, target));
        if (spec.negate) values = values.map((value) => 1 - value);
        calibrated[target] = values;
        columnsOut[target] = values;
        if (!columns.includes(target)) columns.push(target);
      } catch (error) {
        errors[`calibrate:${target}`] = stepError(error);
      }
    }
    result.calibrated = calibrated;
    data = { cases: data.cases, columns: columnsOut };
  }

  if (request.outcome !== undefined && request.outcome !== '') {
    const negated = request.outcome.startsWith('~') !== Boolean(request.neg_out);
    const outcome = request.outcome.replace(/^~/, '');
    const conditions = request.conditions ?? columns.filter((name) => name !== outcome);
    const rawCut = request.incl_cut ?? 1;
    const inclCut = Array.isArray(rawCut) ? rawCut : [rawCut];
    const include = (request.include ?? '?').split(',').map((part) => part.trim()).filter(Boolean) as ('?' | 'C')[];
    const directional = request.dir_exp === undefined || request.dir_exp === null ? null : Array.isArray(request.dir_exp) ? request.dir_exp : request.dir_exp.split(/,(?![^[{]*[\]}])/);
    result.params = {
      outcome,
      neg_out: negated,
      conditions,
      incl_cut: inclCut,
      n_cut: request.n_cut ?? 1,
      pri_cut: request.pri_cut ?? 0,
      include: include.join(','),
      dir_exp: directional,
      row_dom: request.row_dom ?? false,
      all_sol: request.all_sol ?? false,
      method: request.method ?? 'CCubes',
    };
    let table: TruthTable | undefined;
    const tableOptions = {
      outcome,
      conditions,
      negateOutcome: negated,
      inclCut: inclCut.length > 1 ? ([inclCut[0]!, inclCut[1]!] as const) : inclCut[0]!,
      nCut: request.n_cut ?? 1,
      priCut: request.pri_cut ?? 0,
    };
    progress('truth-table');
    try {
      checkDontCareCodes(read.dontCareCells, conditions);
      table = createTruthTable(data, { ...tableOptions, ...(request.overrides ? { overrides: request.overrides } : {}) });
    } catch (error) {
      errors.truthTable = stepError(error);
    }
    // The negation's table as QCA's findRows() builds it: ~Y, the two inclusion cuts reversed (so
    // the lower one decides and no row is a contradiction), the analyst's overrides left out.
    const negationTable = () => createTruthTable(data, { ...tableOptions, negateOutcome: !negated, inclCut: inclCut[inclCut.length - 1]! });
    if (table) {
      runAnalysis(request, table, { include, directional, negationTable }, result, warnings, errors, progress);
    }
  }
  if (Object.keys(warnings).length > 0) result.warnings = warnings;
  if (Object.keys(errors).length > 0) result.errors = errors;
  progress('done');
  return result;
}

function runAnalysis(
  request: ReferenceRequest,
  table: TruthTable,
  { include, directional, negationTable }: { include: ('?' | 'C')[]; directional: string[] | null; negationTable: () => TruthTable },
  result: Json,
  warnings: Record<string, string[]>,
  errors: Record<string, { code: string; message: string }>,
  progress: (step: AnalysisStep) => void,
) {
  const outcomeLabel = `${table.negateOutcome ? '~' : ''}${table.outcome}`;
  const notation = tableNotation(table);
  const complete = listsEveryRow(table);
  if (table.halfMemberships.length > 0) warnings.truthTable = ['Fuzzy causal conditions should not have values of 0.5 in the data.'];
  const rows = listRows(table, complete);
  const nCut = table.nCut;
  // A "don't care" cell is written "-", as QCA writes it in a truth table.
  const values = (row: TruthTableRow) => row.values.map((level, j) => (isDontCare(table, j, level) ? '-' : level));
  result.truth_table = {
    conditions: notation.conditions,
    outcome: outcomeLabel,
    noflevels: literalLevels(table),
    complete,
    rows: rows
      .filter((row) => complete || row.n >= nCut)
      .map((row) => ({ id: row.id, values: values(row), OUT: row.OUT, n: row.n, incl: row.incl, PRI: row.PRI, cases: row.cases })),
    removed: table.observed
      .filter((row) => row.n < nCut)
      .map((row) => ({ id: row.id, values: values(row), OUT: removedOutput(table, row.incl, row.PRI), n: row.n, incl: row.incl, PRI: row.PRI, cases: row.cases })),
  };

  const context: FitContext = { table, notation, rowCases: new Map(table.observed.map((row) => [row.id, row.cases])) };
  const method = request.method ?? 'CCubes';
  const options: MinimizeOptions = {
    include,
    rowDominance: request.row_dom ?? false,
    ...(request.exclude ? { exclude: request.exclude } : {}),
    allSolutions: request.all_sol ?? false,
    // QMC and eQMC find every prime implicant; CCubes may stop before the deepest ones.
    implicantSearch: method === 'QMC' || method === 'eQMC' ? 'complete' : 'qca',
    compat: request.compat ?? 'corrected',
    ...(directional ? { directional } : {}),
    ...(request.solutions ? { solutions: request.solutions } : {}),
  };
  let minimization: Minimization | undefined;
  progress('minimize');
  try {
    minimization = minimize(table, options);
  } catch (error) {
    errors.minimize = stepError(error);
  }
  if (minimization) {
    const solutions: Json = {};
    for (const kind of ['conservative', 'parsimonious'] as const) {
      const solution = minimization[kind];
      if (!solution) continue;
      if ('error' in solution) {
        solutions[kind] = { error: solution.error, code: solution.code };
        continue;
      }
      const json = solutionJson(context, solution, outcomeLabel, request.all_sol);
      if (kind === 'parsimonious') {
        const notListed = new Set(solution.assumptionsNotListed);
        const stoppedAt = solution.assumptionsStoppedAt ?? solution.models.length;
        json.simplifying_assumptions = Object.fromEntries(solution.simplifyingAssumptions.flatMap((rows, m) => (notListed.has(m) || m >= stoppedAt ? [] : [[`M${m + 1}`, rows]])));
        if (notListed.size > 0) json.simplifying_assumptions_not_listed = Object.fromEntries([...notListed].map((m) => [`M${m + 1}`, ASSUMPTION_LIMIT]));
        if (stoppedAt < solution.models.length) json.simplifying_assumptions_stopped_at = { model: `M${stoppedAt + 1}`, rows: solution.simplifyingAssumptions.reduce((sum, rows) => sum + rows.length, 0) };
        const contradictory = contradictoryAssumptions(request, table, solution, include, negationTable);
        if (Array.isArray(contradictory)) json.contradictory_simplifying_assumptions = contradictory;
        else if (contradictory === 'too-many') {
          json.contradictory_simplifying_assumptions_not_checked = true;
          const which = allAssumptionsListed(solution) ? 'the parsimonious solution of the negated outcome assumes too many remainder rows' : `the parsimonious solution assumes ${assumptionsPastLimit(solution)}`;
          minimization.notes.push(`Contradictory simplifying assumptions were not looked for: ${which}, too many to list.`);
        }
      }
      solutions[kind] = json;
    }
    const intermediate = minimization.intermediate;
    if (intermediate) {
      solutions.intermediate =
        'error' in intermediate
          ? { error: intermediate.error, code: intermediate.code }
          : intermediate.map((solution) => ({
                ...solutionJson(context, solution, outcomeLabel, request.all_sol),
                id: solution.id,
                c_sol: solution.conservativeTerms.map((term) => formatTerm(notation, term)),
                p_sol: solution.parsimoniousTerms.map((term) => formatTerm(notation, term)),
                easy_counterfactuals: solution.easyCounterfactuals,
                difficult_counterfactuals: solution.difficultCounterfactuals,
                ...(solution.counterfactualsNotListed && { counterfactuals_not_listed: solution.counterfactualsNotListed }),
              }));
    }
    if (minimization.intermediateCombinations !== undefined) solutions.intermediate_combinations = minimization.intermediateCombinations;
    if (minimization.notes.length > 0) solutions.notes = minimization.notes;
    result.solutions = solutions;
  }

  const necessity = request.necessity ?? {};
  if (necessity.enabled !== false) {
    progress('necessity');
    const out: Json = { single: necessityOfConditions(table) };
    if (necessity.superSubset !== false) {
      const inclCut = necessity.incl_cut ?? 0.9;
      const covCut = necessity.cov_cut ?? 0.6;
      try {
        const search = superSubset(table, { inclCut, covCut });
        out.superSubset = { incl_cut: inclCut, cov_cut: covCut, terms: search.terms, ...(search.complete ? {} : { searched_depth: search.depth, stopped: `the work budget ended the search after the combinations of ${search.depth} literals` }) };
      } catch (error) {
        // As a solution's failure: the message under `error`, with its code.
        const { code, message } = stepError(error);
        out.superSubset = { error: message, code };
      }
    }
    result.necessity = out;
  }

  for (const [key, relation] of [
    ['sufficiency_terms', 'sufficiency'],
    ['necessity_terms', 'necessity'],
  ] as const) {
    const expressions = request[key];
    if (!expressions || expressions.length === 0) continue;
    progress('fit');
    try {
      result[key] = fitOfTerms(table, expressions, relation);
    } catch (error) {
      errors[key] = stepError(error);
    }
  }
}

/**
 * QCA's findRows(type = 2) for this analysis: both parsimonious solutions with remainders and
 * QCA's defaults (the one already found serves when the analysis used those defaults too), or
 * `undefined` when either cannot be found.
 */
function contradictoryAssumptions(
  request: ReferenceRequest,
  table: TruthTable,
  solution: Solution,
  include: readonly ('?' | 'C')[],
  negationTable: () => TruthTable,
): number[] | 'too-many' | undefined {
  // Remainders left out stay out for both: no simplification may assume them.
  // The compat too: with "qca" both solutions stop their prime search where QCA does.
  const defaults: MinimizeOptions = { include: ['?'], solutions: ['parsimonious'], compat: request.compat ?? 'corrected', ...(request.exclude ? { exclude: request.exclude } : {}) };
  const usedDefaults = include.length === 1 && include[0] === '?' && !request.row_dom && !request.all_sol && (request.method ?? 'CCubes') === 'CCubes';
  // Not all listed, they cannot all be compared: the negation's minimization would be work for nothing.
  if (usedDefaults && !allAssumptionsListed(solution)) return 'too-many';
  try {
    const forOutcome = usedDefaults ? solution : minimize(table, defaults).parsimonious;
    const forNegation = minimize(negationTable(), defaults).parsimonious;
    if (!forOutcome || 'error' in forOutcome || !forNegation || 'error' in forNegation) return undefined;
    return contradictorySimplifyingAssumptions(forOutcome, forNegation) ?? 'too-many';
  } catch {
    return undefined;
  }
}
