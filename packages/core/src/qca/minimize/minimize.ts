import { QcaError } from '../errors';
import type { Term } from '../terms';
import { ABSENT, covers, parseExpression } from '../terms';
import type { TruthTable } from '../truth-table';
import { hasDontCare, literalLevels, rowId, rowValues, totalRows } from '../truth-table';
import type { CoverEnumeration } from './cover';
import { enumerateMinimumCovers, undominatedColumns } from './cover';
import { identity, listsInOrder, withRowLists } from './flat-chart';
import type { Implicant, ImplicantTable } from './implicant-table';
import { coveringFirstRows, coveringRenamedRows, implicantTable, pickImplicants, termAt } from './implicant-table';
import type { DontCareReading } from './dont-care';
import { cubeImplicants, writtenImplicants } from './dont-care';
import { fitsCubeBits, primesOfCubes } from './easy-cubes';
import { findImplicants, primesOfOnSet } from './implicants';
import { enumerateIrredundantCovers, IRREDUNDANT_LIMIT } from './irredundant';
import { qcaOrder } from './order';

export type SolutionKind = 'conservative' | 'parsimonious' | 'intermediate';

export interface MinimizeOptions {
  /**
   * Rows besides OUT = 1 that simplification may use, in QCA's terms: `C` adds the contradictions.
   * The parsimonious and intermediate solutions always use the remainders and the conservative one
   * never does, so `?` changes nothing: the reference request format's reading of `include` (its
   * oracle adds `?` for those two), where QCA's `minimize()` itself without `?` gives the
   * conservative solution again and refuses directional expectations. Default `['?']`.
   */
  include?: ReadonlyArray<'?' | 'C'>;
  /**
   * Directional expectations in QCA's notation: `DEV`, `~LIT`, conjunctural `~LIT*IND`, multi-value
   * `DEV[2]` or, for either of two levels, `DEV[1,2]` (or `DEV{1,2}`); `-` for none. Given ⇒ the
   * intermediate solution is computed. One that cannot be read fails the intermediate solution only.
   */
  directional?: readonly string[];
  rowDominance?: boolean;
  /**
   * QCA's `all.sol`: list every irredundant model (no implicant can be dropped from it), not only
   * the ones with the fewest implicants; fewest first, then QCA's order.
   */
  allSolutions?: boolean;
  solutions?: readonly SolutionKind[];
  /**
   * `qca` reproduces QCA 3.25 exactly, including its handling of conjunctural expectations next to
   * simple ones (the simple ones' reductions are dropped). `corrected` (default) applies both.
   */
  compat?: 'qca' | 'corrected';
  /** Most models returned per solution; the rest are counted, not kept. */
  modelCap?: number;
  /** `qca` stops the prime implicant search as CCubes does; `complete` finds every relevant prime. */
  implicantSearch?: 'qca' | 'complete';
  /**
   * Remainder rows (by id) the simplification may not assume, coded as negative: QCA's `exclude`,
   * for remainders that are impossible or untenable (enhanced standard analysis). Ids of observed
   * rows are ignored.
   */
  exclude?: readonly number[];
  /** Work the prime implicant search may take (`PRIME_SEARCH_BUDGET` by default); past it the parsimonious solution is a `qca/budget` error. */
  primeSearchBudget?: number;
}

export interface Model {
  /** Indices into `Solution.implicants`, ascending. */
  terms: number[];
}

export interface Solution {
  kind: SolutionKind;
  /** Prime implicants in QCA's order: the rows of the prime implicant chart. Built on first read. */
  implicants: Term[];
  /** Positive truth-table row ids each implicant covers. Built on first read. */
  implicantRows: number[][];
  /** Minimal models (fewest implicants), in QCA's order; every irredundant model when `allSolutions`. */
  models: Model[];
  /**
   * True when `models` are all the irredundant models (`allSolutions` asked for and they were few
   * enough to enumerate); false when they are the minimal ones.
   */
  allSolutions: boolean;
  /** How many minimal models exist: exact when `modelCountExact`, else a lower bound; at least `models.length`. */
  modelCount: number;
  modelCountExact: boolean;
  /**
   * False when the chart was too hard to prove minimal within the search budget: the one model
   * given is the smallest found, and `sizeLowerBound` is the size proven necessary.
   */
  provenMinimal: boolean;
  sizeLowerBound: number;
  /** True when `modelCap` cut the list of models short. */
  modelsTruncated: boolean;
  /** Implicants in every model (QCA's "essential"). */
  essential: number[];
  /** Remainder (and included contradiction) rows each model assumes to be positive, by row id. */
  simplifyingAssumptions: number[][];
  /**
   * Set when QCA's stop rule (CCubes: once the positive rows are covered, two sizes of implicant
   * without a new prime end the search) gives other minimal models than every prime implicant does:
   * the size the search stopped after, the models each way, and which the solution gives (`qca`
   * with compat "qca", else `all-primes`).
   */
  stopRule?: StopRuleDifference;
  /**
   * Models whose assumptions are too many to list (more than `ASSUMPTION_LIMIT` rows, as a single
   * literal over 30 conditions would assume); their lists above are empty.
   */
  assumptionsNotListed: number[];
  /**
   * The first model whose assumptions are not listed because the models before it list
   * `ASSUMPTIONS_LISTED_LIMIT` rows together (thousands of models over 16 conditions would list
   * hundreds of millions); its list and every later one are empty.
   */
  assumptionsStoppedAt?: number;
}

