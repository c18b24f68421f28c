import type { Issue, IssuePath } from './errors';

/**
 * Names a plain JavaScript object cannot safely hold as keys: `__proto__` replaces an object's
 * prototype (so a JSON reader drops it without a word), and `constructor` or `prototype` read back
 * as built-ins wherever the key is missing. Documents refuse them as keys, and as ids, which
 * become keys.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

export const RESERVED_NAME_MESSAGE = '"__proto__", "constructor" and "prototype" are reserved names';

/** Stands for the value under a reserved key: reported when the walk reaches it, never walked into. */
const RESERVED = Symbol('reserved');

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): IssuePath {
  const path: Array<string | number> = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Every key of a parsed JSON value that is a reserved name, with its path. The walk keeps its own
 * stack (a hostile file may nest deeper than the call stack goes) and builds a path only for a
 * key it reports.
 */
export function reservedKeyIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (current === RESERVED) {
      issues.push({ path: pathOf(visit), message: `the key "${String(visit.key)}" is reserved: ${RESERVED_NAME_MESSAGE}` });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    // Children go on the stack last first, so the walk (and its issues) follow the document's order.
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) stack.push({ value: current[index], key: index, parent: visit });
      continue;
    }
    const keys = Object.keys(current);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      stack.push({ value: isReservedName(key) ? RESERVED : (current as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return issues;
}
