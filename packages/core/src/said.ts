import type { Issue, IssuePath, Said } from './errors';
import type { IssueKey } from './issue-messages';
import { issueMessages } from './issue-messages';
import { whereJsonBreaks } from './json-break';
import { formatMessage } from './messages/format';

type Values = Readonly<Record<string, string | number>>;

/** A message of the readers' catalogue: its English text, and its key and values for translation. */
export function say(key: IssueKey, values: Values = {}): { message: string; said: Said } {
  return { message: formatMessage(issueMessages[key], values), said: { key, values } };
}

/** An issue at `path` said with a key of the readers' catalogue. */
export function keyedIssue(path: IssuePath, key: IssueKey, values: Values = {}): Issue {
  return { path, message: formatMessage(issueMessages[key], values), key, values };
}

/** Why a text `JSON.parse` refused is not JSON: where it breaks, or that it stops too early. */
export function sayNotJson(text: string): { message: string; said: Said } {
  const at = whereJsonBreaks(text);
  return at === 'end' ? say('issue.notJsonEnd') : say('issue.notJsonAt', at);
}