export interface StopRuleDifference {
  stoppedAfter: number;
  qcaModelTerms: number;
  qcaModels: number;
  allPrimesModelTerms: number;
  allPrimesModels: number;
  given: 'qca' | 'all-primes';
}

/** Work the check of QCA's stop rule may take: a search for every prime implicant that needs more is left unchecked. */
export const STOP_CHECK_BUDGET = 2e7;

/**
 * The solution from every prime implicant beside the one from the primes found before QCA's stop
 * rule ended the search: when their minimal models differ (both proven), the one to give and a note.
 */
function beyondQcaStop(stopped: Solution, everyPrime: () => Solution | undefined, depth: number, compat: 'qca' | 'corrected'): { solution: Solution; note: string } | undefined {
  if (!stopped.provenMinimal) return undefined;
  let all: Solution | undefined;
  try {
    all = everyPrime();
  } catch (error) {
    if (error instanceof QcaError && error.code === 'qca/budget') return undefined;
    throw error;
  }
  if (!all || !all.provenMinimal) return undefined;
  const modelKeys = (solution: Solution) => solution.models.map((model) => model.terms.map((index) => solution.implicants[index]!.join(',')).sort().join('+')).sort().join(' | ');
  const size = (solution: Solution) => solution.models[0]!.terms.length;
  if (size(all) === size(stopped) && all.modelCount === stopped.modelCount && modelKeys(all) === modelKeys(stopped)) return undefined;
  const given = compat === 'qca' ? 'qca' : 'all-primes';
  const solution = given === 'qca' ? stopped : all;
  solution.stopRule = { stoppedAfter: depth, qcaModelTerms: size(stopped), qcaModels: stopped.modelCount, allPrimesModelTerms: size(all), allPrimesModels: all.modelCount, given };
  const models = (count: number, terms: number) => `${count} minimal model${count === 1 ? '' : 's'} of ${terms} term${terms === 1 ? '' : 's'}`;
  const qca = `QCA's search for prime implicants stops after those of ${depth} literals, once the positive rows are covered and two sizes add none: it gives ${models(stopped.modelCount, size(stopped))}`;
  const every = `every prime implicant gives ${models(all.modelCount, size(all))}`;
  return {
    solution,
    note: given === 'qca' ? `compat "qca": ${qca}, as given here; ${every} (the default compat gives those).` : `${qca}; ${every}, as given here (compat "qca" gives QCA's).`,
  };
}

/** QCA's words when nothing is left to keep a solution from every row. */
const ALL_USED = 'All truth table configurations are used, all conditions are minimized. Please check the truth table.';

/** The most remainder rows listed as one model's simplifying assumptions. */
export const ASSUMPTION_LIMIT = 100_000;

/** The most remainder rows listed as simplifying assumptions for all models together. */
export const ASSUMPTIONS_LISTED_LIMIT = 1_000_000;

/**
 * The most combinations of a conservative and a parsimonious model solved for intermediate
 * solutions, each a minimization of its own: 16 conservative and 9,456 parsimonious models of
 * 8 conditions make 151,296.
 */
export const INTERMEDIATE_LIMIT = 100;

export interface IntermediateSolution extends Solution {
  kind: 'intermediate';
  /** `C1P1`: which conservative and parsimonious models this one lies between. */
  id: string;
  conservativeModel: number;
  parsimoniousModel: number;
  /** The terms of those two models: the solutions themselves are kept only when they were asked for. */
  conservativeTerms: Term[];
  parsimoniousTerms: Term[];
  easyCounterfactuals: number[];
  difficultCounterfactuals: number[];
  /**
   * Set where the parsimonious model's assumptions are not listed (too many): its difficult
   * counterfactuals are then not listed, and its easy ones only while few enough (at most
   * `ASSUMPTION_LIMIT`, and `ASSUMPTIONS_LISTED_LIMIT` over all the intermediate solutions). The
   * solution itself is the same, found from the easy counterfactuals as cubes.
   */
  counterfactualsNotListed?: { easy: boolean; difficult: true };
}

/**
 * Why a solution could not be given: `error` in QCA's words (or the engine's, where QCA has none),
 * and a `code` an interface can say in its reader's language.
 * - `no-positive-rows`: no row's OUT is 1, so nothing is to be explained.
 * - `no-negative-rows`: no row is negative, so nothing keeps the simplification from assuming
 *   every remainder (QCA: "All truth table configurations are used").
 * - `no-expectations`: the intermediate solution asked for without directional expectations.
 * - `bad-expectation`: an expectation cannot be read: not one conjunction, no level named in
 *   multi-value data, a condition expected both present and absent, or two levels of one
 *   condition asked for in two literals of one conjunction.
 * - `needs-both`: the intermediate solution without a conservative or parsimonious one.
 * - `too-many-assumptions`: in multi-value data or with "don't care" values, more simplifying
 *   assumptions than can be sorted into easy and difficult (crisp tables take them as cubes).
 * - `budget`: the search reached its bound of work.
 * - `dont-care`: with temporal QCA's "don't care" values, a positive row that only a "don't care"
 *   tells apart from the negative rows (`corrected`), or a prime implicant of "don't care" values
 *   alone (`qca`), or a conservative or intermediate term of no literal.
 */
