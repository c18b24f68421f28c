import { linkIssueMessages } from './link-messages';
import { sayerOf } from './sayer';

/** Issues about ids, keys and links, said with their part of the catalogue only. */
export const { keyedIssue: linkIssue } = sayerOf(linkIssueMessages);
