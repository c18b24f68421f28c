import type { Said } from './errors';
import { issueMessages } from './issue-messages';
import { whereJsonBreaks } from './json-break';
import { sayerOf } from './sayer';

/** The whole catalogue's sayer, for the readers that say many things. */
export const { say, keyedIssue } = sayerOf(issueMessages);

/** Why a text `JSON.parse` refused is not JSON: where it breaks, or that it stops too early. */
export function sayNotJson(text: string): { message: string; said: Said } {
  const at = whereJsonBreaks(text);
  return at === 'empty' ? say('issue.jsonEmpty') : at === 'end' ? say('issue.notJsonEnd') : say('issue.notJsonAt', at);
}