export interface SolutionFailure {
  error: string;
  code: 'no-positive-rows' | 'no-negative-rows' | 'no-expectations' | 'bad-expectation' | 'needs-both' | 'too-many-assumptions' | 'budget' | 'dont-care';
}

export interface Minimization {
  positiveRows: number[];
  conservative?: Solution | SolutionFailure;
  parsimonious?: Solution | SolutionFailure;
  intermediate?: IntermediateSolution[] | SolutionFailure;
  /** Set when the models combine in more ways than `INTERMEDIATE_LIMIT`: how many; `intermediate` holds the first. */
  intermediateCombinations?: number;
  notes: string[];
}

export interface Chart {
  positive: number[][];
  positiveIds: number[];
}

/** The solution of the chart of `found` over the positive rows `positiveIds` (their covers index these). */
export function solve(kind: SolutionKind, found: ImplicantTable, positiveIds: readonly number[], options: MinimizeOptions, noflevels: readonly number[]): Solution {
  let implicants = found;
  const { coverStart } = found;
  let covering = 0;
  for (let index = 0; index < found.count; index += 1) if (coverStart[index + 1]! > coverStart[index]!) covering += 1;
  let ordered = false;
  if (covering < found.count) {
    // QCA orders every implicant it found, those of contradictions or easy counterfactuals alone
    // included, and then drops the ones that cover no positive row: its order depends on them.
    implicants = pickImplicants(implicants, Array.from(qcaOrder(found, noflevels)).filter((index) => coverStart[index + 1]! > coverStart[index]!));
    ordered = true;
  }
  // Row dominance keeps the implicants' relative order.
  if (options.rowDominance) implicants = pickImplicants(implicants, undominatedColumns(withRowLists(positiveIds.length, implicants.coverStart, implicants.covers)));
  const order = ordered ? identity(implicants.count) : qcaOrder(implicants, noflevels);
  const columns = listsInOrder(implicants.coverStart, implicants.covers, order);
  const problem = withRowLists(positiveIds.length, columns.start, columns.items);
  const cap = options.modelCap ?? 10_000;
  const irredundant = options.allSolutions ? enumerateIrredundantCovers(problem, cap) : undefined;
  const enumeration: CoverEnumeration = irredundant
    ? {
        size: irredundant.models[0]!.length,
        models: irredundant.models,
        truncated: irredundant.models.length < irredundant.count,
        count: irredundant.count,
        countExact: true,
        essential: irredundant.essential,
        proven: true,
        lowerBound: irredundant.models[0]!.length,
      }
    : enumerateMinimumCovers(problem, cap);
  const models = enumeration.models.map((terms) => ({ terms }));
  // The implicant lists are defined below, built on first read; they keep their place here.
  const solution: Solution = {
    kind,
    implicants: [],
    implicantRows: [],
    models,
    allSolutions: irredundant !== undefined,
    modelCount: enumeration.count,
    modelCountExact: enumeration.countExact,
    modelsTruncated: enumeration.truncated,
    essential: enumeration.essential,
    provenMinimal: enumeration.proven,
    sizeLowerBound: enumeration.lowerBound,
    simplifyingAssumptions: models.map(() => []),
    assumptionsNotListed: [],
  };
  const { columnStart, columnRows } = problem;
  lazyProperty(solution, 'implicants', () => Array.from(order, (index) => termAt(implicants, index)));
  lazyProperty(solution, 'implicantRows', () =>
    Array.from({ length: order.length }, (_, column) => {
      const rows = new Array<number>(columnStart[column + 1]! - columnStart[column]!);
      for (let i = 0; i < rows.length; i += 1) rows[i] = positiveIds[columnRows[columnStart[column]! + i]!]!;
      return rows;
    }),
  );
  return solution;
}

/**
 * Makes `key` computed on its first read and kept from then on, an ordinary enumerable property to
 * every reader: a chart can hold millions of implicants, and callers that want only the models
 * should not wait for millions of arrays to be built.
 */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = compute();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/**
 * Contradictory simplifying assumptions, as QCA's findRows(type = 2) finds them: remainders that
 * some parsimonious model of the outcome and some parsimonious model of its negation both assume,
 * by row id, ascending. Each solution is the parsimonious one of its own truth table.
 */
export function contradictorySimplifyingAssumptions(outcome: Solution, negation: Solution): number[] | undefined {
  if (!allAssumptionsListed(outcome) || !allAssumptionsListed(negation)) return undefined;
  const assumed = new Set(outcome.simplifyingAssumptions.flat());
  return [...new Set(negation.simplifyingAssumptions.flat())].filter((row) => assumed.has(row)).sort((a, b) => a - b);
}

/** Whether every model's simplifying assumptions are listed. */
export function allAssumptionsListed(solution: Solution): boolean {
  return assumptionsListedUpTo(solution, solution.models.length);
}

