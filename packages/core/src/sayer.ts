import type { Issue, IssuePath, Said } from './errors';
import { formatMessage } from './messages/format';

type Values = Readonly<Record<string, string | number>>;

/**
 * How to say a message of a part of the readers' catalogue: its English text, and its key and
 * values for translation. A model that says a few things binds only its own part, so its entry
 * does not carry the whole catalogue.
 */
export function sayerOf<Key extends string>(catalogue: Readonly<Record<Key, string>>) {
  const say = (key: Key, values: Values = {}): { message: string; said: Said } => ({ message: formatMessage(catalogue[key], values), said: { key, values } });
  /** An issue at `path` said with a key of the catalogue. */
  const keyedIssue = (path: IssuePath, key: Key, values: Values = {}): Issue => ({ path, message: formatMessage(catalogue[key], values), key, values });
  return { say, keyedIssue };
}
