import type { StorageAdapter } from '@wayfinder/core/storage';
import { createMemoryStorage, StorageError } from '@wayfinder/core/storage';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageProvider, useStoredState } from './stored-state';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A named store over a shared map (so a "reload" sees what was written), counting writes. */
function namedStore(shared: Map<string, string>, { neverFinish = false } = {}) {
  const writes: unknown[] = [];
  const adapter: StorageAdapter = {
    name: 'test-store',
    get: async (key) => (shared.has(key) ? JSON.parse(shared.get(key)!) : undefined),
    set: (key, value) => {
      writes.push(value);
      if (neverFinish) return new Promise(() => {});
      shared.set(key, JSON.stringify(value));
      return Promise.resolve();
    },
    remove: async (key) => void shared.delete(key),
    keys: async () => [...shared.keys()],
  };
  return { adapter, writes };
}

const readText = (stored: unknown) => (typeof stored === 'string' ? { ok: true as const, value: stored } : { ok: false as const, error: new StorageError('get', 'draft', new TypeError('not a text')) });

afterEach(() => localStorage.clear());

describe('useStoredState', () => {
  it('loads the stored value and writes every change back', async () => {
    const storage = createMemoryStorage({ settings: { locale: 'es' } });
    const wrapper = ({ children }: { children: ReactNode }) => <StorageProvider storage={storage}>{children}</StorageProvider>;
    const { result } = renderHook(() => useStoredState('settings', { locale: 'en' }), { wrapper });
    expect(result.current[2].status).toBe('loading');
    await waitFor(() => expect(result.current[0]).toEqual({ locale: 'es' }));
    act(() => result.current[1]({ locale: 'fr' }));
    await waitFor(async () => expect(await storage.get('settings')).toEqual({ locale: 'fr' }));
  });

  it('keeps a change typed while the stored value is still loading', async () => {
    const gate = deferred<unknown>();
    const inner = createMemoryStorage({ draft: 'old text' });
    const slow: StorageAdapter = { ...inner, get: async (key) => (await gate.promise, inner.get(key)) };
    const { result } = renderHook(() => useStoredState('draft', '', { storage: slow }));
    act(() => result.current[1]('new text'));
    gate.resolve(undefined);
    await waitFor(() => expect(result.current[2].status).toBe('ready'));
    expect(result.current[0]).toBe('new text');
    await waitFor(async () => expect(await inner.get('draft')).toBe('new text'));
  });

  it('reports a failing save but keeps the value in memory', async () => {
    const failing: StorageAdapter = { ...createMemoryStorage(), set: async () => Promise.reject(new Error('disk full')) };
    const { result } = renderHook(() => useStoredState('draft', '', { storage: failing }));
    await waitFor(() => expect(result.current[2].status).toBe('ready'));
    act(() => result.current[1]('important words'));
    await waitFor(() => expect(result.current[2].error?.message).toBe('disk full'));
    expect(result.current[2].status).toBe('ready');
    expect(result.current[0]).toBe('important words');
  });

  it('writes once after a burst of changes, with the last one', async () => {
    const { adapter, writes } = namedStore(new Map());
    const { result } = renderHook(() => useStoredState('draft', '', { storage: adapter }));
    await waitFor(() => expect(result.current[2].status).toBe('ready'));
    for (const text of ['a', 'ab', 'abc', 'abcd', 'abcde']) act(() => result.current[1](text));
    await waitFor(() => expect(writes).toEqual(['abcde']));
  });

  it('never writes over a value it could not read: a failed read, text that is not JSON, or a value `read` refuses', async () => {
    const stores: Array<[string, StorageAdapter, string | null]> = [
      ['failed read', { ...createMemoryStorage(), get: async () => Promise.reject(new StorageError('get', 'draft', new Error('the database is closing'))) }, null],
      ['not JSON', { ...createMemoryStorage(), get: async () => Promise.reject(new StorageError('get', 'draft', new SyntaxError('Unexpected token'), '{"half a')) }, '{"half a'],
      ['refused', createMemoryStorage({ draft: { not: 'a text' } }), '{"not":"a text"}'],
    ];
    for (const [, storage, rawText] of stores) {
      const set = vi.spyOn(storage, 'set');
      const { result, unmount } = renderHook(() => useStoredState('draft', '', { storage, read: readText, writeDelayMs: 0 }));
      await waitFor(() => expect(result.current[2].status).toBe('unreadable'));
      expect(result.current[2].rawText).toBe(rawText);
      expect(result.current[2].error).toBeInstanceOf(Error);
      act(() => result.current[1]('typed over it'));
      unmount();
      // Whatever the unmount started has run once the pending promise callbacks have.
      await act(async () => {});
      expect(set).not.toHaveBeenCalled();
    }
  });

  it('keeps a value its checks cannot even walk as unreadable, offering the stored text exactly', async () => {
    const text = `{"notes": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const storage: StorageAdapter = { ...createMemoryStorage(), get: async () => JSON.parse(text), getText: async () => text };
    // A reader that writes the value out first, as the app's readers of files do.
    const read = (value: unknown) => ({ ok: true as const, value: JSON.stringify(value) });
    const { result } = renderHook(() => useStoredState('doc', '', { storage, read }));
    await waitFor(() => expect(result.current[2].status).toBe('unreadable'));
    expect(result.current[2].error?.message).toMatch(/call stack/);
    expect(result.current[2].rawText).toBe(text);
  });

  it('never brings a journalled edit back over a stored value it cannot read', async () => {
    const shared = new Map([['doc', JSON.stringify({ precious: true })]]);
    localStorage.setItem('wayfinder-unsaved:test-store:doc', JSON.stringify({ whole: 'a valid text' }));
    const { adapter, writes } = namedStore(shared);
    const { result, unmount } = renderHook(() => useStoredState('doc', '', { storage: adapter, read: readText }));
    await waitFor(() => expect(result.current[2].status).toBe('unreadable'));
    unmount();
    await act(async () => {});
    expect(writes).toEqual([]);
    expect(shared.get('doc')).toBe(JSON.stringify({ precious: true }));
  });

  it('reads again on retry, and writes only once the user chooses to start over', async () => {
    let fail = true;
    const inner = createMemoryStorage({ draft: 'kept' });
    const flaky: StorageAdapter = { ...inner, get: async (key) => (fail ? Promise.reject(new Error('busy')) : inner.get(key)) };
    const { result } = renderHook(() => useStoredState('draft', '', { storage: flaky }));
    await waitFor(() => expect(result.current[2].status).toBe('unreadable'));
    fail = false;
    act(() => result.current[2].retry());
    await waitFor(() => expect(result.current[0]).toBe('kept'));
    fail = true;
    act(() => result.current[2].retry());
    await waitFor(() => expect(result.current[2].status).toBe('unreadable'));
    act(() => result.current[2].replace('a fresh start'));
    expect(result.current[2].status).toBe('ready');
    await waitFor(async () => expect(await inner.get('draft')).toBe('a fresh start'));
  });

  it('applies a change made while loading to the value it loads, instead of writing it over that value', async () => {
    const gate = deferred<void>();
    const inner = createMemoryStorage({ doc: { name: 'Plan', rows: [1, 2, 3] } });
    const slow: StorageAdapter = { ...inner, get: async (key) => (await gate.promise, inner.get(key)) };
    const { result } = renderHook(() => useStoredState('doc', { name: '', rows: [] as number[] }, { storage: slow }));
    act(() => result.current[1]((doc) => ({ ...doc, name: 'Plan B' })));
    gate.resolve();
    await waitFor(() => expect(result.current[0]).toEqual({ name: 'Plan B', rows: [1, 2, 3] }));
    await waitFor(async () => expect(await inner.get('doc')).toEqual({ name: 'Plan B', rows: [1, 2, 3] }));
  });

  it('starts from the initial value under a new key, never carrying the last key’s value over', async () => {
    const storage = createMemoryStorage({ a: 'A doc' });
    const { result, rerender } = renderHook(({ key }) => useStoredState(key, 'blank', { storage }), { initialProps: { key: 'a' } });
    await waitFor(() => expect(result.current[0]).toBe('A doc'));
    rerender({ key: 'b' });
    expect(result.current[0]).toBe('blank');
    await waitFor(() => expect(result.current[2].status).toBe('ready'));
    expect(result.current[0]).toBe('blank');
    expect(await storage.get('b')).toBeUndefined();
  });

  it('does not write a value its document’s rules refuse, says why, and writes the next good one', async () => {
    const storage = createMemoryStorage({ name: 'Harbor' });
    const check = (value: string) => (value.trim() === '' ? new Error('a name may not be empty') : null);
    const { result } = renderHook(() => useStoredState<string>('name', '', { storage, check, writeDelayMs: 0 }));
    await waitFor(() => expect(result.current[0]).toBe('Harbor'));
    act(() => result.current[1]('  '));
    await waitFor(() => expect(result.current[2].error?.message).toBe('a name may not be empty'));
    expect(await storage.get('name')).toBe('Harbor');
    act(() => result.current[1]('Harbor Bay'));
    await waitFor(async () => expect(await storage.get('name')).toBe('Harbor Bay'));
    await waitFor(() => expect(result.current[2].error).toBeNull());
  });

  it('keeps an edit the page had no time to write in the journal, and brings it back on the next visit', async () => {
    const shared = new Map([['doc', JSON.stringify({ name: 'Plan', rows: [1, 2, 3] })]]);
    const first = namedStore(shared, { neverFinish: true });
    const page = renderHook(() => useStoredState('doc', { name: '', rows: [] as number[] }, { storage: first.adapter }));
    await waitFor(() => expect(page.result.current[0].name).toBe('Plan'));
    act(() => page.result.current[1]((doc) => ({ ...doc, name: 'Plan B' })));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    // Only what changed is journalled: the name, not the rows.
    expect(JSON.parse(localStorage.getItem('wayfinder-unsaved:test-store:doc')!)).toEqual({ set: { name: 'Plan B' }, remove: [] });
    page.unmount();
    expect(JSON.parse(shared.get('doc')!).name).toBe('Plan');

    const second = namedStore(shared);
    const next = renderHook(() => useStoredState('doc', { name: '', rows: [] as number[] }, { storage: second.adapter }));
    await waitFor(() => expect(next.result.current[0]).toEqual({ name: 'Plan B', rows: [1, 2, 3] }));
    expect(next.result.current[2].recovered).toBe(true);
    await waitFor(() => expect(JSON.parse(shared.get('doc')!).name).toBe('Plan B'));
    expect(localStorage.getItem('wayfinder-unsaved:test-store:doc')).toBeNull();
  });
});