/**
 * Whether the first `models` models' simplifying assumptions are listed: all the intermediate
 * solutions need, as the first `INTERMEDIATE_LIMIT` combinations use no later parsimonious model.
 */
function assumptionsListedUpTo(solution: Solution, models: number): boolean {
  return (solution.assumptionsStoppedAt ?? models) >= models && !solution.assumptionsNotListed.some((index) => index < models);
}

/** Which limit kept some of the first `models` models' simplifying assumptions from being listed, in words ("more than … remainder rows …"). */
export function assumptionsPastLimit(solution: Solution, models = solution.models.length): string {
  return solution.assumptionsNotListed.some((index) => index < models) ? `more than ${ASSUMPTION_LIMIT.toLocaleString('en')} remainder rows in one model` : `more than ${ASSUMPTIONS_LISTED_LIMIT.toLocaleString('en')} remainder rows over its models`;
}

/**
 * The rows inside a term that are not positive rows, ascending; `undefined` when the term holds
 * more rows than `ASSUMPTION_LIMIT` and every positive row together. A free condition takes the
 * levels `free` gives it: as QCA lists them, no row with a "don't care" is an assumption.
 */
function assumedByTerm(term: Term, noflevels: readonly number[], free: readonly number[], positiveIds: ReadonlySet<number>): Int32Array | undefined {
  const size = term.reduce((count, level, j) => (level === ABSENT ? count * free[j]! : count), 1);
  if (size > ASSUMPTION_LIMIT + positiveIds.size) return undefined;
  const rows: number[] = [];
  const freed = term.flatMap((level, j) => (level === ABSENT ? [j] : []));
  const values = term.map((level) => (level === ABSENT ? 0 : level));
  const visit = (depth: number) => {
    if (depth === freed.length) {
      const id = rowId(values, noflevels);
      if (!positiveIds.has(id)) rows.push(id);
      return;
    }
    const j = freed[depth]!;
    for (let level = 0; level < free[j]!; level += 1) {
      values[j] = level;
      visit(depth + 1);
    }
  };
  visit(0);
  // The first condition varies slowest, so the rows come out ascending.
  return Int32Array.from(rows);
}

/**
 * Rows inside any of the terms that are not positive rows: what a model assumes; `undefined` when
 * there are more than `ASSUMPTION_LIMIT` of them. Each term's rows are listed once per solution,
 * however many models share it.
 */
function assumptions(terms: readonly number[], rowsOf: (term: number) => Int32Array | undefined): number[] | undefined {
  const lists: Int32Array[] = [];
  for (const term of terms) {
    const rows = rowsOf(term);
    if (!rows || rows.length > ASSUMPTION_LIMIT) return undefined;
    lists.push(rows);
  }
  let rows: ArrayLike<number> = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    rows = mergeAscending(rows, list);
    if (rows.length > ASSUMPTION_LIMIT) return undefined;
  }
  return Array.from(rows);
}

/** The union of two ascending lists, ascending, each value once. */
function mergeAscending(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    if (i < a.length && a[i] === next) i += 1;
    if (j < b.length && b[j] === next) j += 1;
    merged.push(next);
  }
  return merged;
}

/** The solution with each model's simplifying assumptions listed, or noted as too many to list. */
function withAssumptions(solution: Solution, noflevels: readonly number[], free: readonly number[], positiveIds: ReadonlySet<number>): Solution {
  const byTerm = new Map<number, Int32Array | undefined>();
  const rowsOf = (term: number) => {
    if (!byTerm.has(term)) byTerm.set(term, assumedByTerm(solution.implicants[term]!, noflevels, free, positiveIds));
    return byTerm.get(term);
  };
  let listed = 0;
  for (const [index, model] of solution.models.entries()) {
    const rows = assumptions(model.terms, rowsOf);
    if (!rows) {
      solution.assumptionsNotListed.push(index);
      continue;
    }
    listed += rows.length;
    if (listed > ASSUMPTIONS_LISTED_LIMIT) {
      solution.assumptionsStoppedAt = index;
      break;
    }
    solution.simplifyingAssumptions[index] = rows;
  }
  return solution;
}

/**
 * Directional expectations as QCA's matrix, one row per expectation, with a set of levels per
 * condition: bit `level` of a row's entry is set where that level is expected, 0 where the
 * condition is not mentioned. `DEV[1,2]` expects either level.
 */
