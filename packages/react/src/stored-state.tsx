import type { StorageAdapter } from '@wayfinder/core/storage';
import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

const StorageContext = createContext<StorageAdapter | null>(null);

/** The adapter every Wayfinder widget below saves into: the kit's default or the host's own backend. */
export function StorageProvider({ storage, children }: { storage: StorageAdapter; children?: ReactNode }) {
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

export function useStorage(): StorageAdapter | null {
  return useContext(StorageContext);
}

export type StoredStateStatus = 'loading' | 'ready' | 'error';

export interface StoredStateMeta {
  status: StoredStateStatus;
  /** The last load or save failure. The value in memory is kept either way: nothing typed is lost. */
  error: Error | null;
}

/**
 * State that outlives a reload: read from storage on mount, written on every change. A change made
 * while the stored value is still loading wins over the stored value, so no keystroke is lost.
 */
export function useStoredState<T>(key: string, initial: T, storage: StorageAdapter | null = null) {
  const fromContext = useContext(StorageContext);
  const adapter = storage ?? fromContext;
  const [value, setLocal] = useState<T>(initial);
  const [meta, setMeta] = useState<StoredStateMeta>({ status: adapter ? 'loading' : 'ready', error: null });
  const touched = useRef(false);

  useEffect(() => {
    if (!adapter) return;
    let live = true;
    touched.current = false;
    setMeta({ status: 'loading', error: null });
    adapter.get<T>(key).then(
      (stored) => {
        if (!live) return;
        if (stored !== undefined && !touched.current) setLocal(stored);
        setMeta({ status: 'ready', error: null });
      },
      (error: unknown) => {
        if (live) setMeta({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, [adapter, key]);

  const valueRef = useRef(value);
  valueRef.current = value;

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      touched.current = true;
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
      valueRef.current = resolved;
      setLocal(resolved);
      adapter?.set(key, resolved).then(
        () => setMeta((current) => (current.status === 'error' ? { status: 'ready', error: null } : current)),
        (error: unknown) => setMeta({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
      );
    },
    [adapter, key],
  );

  return [value, setValue, meta] as const;
}
