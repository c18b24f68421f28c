import type { Issue } from '../errors';

/** Each item whose id an earlier item already has, named with its place and the item it repeats. */
export function repeatedIds(items: ReadonlyArray<{ id: string }>, path: readonly (string | number)[], what: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [...path, index, 'id'], message: `the ${what} id "${item.id}" repeats ${what} ${seen.get(item.id)! + 1}` });
    seen.set(item.id, index);
  });
  return issues;
}
