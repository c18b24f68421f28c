import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditJournal, StorageAdapter } from './index';
import { createMemoryStorage, WriteBehind } from './index';

/** A journal over a map, as the page's localStorage would be. */
function mapJournal(): EditJournal & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

function writeBehind(adapter: StorageAdapter, journal: EditJournal | null = null, check?: (value: unknown) => Error | null) {
  const events: string[] = [];
  const behind = new WriteBehind({ adapter, key: 'doc', delayMs: 1000, journal, ...(check ? { check } : {}), onSaved: () => events.push('saved'), onError: (error) => events.push(`error: ${error.message}`) });
  return { behind, events };
}

afterEach(() => vi.useRealTimers());

describe('WriteBehind', () => {
  it('writes once after the quiet time, with the last change', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage();
    const set = vi.spyOn(storage, 'set');
    const { behind, events } = writeBehind(storage);
    behind.change('a');
    behind.change('ab');
    await vi.advanceTimersByTimeAsync(999);
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(set.mock.calls).toEqual([['doc', 'ab']]);
    expect(events).toEqual(['saved']);
  });

  it('goes on writing after an adapter that throws instead of rejecting', async () => {
    const storage = createMemoryStorage();
    let fail = true;
    const throwing: StorageAdapter = {
      ...storage,
      set: (key, value) => {
        if (fail) throw new Error('quota');
        return storage.set(key, value);
      },
    };
    const { behind, events } = writeBehind(throwing);
    behind.change('first');
    await behind.flush();
    fail = false;
    behind.change('second');
    await behind.flush();
    expect(events).toEqual(['error: quota', 'saved']);
    expect(await storage.get('doc')).toBe('second');
  });

  it('keeps only what changed in the journal when the page goes, and brings it back on top of what is stored', async () => {
    const storage = createMemoryStorage({ doc: { name: 'Plan', rows: [1, 2, 3], note: 'x' } });
    const neverFinishing: StorageAdapter = { ...storage, name: 'test', set: () => new Promise(() => {}) };
    const journal = mapJournal();
    const first = writeBehind(neverFinishing, journal).behind;
    const loaded = (await storage.get('doc')) as Record<string, unknown>;
    expect(first.recover(loaded)).toBeUndefined();
    const { note: _note, ...withoutNote } = loaded;
    first.change({ ...withoutNote, name: 'Plan B' });
    first.journalPending();
    expect(JSON.parse(journal.items.get('wayfinder-unsaved:test:doc')!)).toEqual({ set: { name: 'Plan B' }, remove: ['note'] });

    const second = writeBehind({ ...storage, name: 'test' }, journal);
    const recovered = second.behind.recover(loaded);
    expect(recovered).toEqual({ name: 'Plan B', rows: [1, 2, 3] });
    second.behind.change(recovered);
    await second.behind.flush();
    expect(await storage.get('doc')).toEqual({ name: 'Plan B', rows: [1, 2, 3] });
    expect(journal.items.size).toBe(0);
  });

  it('has no journal for an adapter without a name, and refuses to write what its check refuses', async () => {
    const journal = mapJournal();
    const storage = createMemoryStorage();
    const { behind, events } = writeBehind(storage, journal, (value) => (value === '' ? new Error('empty') : null));
    behind.change('');
    behind.journalPending();
    await behind.flush();
    expect(journal.items.size).toBe(0);
    expect(events).toEqual(['error: empty', 'error: empty']);
    expect(await storage.get('doc')).toBeUndefined();
  });
});
