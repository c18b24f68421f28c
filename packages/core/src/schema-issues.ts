import type { Issue } from './errors';
import { isIssueKey } from './issue-messages';
import { keyedIssue } from './said';

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
  /** A custom rule's values for its message key. */
  params?: Readonly<Record<string, string | number>>;
}

/** The zod (or zod/mini) parser a file kind validates with, reduced to what reading needs. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<SchemaIssue> } };
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * What the rule wants, in words. zod's mini build (which the file schemas use, to keep bundles
 * small) carries no message catalogue and says "Invalid input" for every rule without its own
 * message; the issue's code and details say more, as a key of the readers' catalogue.
 */
function describeIssue(issue: SchemaIssue, path: Issue['path']): Issue {
  if (isIssueKey(issue.message)) return keyedIssue(path, issue.message, issue.params);
  if (issue.message !== 'Invalid input') return { path, message: issue.message };
  const unit = issue.origin ?? '';
  switch (issue.code) {
    case 'invalid_type':
      return keyedIssue(path, 'issue.expected', { type: issue.expected ?? '' });
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => JSON.stringify(value));
      return values.length === 1 ? keyedIssue(path, 'issue.mustBe', { value: values[0]! }) : keyedIssue(path, 'issue.mustBeOneOf', { values: values.join(', ') });
    }
    case 'too_big':
      return keyedIssue(path, issue.inclusive === false ? 'issue.below' : 'issue.atMost', { limit: String(issue.maximum), unit });
    case 'too_small':
      return keyedIssue(path, issue.inclusive === false ? 'issue.above' : 'issue.atLeast', { limit: String(issue.minimum), unit });
    case 'unrecognized_keys':
      return keyedIssue(path, 'issue.unknownKeys', { count: issue.keys?.length ?? 0, keys: (issue.keys ?? []).join(', ') });
    case 'invalid_format':
      return keyedIssue(path, 'issue.badFormat');
    case 'invalid_union':
      return keyedIssue(path, 'issue.noForm');
    default:
      return { path, message: issue.message };
  }
}

/** zod's issues as the kit's: the path without symbols, the message in words. */
export function schemaIssues(issues: ReadonlyArray<SchemaIssue>): Issue[] {
  return issues.map((issue) => describeIssue(issue, issue.path.filter((part): part is string | number => typeof part !== 'symbol')));
}