function expectationMatrix(table: TruthTable, directional: readonly string[]): number[][] {
  const names = table.conditions.map((condition) => condition.name);
  const literalCounts = literalLevels(table);
  const multiValue = literalCounts.some((count) => count > 2);
  const rows: number[][] = [];
  // The first simple expectation of each binary condition, to find one expected both present and absent.
  const expected = new Map<number, { text: string; levels: number }>();
  directional.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text === '-') return;
    const where = [{ path: ['dir_exp', index], message: text }];
    // In multi-value data a name alone could mean any level: QCA calls it ambiguous.
    if (multiValue && !/[[{]/.test(text)) throw new QcaError('qca/minimize', `Directional expectation "${text}" names no level: in multi-value data write each as NAME[level], e.g. "${text.replace(/^~/, '')}[1]".`, where);
    if (text.includes('+')) throw new QcaError('qca/minimize', `Directional expectation "${text}" must be one conjunction, as "~LIT*IND".`, where);
    const row = new Array<number>(names.length).fill(0);
    for (const literal of text.split('*')) {
      // A literal of several levels, NAME[1,2] or NAME{1,2}, is read one level at a time.
      const levels = /^(.*)[[{]([^\]}]*)[\]}]\s*$/.exec(literal.trim());
      const alternatives = levels && levels[2]!.includes(',') ? levels[2]!.split(',').map((level) => `${levels[1]!}[${level.trim()}]`) : [literal];
      const before = [...row];
      for (const alternative of alternatives) {
        const [term] = parseExpression(alternative, names, literalCounts);
        term?.forEach((level, j) => {
          if (level === ABSENT) return;
          // Two literals of one condition in a conjunction ask for an empty set, as in "A*~A".
          if (before[j] !== 0) throw new QcaError('qca/minimize', `Directional expectation "${text}" asks for two levels of ${names[j]}: give its levels in one literal, as "${names[j]}[1,2]".`, where);
          row[j]! |= 1 << level;
        });
      }
    }
    const mentioned = row.flatMap((levels, j) => (levels > 0 ? [j] : []));
    if (mentioned.length === 1 && literalCounts[mentioned[0]!] === 2) {
      const j = mentioned[0]!;
      const first = expected.get(j);
      if ((first && first.levels !== row[j]) || row[j] === 3) throw new QcaError('qca/minimize', `Directional expectations "${first?.text ?? text}" and "${text}" cancel out: expect the presence or the absence of ${names[j]}, not both.`, where);
      expected.set(j, { text, levels: row[j]! });
    }
    rows.push(row);
  });
  return rows;
}

/**
 * The cube of remainders that are easy counterfactuals for a conservative term `comp` and a
 * parsimonious term `pars` inside it: each condition the parsimonious term drops is dropped here
 * too unless the expectations keep it (a simple expectation of the term's own level keeps it; a
 * conjunctural one the term disagrees with drops all its conditions). Codes are level + 1, 0 for
 * absent; expectations are sets of levels as `expectationMatrix` gives them.
 */
function easyCube(comp: number[], pars: number[], expectations: number[][], compat: 'qca' | 'corrected'): number[] {
  const reducible = comp.map((code, c) => code > 0 && !(pars[c]! > 0));
  const expects = (row: number[], c: number, code: number) => (row[c]! & (1 << (code - 1))) !== 0;
  const simple = expectations.filter((row) => row.filter((code) => code > 0).length === 1);
  const conjunctural = expectations.filter((row) => row.filter((code) => code > 0).length > 1);
  let result = [...comp];
  if (simple.length > 0) {
    result = comp.map((code, c) => {
      if (!reducible[c]) return code;
      const mentioned = simple.filter((row) => row[c]! > 0);
      return mentioned.length > 0 && !mentioned.some((row) => expects(row, c, code)) ? 0 : code;
    });
  }
  for (const row of conjunctural) {
    // QCA restarts from the conservative term for every conjunctural expectation, dropping the
    // reductions made so far; the corrected mode keeps them.
    if (compat === 'qca') result = [...comp];
    const agrees = comp.every((code, c) => !reducible[c] || !(row[c]! > 0) || expects(row, c, code));
    if (!agrees) result = result.map((code, c) => (reducible[c] && row[c]! > 0 ? 0 : code));
  }
  return result;
}

