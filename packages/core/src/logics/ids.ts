import type { Issue } from '../errors';
import { linkIssue } from '../link-said';

/** Each item whose id an earlier item already has, named with its place and the item it repeats. */
export function repeatedIds(items: ReadonlyArray<{ id: string }>, path: readonly (string | number)[], what: 'respondent' | 'segment' | 'dimension' | 'aspect' | 'network'): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push(linkIssue([...path, index, 'id'], 'issue.idRepeats', { what, id: item.id, first: seen.get(item.id)! + 1 }));
    seen.set(item.id, index);
  });
  return issues;
}
