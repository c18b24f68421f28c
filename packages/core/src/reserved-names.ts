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

/** The rule's message key (`issueMessages`), as schemas name it. */
export const RESERVED_NAME_RULE = 'issue.reservedName';