export function minimize(table: TruthTable, options: MinimizeOptions = {}): Minimization {
  const include = options.include ?? ['?'];
  const useContradictions = include.includes('C');
  const wanted = options.solutions ?? (options.directional ? ['conservative', 'parsimonious', 'intermediate'] : ['conservative', 'parsimonious']);
  const compat = options.compat ?? 'corrected';
  const notes: string[] = [];
  const { noflevels } = table;
  const observed = table.observed.filter((row) => row.OUT !== '?');
  const positiveRows = observed.filter((row) => row.OUT === '1');
  const chart: Chart = { positive: positiveRows.map((row) => row.values), positiveIds: positiveRows.map((row) => row.id) };
  const positiveIds = new Set(chart.positiveIds);
  const result: Minimization = { positiveRows: chart.positiveIds, notes };
  if (positiveRows.length === 0) {
    const error = 'None of the values in OUT is explained. Please check the truth table.';
    for (const kind of wanted) result[kind] = { error, code: 'no-positive-rows' };
    return result;
  }

  // The on-set in the truth table's order, contradictions among the positive rows, as QCA takes it:
  // the order of its primes follows the rows'.
  const onRows = observed.filter((row) => row.OUT === '1' || (useContradictions && row.OUT === 'C'));
  let positiveAt = 0;
  const positiveIndex = Int32Array.from(onRows, (row) => (row.OUT === '1' ? positiveAt++ : -1));
  const temporal = hasDontCare(table);
  const conservativeImplicants = () =>
    temporal ? cubeImplicants(table, onRows.map((row) => row.values), chart.positive) : coveringRenamedRows(primesOfOnSet(onRows.map((row) => row.values), noflevels), positiveIndex);

  const observedNegative = observed.filter((row) => row.OUT === '0' || (row.OUT === 'C' && !useContradictions)).map((row) => row.values);
  let conservative: Solution | undefined;
  if (wanted.includes('conservative') || wanted.includes('intermediate')) {
    const implicants = conservativeImplicants();
    if (temporal && Array.from(implicants.literals).includes(0)) {
      // Positive rows that merge once their "don't care" is free, into a term of no literal: QCA stops there too.
      result.conservative = { error: ALL_USED, code: 'dont-care' };
    } else {
      if (temporal) notes.push(...heldNegatives('conservative', implicants, observedNegative));
      conservative = solve('conservative', implicants, chart.positiveIds, options, noflevels);
      if (wanted.includes('conservative')) result.conservative = conservative;
    }
  }

  let parsimonious: Solution | undefined;
  if (wanted.includes('parsimonious') || wanted.includes('intermediate')) {
    const seen = new Set(table.observed.map((row) => row.id));
    const total = totalRows(noflevels);
    const excluded = [...new Set(options.exclude ?? [])].filter((id) => Number.isInteger(id) && id >= 1 && id <= total && !seen.has(id));
    const negative = [...observedNegative, ...excluded.map((id) => rowValues(id, noflevels))];
    // As QCA: refused when no negative row is left to protect (every observed row positive, or the
    // negative ones all under the frequency cut); a table with no remainders is minimized as it is.
    if (negative.length === 0) {
      result.parsimonious = { error: ALL_USED, code: 'no-negative-rows' };
    } else {
      try {
        const search = findImplicants(chart.positive, negative, noflevels, { stopRule: options.implicantSearch ?? 'qca', ...(options.primeSearchBudget ? { budget: options.primeSearchBudget } : {}) });
        const read = (found: ImplicantTable): DontCareReading => (temporal ? writtenImplicants(table, found, chart.positive, compat) : { implicants: found });
        const reading = read(search.implicants);
        if ('unexplained' in reading) {
          const rows = reading.unexplained.map((r) => chart.positiveIds[r]!).join(', ');
          result.parsimonious = { error: `Positive rows ${rows} differ from a negative row only where a condition does not apply ("don't care"), which no term can name. Compat "qca" writes such implicants without their "don't care" literals, as QCA does.`, code: 'dont-care' };
        } else if ('emptyTerm' in reading) {
          result.parsimonious = { error: 'A prime implicant consists of "don\'t care" values only: written as QCA writes it, it would hold every case.', code: 'dont-care' };
        } else {
          if (temporal && compat === 'qca') notes.push(...heldNegatives('parsimonious', reading.implicants, negative));
          let chosen = solve('parsimonious', reading.implicants, chart.positiveIds, options, noflevels);
          // Nothing is past the stop when every prime was found before it; with every irredundant model
          // asked for, the models compared would not be the minimal ones, and QCA's stop stands.
          if (!search.complete && !options.allSolutions && search.everyPrime?.count !== search.implicants.count) {
            const everyPrime = () => {
              const all = read(search.everyPrime ?? findImplicants(chart.positive, negative, noflevels, { stopRule: 'complete', budget: STOP_CHECK_BUDGET }).implicants);
              // Most searches that stop early have found every prime already: no second chart to solve.
              if (!('implicants' in all) || all.implicants.count === reading.implicants.count) return undefined;
              return solve('parsimonious', all.implicants, chart.positiveIds, options, noflevels);
            };
            const beyond = beyondQcaStop(chosen, everyPrime, search.depth, compat);
            if (beyond) {
              chosen = beyond.solution;
              notes.push(beyond.note);
            }
          }
          parsimonious = withAssumptions(chosen, noflevels, literalLevels(table), positiveIds);
          if (wanted.includes('parsimonious')) result.parsimonious = parsimonious;
        }
      } catch (error) {
        // A search out of budget ends this solution only; the others stand.
        if (!(error instanceof QcaError) || error.code !== 'qca/budget') throw error;
        result.parsimonious = { error: error.message, code: 'budget' };
      }
    }
  }

  if (wanted.includes('intermediate')) {
    if (!options.directional) {
      result.intermediate = { error: 'The intermediate solution needs directional expectations.', code: 'no-expectations' };
    } else if (!conservative || !parsimonious) {
      result.intermediate = { error: 'The intermediate solution needs both the conservative and the parsimonious solution.', code: 'needs-both' };
    } else if (!(fitsCubeBits(noflevels) && !temporal) && !assumptionsListedUpTo(parsimonious, Math.min(parsimonious.models.length, INTERMEDIATE_LIMIT))) {
      result.intermediate = { error: `The parsimonious solution assumes ${assumptionsPastLimit(parsimonious, INTERMEDIATE_LIMIT)}: too many to sort into easy and difficult counterfactuals.`, code: 'too-many-assumptions' };
    } else {
      result.intermediate = intermediateOf(table, conservative, parsimonious, options.directional, chart, options, compat, result);
    }
  }
  if (options.allSolutions) {
    const solutions = [result.conservative, result.parsimonious, ...(Array.isArray(result.intermediate) ? result.intermediate : [])];
    const fellBack = solutions.filter((solution): solution is Solution => solution !== undefined && !('error' in solution) && !solution.allSolutions);
    for (const solution of fellBack) {
      const name = 'id' in solution ? `intermediate ${String(solution.id)}` : solution.kind;
      notes.push(`all solutions: the ${name} chart has more than ${IRREDUNDANT_LIMIT.toLocaleString('en')} partial covers; only its minimal models are listed.`);
    }
  }
  return result;
}

