import type { StorageAdapter } from '@wayfinder/core/storage';
import { createMemoryStorage } from '@wayfinder/core/storage';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { StorageProvider, useStoredState } from './stored-state';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

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
    const { result } = renderHook(() => useStoredState('draft', '', slow));
    act(() => result.current[1]('new text'));
    gate.resolve(undefined);
    await waitFor(() => expect(result.current[2].status).toBe('ready'));
    expect(result.current[0]).toBe('new text');
    expect(await inner.get('draft')).toBe('new text');
  });

  it('reports a failing save but keeps the value in memory', async () => {
    const failing: StorageAdapter = { ...createMemoryStorage(), set: async () => Promise.reject(new Error('disk full')) };
    const { result } = renderHook(() => useStoredState('draft', '', failing));
    await waitFor(() => expect(result.current[2].status).toBe('ready'));
    act(() => result.current[1]('important words'));
    await waitFor(() => expect(result.current[2].status).toBe('error'));
    expect(result.current[2].error?.message).toBe('disk full');
    expect(result.current[0]).toBe('important words');
  });
});
