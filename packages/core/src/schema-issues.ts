import type { Issue } from './errors';

/** A zod issue, reduced to what a message needs. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  keys?: readonly string[];
}

/** The zod (or zod/mini) parser a file kind validates with, reduced to what reading needs. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<SchemaIssue> } };
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const UNITS: Record<string, string> = { string: ' characters', array: ' items', set: ' items', file: ' bytes' };

/**
 * What the rule wants, in words. zod's mini build (which the file schemas use, to keep bundles
 * small) carries no message catalogue and says "Invalid input" for every rule without its own
 * message; the issue's code and details say more.
 */
function describeIssue(issue: SchemaIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  const unit = UNITS[issue.origin ?? ''] ?? '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${/^[aeiou]/.test(issue.expected ?? '') ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => JSON.stringify(value));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'too_big':
      return `${issue.inclusive === false ? 'below' : 'at most'} ${String(issue.maximum)}${unit}`;
    case 'too_small':
      return `${issue.inclusive === false ? 'above' : 'at least'} ${String(issue.minimum)}${unit}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys?.length === 1 ? 'key' : 'keys'} ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return 'not in the expected format';
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return issue.message;
  }
}

/** zod's issues as the kit's: the path without symbols, the message in words. */
export function schemaIssues(issues: ReadonlyArray<SchemaIssue>): Issue[] {
  return issues.map((issue) => ({ path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'), message: describeIssue(issue) }));
}
