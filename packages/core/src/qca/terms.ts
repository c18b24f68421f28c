import { sayerOf } from '../sayer';
import { QcaError } from './errors';
import { expressionIssueMessages } from './expression-messages';

/**
 * A conjunction of literals over the conditions: `term[j]` is the required level of condition j,
 * or −1 where the condition does not appear. In binary designs level 1 is `X` and 0 is `~X`.
 */
export type Term = readonly number[];

export const ABSENT = -1;

export interface Notation {
  conditions: readonly string[];
  /** Multi-value notation `X[2]` for every literal (QCA uses it as soon as one condition has > 2 levels). */
  multiValue: boolean;
}

export function literal(notation: Notation, condition: number, level: number): string {
  const name = notation.conditions[condition]!;
  if (notation.multiValue) return `${name}[${level}]`;
  return level === 1 ? name : `~${name}`;
}

export function formatTerm(notation: Notation, term: Term): string {
  const parts: string[] = [];
  term.forEach((level, condition) => {
    if (level !== ABSENT) parts.push(literal(notation, condition, level));
  });
  return parts.length > 0 ? parts.join('*') : '1';
}

export function formatDisjunction(notation: Notation, term: Term): string {
  const parts: string[] = [];
  term.forEach((level, condition) => {
    if (level !== ABSENT) parts.push(literal(notation, condition, level));
  });
  return parts.join(' + ');
}

export const literalCount = (term: Term) => term.reduce((count, level) => count + (level === ABSENT ? 0 : 1), 0);

/** Does the truth-table row (one level per condition) lie inside the term? */
export function covers(term: Term, row: readonly number[]): boolean {
  for (let j = 0; j < term.length; j += 1) {
    const level = term[j]!;
    if (level !== ABSENT && row[j] !== level) return false;
  }
  return true;
}

/**
 * Parses a sum of products in the field's notation: `A*~B + C`, lower case for negation when
 * every condition name is upper case (`A*b`), and multi-value `A[2]` or `A{2}`.
 */
export function parseExpression(expression: string, conditions: readonly string[], levels: readonly number[]): Term[] {
  const text = expression.trim();
  const fail = (key: keyof typeof expressionIssueMessages, values: Readonly<Record<string, string | number>>, path: (string | number)[] = []): never => {
    // Bound here, not at the top of the module: the many modules that import only `ABSENT` or `formatTerm` carry none of it.
    const { message, said } = sayerOf(expressionIssueMessages).say(key, values);
    throw new QcaError('qca/expression', message, path.length > 0 ? [{ path, message, ...said }] : [], said);
  };
  if (text === '') fail('issue.expressionEmpty', {});
  const allUpper = conditions.every((name) => name === name.toUpperCase());
  return text.split('+').map((product, productIndex) => {
    const term = conditions.map(() => ABSENT);
    const factors = product.split('*').map((factor) => factor.trim());
    for (const factor of factors) {
      const where = [`term ${productIndex + 1}`, factor];
      const at = { term: productIndex + 1, factor };
      const match = /^(~|-|!)?\s*([A-Za-z][A-Za-z0-9_.]*)\s*(?:[[{]\s*(\d+)\s*[\]}])?$/.exec(factor);
      if (!match) return fail('issue.notALiteral', at, where);
      const [, tilde, rawName, rawLevel] = match;
      let name = rawName!;
      let negated = Boolean(tilde);
      let index = conditions.indexOf(name);
      if (index < 0 && allUpper && name === name.toLowerCase() && conditions.includes(name.toUpperCase())) {
        index = conditions.indexOf(name.toUpperCase());
        name = name.toUpperCase();
        negated = !negated;
      }
      if (index < 0) return fail('issue.notACondition', { ...at, name, conditions: conditions.join(', ') }, where);
      let level: number;
      if (rawLevel !== undefined) {
        level = Number(rawLevel);
        if (negated) return fail('issue.negatedLevel', at, where);
        if (level >= levels[index]!) return fail('issue.levelRange', { ...at, name, last: levels[index]! - 1 }, where);
      } else {
        if (levels[index]! > 2) return fail('issue.levelMissing', { ...at, name }, where);
        level = negated ? 0 : 1;
      }
      if (term[index] !== ABSENT && term[index] !== level) {
        return fail('issue.twoLevels', { term: productIndex + 1, product: product.trim(), name }, where);
      }
      term[index] = level;
    }
    return term;
  });
}
