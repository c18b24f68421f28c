import type { IssuePath } from '../errors';
import type { TripTicketVersion } from './journey';

export interface Change {
  path: IssuePath;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const keyOf = (item: unknown): string | null => (isRecord(item) && typeof item.id === 'string' ? item.id : isRecord(item) && typeof item.strategyId === 'string' ? item.strategyId : null);

function compare(before: unknown, after: unknown, path: (string | number)[], changes: Change[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((item) => keyOf(item) !== null);
    if (keyed) {
      // Items with ids are matched by id, so reordering or inserting is not read as rewriting.
      const old = new Map(before.map((item) => [keyOf(item)!, item]));
      const now = new Map(after.map((item) => [keyOf(item)!, item]));
      for (const [key, item] of old) if (!now.has(key)) changes.push({ path: [...path, key], kind: 'removed', before: item });
      for (const [key, item] of now) {
        if (!old.has(key)) changes.push({ path: [...path, key], kind: 'added', after: item });
        else compare(old.get(key), item, [...path, key], changes);
      }
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      if (index >= before.length) changes.push({ path: [...path, index], kind: 'added', after: after[index] });
      else if (index >= after.length) changes.push({ path: [...path, index], kind: 'removed', before: before[index] });
      else compare(before[index], after[index], [...path, index], changes);
    }
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(key in after)) changes.push({ path: [...path, key], kind: 'removed', before: before[key] });
      else if (!(key in before)) changes.push({ path: [...path, key], kind: 'added', after: after[key] });
      else compare(before[key], after[key], [...path, key], changes);
    }
    return;
  }
  if (!Object.is(before, after)) changes.push({ path, kind: 'changed', before, after });
}

/**
 * What changed between two trip-ticket versions ("since the last pit stop"): every added, removed
 * or changed answer with its path. The version's own id and save time are not part of the answers.
 */
export function diffTripTicket(before: TripTicketVersion, after: TripTicketVersion): Change[] {
  const changes: Change[] = [];
  const { id: _a, savedAt: _b, ...older } = before;
  const { id: _c, savedAt: _d, ...newer } = after;
  compare(older, newer, [], changes);
  return changes;
}