/** The intermediate solutions, or why there are none; notes, and the number of combinations past the limit, go into `result`. */
function intermediateOf(
  table: TruthTable,
  conservative: Solution,
  parsimonious: Solution,
  directional: readonly string[],
  chart: Chart,
  options: MinimizeOptions,
  compat: 'qca' | 'corrected',
  result: Minimization,
): IntermediateSolution[] | SolutionFailure {
  let expectations: number[][];
  try {
    expectations = expectationMatrix(table, directional);
  } catch (error) {
    // A bad expectation ends the intermediate solution only: the conservative and parsimonious ones stand, as in QCA.
    if (!(error instanceof QcaError)) throw error;
    return { error: error.message, code: 'bad-expectation' };
  }
  const hasConjunctural = expectations.some((row) => row.filter((code) => code > 0).length > 1);
  const hasSimple = expectations.some((row) => row.filter((code) => code > 0).length === 1);
  if (hasConjunctural && hasSimple) {
    result.notes.push(
      compat === 'qca'
        ? 'compat "qca": as QCA 3.25 does, the reductions of simple directional expectations were dropped because conjunctural ones are also given.'
        : 'Simple and conjunctural directional expectations were both applied. QCA 3.25 drops the simple ones in this case; use compat "qca" to reproduce it.',
    );
  }
  let intermediate: IntermediateSolution[];
  try {
    intermediate = intermediateSolutions(table, conservative, parsimonious, expectations, chart, options, compat);
  } catch (error) {
    // The consensus of the easy counterfactuals' cubes out of budget ends this solution alone.
    if (!(error instanceof QcaError) || error.code !== 'qca/budget') throw error;
    return { error: error.message, code: 'budget' };
  }
  // With compat "qca" the written parsimonious terms (and so the easy counterfactuals) can hold
  // negative rows, and the cubes then merge into a term of no literal, where QCA stops.
  if (hasDontCare(table) && intermediate.some((solution) => solution.implicants.some((term) => term.every((level) => level === ABSENT)))) return { error: ALL_USED, code: 'dont-care' };
  const combinations = conservative.models.length * parsimonious.models.length;
  if (combinations > INTERMEDIATE_LIMIT) {
    result.intermediateCombinations = combinations;
    result.notes.push(`Intermediate solutions are given for the first ${INTERMEDIATE_LIMIT} of ${combinations.toLocaleString('en')} combinations of a conservative and a parsimonious model (${conservative.models.length} × ${parsimonious.models.length.toLocaleString('en')}), in QCA's order.`);
  }
  return intermediate;
}

/** A note when written implicants hold negative rows, as a "don't care" left free or unwritten can make them. */
function heldNegatives(kind: 'conservative' | 'parsimonious', implicants: ImplicantTable, negative: readonly (readonly number[])[]): string[] {
  let count = 0;
  for (let index = 0; index < implicants.count; index += 1) {
    const term = termAt(implicants, index);
    if (negative.some((row) => covers(term, row))) count += 1;
  }
  if (count === 0) return [];
  return kind === 'conservative'
    ? [`${count} conservative implicant(s) hold negative rows: a positive row's "don't care" is free in them, as in QCA, and a negative row differs from it only there.`]
    : [`As QCA writes them, ${count} prime implicant(s) leave out a "don't care" literal and then hold negative rows; compat "corrected" leaves such implicants out.`];
}

