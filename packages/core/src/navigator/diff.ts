import type { IssuePath } from '../errors';
import type { TripTicketVersion } from './journey';

/**
 * One difference between two versions. `path` names the answer (`['headed', 'equity']`) or, for an
 * item of a list, the list and the item's key: a person's name, a strategy's id, a planned stop's
 * id, or the value itself for a list of choices (`['arrival', 'measureIds', 'm1']`).
 */
export interface Change {
  path: IssuePath;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What an item of a list is known by: its id, its strategy, a person's name, or its own value. */
function keyOf(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (!isRecord(item)) return null;
  for (const field of ['id', 'strategyId', 'name']) if (typeof item[field] === 'string') return item[field];
  return null;
}

function compare(before: unknown, after: unknown, path: (string | number)[], changes: Change[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const keys = [...before, ...after].map(keyOf);
    const distinct = (list: unknown[]) => new Set(list.map(keyOf)).size === list.length;
    if (keys.every((key) => key !== null) && distinct(before) && distinct(after)) {
      // Items are matched by what they are known by, so reordering or inserting is not read as
      // rewriting, and a list of choices reads as choices added and taken away.
      const old = new Map(before.map((item) => [keyOf(item)!, item]));
      const now = new Map(after.map((item) => [keyOf(item)!, item]));
      for (const [key, item] of old) if (!now.has(key)) changes.push({ path: [...path, key], kind: 'removed', before: item });
      for (const [key, item] of now) {
        if (!old.has(key)) changes.push({ path: [...path, key], kind: 'added', after: item });
        else if (typeof item !== 'string') itemChange(old.get(key), item, [...path, key], changes);
      }
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      if (index >= before.length) changes.push({ path: [...path, index], kind: 'added', after: after[index] });
      else if (index >= after.length) changes.push({ path: [...path, index], kind: 'removed', before: before[index] });
      else itemChange(before[index], after[index], [...path, index], changes);
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
 * A small item (a person, a planned stop) that changed is one change with both sides, read as a
 * whole; a strategy, with a theory of action and steps of its own, is compared answer by answer.
 */
function itemChange(before: unknown, after: unknown, path: (string | number)[], changes: Change[]): void {
  if (isRecord(before) && isRecord(after) && typeof after.strategyId !== 'string') {
    const inner: Change[] = [];
    compare(before, after, path, inner);
    if (inner.length > 0) changes.push({ path, kind: 'changed', before, after });
    return;
  }
  compare(before, after, path, changes);
}

/**
 * What changed between two trip-ticket versions ("since the last pit stop"), item by item: people
 * added, removed or with a new role; strategies, planned stops, configuration choices and linked
 * factors and measures added or removed; every answer whose text changed. The version's own id and
 * save time are not part of the answers.
 */
export function diffTripTicket(before: TripTicketVersion, after: TripTicketVersion): Change[] {
  const changes: Change[] = [];
  const { id: _a, savedAt: _b, ...older } = before;
  const { id: _c, savedAt: _d, ...newer } = after;
  compare(older, newer, [], changes);
  return changes;
}
