import { MAX_CONDITION_LEVELS, MAX_CONDITIONS, QcaError } from './errors';

/** Cases × named numeric columns, in case order: the engine's input once calibration is done. */
export interface QcaData {
  cases: readonly string[];
  columns: Readonly<Record<string, readonly number[]>>;
}

/**
 * Temporal QCA's "don't care" (QCA's `-` or `dc`) in a crisp condition's column: the condition does
 * not apply to the case, as "A before B" does not where A or B never happened. A value no number
 * read from data can take, so a real −1 stays a (refused) negative level.
 */
export const DONT_CARE = Number.NEGATIVE_INFINITY;

/**
 * How a condition enters the analysis: fuzzy memberships, or crisp levels 0 … levels−1. A crisp
 * condition with `dontCare` cells has one more row level, `levels`, that no literal names: in the
 * truth table it is a value of its own (QCA numbers rows with it), and no term contains it.
 */
export interface ConditionInfo {
  name: string;
  fuzzy: boolean;
  levels: number;
  dontCare: boolean;
}

export function column(data: QcaData, name: string, role: string): readonly number[] {
  const values = data.columns[name];
  if (!values) throw new QcaError('qca/data', `The ${role} "${name}" is not a column of the data.`, [{ path: [name], message: 'no such column' }]);
  return values;
}

/**
 * A column with any fractional value is fuzzy (memberships in [0, 1]); otherwise it is crisp with
 * as many levels as its largest value + 1, as QCA infers it, and at most `MAX_CONDITION_LEVELS`. A
 * crisp column with "don't care" cells has as many literal levels as its largest other value + 1
 * (so one of only 0 and "don't care" has one), as QCA counts them once the "don't care" is its own level.
 */
export function describeCondition(data: QcaData, name: string): ConditionInfo {
  const values = column(data, name, 'condition');
  const issues = [];
  const at = (index: number) => [data.cases[index] ?? index, name];
  const fuzzy = values.some((value) => value !== DONT_CARE && value % 1 !== 0);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (value === DONT_CARE) {
      if (fuzzy) issues.push({ path: at(index), message: 'is a "don\'t care", which only a crisp condition can hold' });
    } else if (!Number.isFinite(value)) issues.push({ path: at(index), message: 'is missing or not a number' });
    else if (fuzzy && (value < 0 || value > 1)) issues.push({ path: at(index), message: `membership ${value} is outside [0, 1]` });
    else if (!fuzzy && value < 0) issues.push({ path: at(index), message: `level ${value} is negative` });
  }
  const dontCare = !fuzzy && values.includes(DONT_CARE);
  if (dontCare && values.every((value) => value === DONT_CARE)) issues.push({ path: [name], message: 'is a "don\'t care" for every case: it applies to none' });
  if (issues.length > 0) throw new QcaError('qca/data', `Condition "${name}" has values the engine cannot use.`, issues);
  const highest = values.reduce((high, value) => (value === DONT_CARE ? high : Math.max(high, value)), -Infinity);
  const levels = fuzzy ? 2 : dontCare ? highest + 1 : Math.max(2, highest + 1);
  if (levels > MAX_CONDITION_LEVELS) {
    throw new QcaError(
      'qca/data',
      `Condition "${name}" looks uncalibrated: its whole numbers up to ${(levels - 1).toLocaleString('en')} would make a multi-value condition of ${levels.toLocaleString('en')} levels. Calibrate it into a crisp or fuzzy set first; a multi-value condition has at most ${MAX_CONDITION_LEVELS} levels.`,
      [{ path: [name], message: `possibly uncalibrated: ${levels.toLocaleString('en')} levels` }],
    );
  }
  return { name, fuzzy, levels, dontCare };
}

export function checkDesign(data: QcaData, outcome: string, conditions: readonly string[]) {
  const issues = [];
  if (data.cases.length < 2) issues.push({ path: ['cases'], message: `an analysis needs at least 2 cases, not ${data.cases.length}` });
  const seen = new Map<string, number>();
  data.cases.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path: ['cases', index], message: `duplicate case id "${id}" (first at position ${first + 1})` });
    else seen.set(id, index);
  });
  if (conditions.length === 0) issues.push({ path: ['conditions'], message: 'no conditions given' });
  if (conditions.length > MAX_CONDITIONS) issues.push({ path: ['conditions'], message: `${conditions.length} conditions; the engine allows at most ${MAX_CONDITIONS}` });
  if (conditions.includes(outcome)) issues.push({ path: ['conditions'], message: `the outcome "${outcome}" is also listed as a condition` });
  const duplicates = conditions.filter((name, index) => conditions.indexOf(name) !== index);
  for (const name of new Set(duplicates)) issues.push({ path: ['conditions'], message: `condition "${name}" is listed twice` });
  for (const name of [outcome, ...conditions]) {
    const values = data.columns[name];
    if (!values) issues.push({ path: [name], message: 'is not a column of the data' });
    else if (values.length !== data.cases.length) issues.push({ path: [name], message: `has ${values.length} values for ${data.cases.length} cases` });
  }
  if (issues.length > 0) throw new QcaError('qca/data', 'The analysis design has problems.', issues);
  const outcomeValues = column(data, outcome, 'outcome');
  const bad = outcomeValues.map((value, index) => ({ value, index })).filter(({ value }) => !Number.isFinite(value) || value < 0 || value > 1);
  if (bad.length > 0) {
    throw new QcaError(
      'qca/data',
      `The outcome "${outcome}" must be a membership in [0, 1].`,
      bad.map(({ value, index }) => ({ path: [data.cases[index] ?? index, outcome], message: value === DONT_CARE ? 'is a "don\'t care", which an outcome cannot be' : `${value} is not in [0, 1]` })),
    );
  }
}
