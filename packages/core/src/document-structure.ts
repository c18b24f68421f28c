import type { Issue, IssuePath } from './errors';
import { isReservedName } from './reserved-names';
import { linkIssue } from './link-said';

/** Deeper than any document of the kit goes (a journey is eight levels deep), and than a parser's stack is safe with. */
export const MAX_DEPTH = 64;

/** Stands for the value under a reserved key: reported when the walk reaches it, never walked into. */
const RESERVED = Symbol('reserved');

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
  depth: number;
}

function pathOf(visit: Visit): IssuePath {
  const path: Array<string | number> = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * What makes a parsed JSON value unfit to be a document before any schema looks at it: keys that
 * are reserved names, and nesting deeper than `MAX_DEPTH` (which would overflow the stack of
 * everything that walks it after). The walk keeps its own stack and follows the document's order;
 * it builds a path only for what it reports.
 */
export function structureIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  let tooDeep = false;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (current === RESERVED) {
      issues.push(linkIssue(pathOf(visit), 'issue.reservedKey', { key: String(visit.key) }));
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (visit.depth >= MAX_DEPTH) {
      if (!tooDeep) issues.push(linkIssue(pathOf(visit), 'issue.tooDeep', { depth: MAX_DEPTH }));
      tooDeep = true;
      continue;
    }
    const depth = visit.depth + 1;
    // Children go on the stack last first, so the walk (and its issues) follow the document's order.
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) stack.push({ value: current[index], key: index, parent: visit, depth });
      continue;
    }
    const keys = Object.keys(current);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      stack.push({ value: isReservedName(key) ? RESERVED : (current as Record<string, unknown>)[key], key, parent: visit, depth });
    }
  }
  return issues;
}