function intermediateSolutions(
  table: TruthTable,
  conservative: Solution,
  parsimonious: Solution,
  expectations: number[][],
  chart: Chart,
  options: MinimizeOptions,
  compat: 'qca' | 'corrected',
): IntermediateSolution[] {
  const { noflevels } = table;
  const noExpectations = expectations.length === 0 || expectations.every((row) => row.every((code) => code === 0));
  const temporal = hasDontCare(table);
  const solutions: IntermediateSolution[] = [];
  const positiveIds = new Set(chart.positiveIds);
  // Easy counterfactuals listed from cubes, over all combinations: kept under the total for assumptions.
  let easyListed = 0;
  // In QCA's order, C1P1, C1P2, …, as many as INTERMEDIATE_LIMIT allows.
  const combinations = Math.min(conservative.models.length * parsimonious.models.length, INTERMEDIATE_LIMIT);
  for (let at = 0; at < combinations; at += 1) {
    const c = Math.floor(at / parsimonious.models.length);
    const p = at % parsimonious.models.length;
    const cModel = conservative.models[c]!;
    const pModel = parsimonious.models[p]!;
    const id = `C${c + 1}P${p + 1}`;
    const sa = parsimonious.simplifyingAssumptions[p]!;
    const listed = !parsimonious.assumptionsNotListed.includes(p) && (parsimonious.assumptionsStoppedAt ?? Infinity) > p;
    const base = { id, conservativeModel: c, parsimoniousModel: p, conservativeTerms: cModel.terms.map((index) => conservative.implicants[index]!), parsimoniousTerms: pModel.terms.map((index) => parsimonious.implicants[index]!) };
    if (noExpectations || (listed && sa.length === 0)) {
      const solution = solve('intermediate', conservativeAsImplicants(conservative, cModel, chart, noflevels), chart.positiveIds, options, noflevels);
      solutions.push({ ...solution, ...base, kind: 'intermediate', easyCounterfactuals: [], difficultCounterfactuals: sa, ...(listed ? {} : { counterfactualsNotListed: { easy: false, difficult: true } }) });
      continue;
    }
    const code = (term: Term) => term.map((level) => (level === ABSENT ? 0 : level + 1));
    const cubes: number[][] = [];
    for (const ci of cModel.terms) {
      const comp = code(conservative.implicants[ci]!);
      for (const pi of pModel.terms) {
        const pars = code(parsimonious.implicants[pi]!);
        if (pars.every((value, j) => value === 0 || value === comp[j])) cubes.push(easyCube(comp, pars, expectations, compat));
      }
    }
    if (!listed) {
      // Too many assumptions to list, but the easy ones are the rows of a few cubes: listed while
      // few enough, their primes found from the rows where a table of every row is small, else
      // from the cubes (the same primes, in the same order).
      const easyRows = rowsOfCubes(cubes, noflevels, positiveIds, Math.min(ASSUMPTION_LIMIT, ASSUMPTIONS_LISTED_LIMIT - easyListed));
      const primes =
        easyRows && noflevels.length <= ROW_PRIMES_CONDITIONS
          ? coveringFirstRows(primesOfOnSet([...chart.positive, ...easyRows.map((row) => rowValues(row, noflevels))], noflevels), chart.positive.length)
          : primesOfCubes(chart.positive, cubes, noflevels.length);
      easyListed += easyRows?.length ?? 0;
      const solution = solve('intermediate', primes, chart.positiveIds, options, noflevels);
      solutions.push({ ...solution, ...base, kind: 'intermediate', easyCounterfactuals: easyRows ?? [], difficultCounterfactuals: [], counterfactualsNotListed: { easy: easyRows === undefined, difficult: true } });
      continue;
    }
    const saValues = sa.map((row) => rowValues(row, noflevels));
    const isEasy = saValues.map((values) => cubes.some((cube) => cube.every((value, j) => value === 0 || values[j]! + 1 === value)));
    const easyRows = sa.filter((_, at) => isEasy[at]);
    // Simplifying assumptions are never positive rows: the positive rows lead the on-set.
    const easyValues = saValues.filter((_, at) => isEasy[at]);
    // With "don't care" values, as QCA: the positive rows' cubes (their "don't care" free) merged with the easy counterfactuals.
    const primes = temporal
      ? cubeImplicants(table, [...chart.positive, ...easyValues], chart.positive)
      : coveringFirstRows(primesOfOnSet([...chart.positive, ...easyValues], noflevels), chart.positive.length);
    const solution = solve('intermediate', primes, chart.positiveIds, options, noflevels);
    solutions.push({
      ...solution,
      ...base,
      kind: 'intermediate',
      easyCounterfactuals: easyRows,
      difficultCounterfactuals: sa.filter((_, at) => !isEasy[at]),
    });
  }
  return solutions;
}

/** Up to this many conditions, the primes of easy counterfactuals listed from cubes come from their rows (a table of 2^20 entries). */
const ROW_PRIMES_CONDITIONS = 20;

/**
 * The row ids of a union of crisp cubes (level + 1 per condition, 0 where free) but `positive`,
 * ascending; undefined when the cubes' sizes, overlaps counted twice, add up to more than `limit`
 * and the positive rows.
 */
function rowsOfCubes(cubes: readonly (readonly number[])[], noflevels: readonly number[], positive: ReadonlySet<number>, limit: number): number[] | undefined {
  const terms = cubes.map((cube) => cube.map((code) => (code === 0 ? ABSENT : code - 1)));
  const sizes = terms.map((term) => 2 ** term.filter((level) => level === ABSENT).length);
  if (sizes.reduce((sum, size) => sum + size, 0) > limit + positive.size) return undefined;
  // Within the limit together, no cube is past `ASSUMPTION_LIMIT` alone: each is listed.
  return Array.from(terms.reduce<ArrayLike<number>>((rows, term) => mergeAscending(rows, assumedByTerm(term, noflevels, noflevels, positive)!), []));
}

function conservativeAsImplicants(conservative: Solution, model: Model, chart: Chart, noflevels: readonly number[]): ImplicantTable {
  const implicants: Implicant[] = model.terms.map((index) => {
    const term = conservative.implicants[index]!;
    return { term, literals: term.filter((level) => level !== ABSENT).length, covers: chart.positive.flatMap((row, r) => (covers(term, row) ? [r] : [])) };
  });
  return implicantTable(implicants, noflevels);
}
