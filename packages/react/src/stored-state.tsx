import type { Result } from '@wayfinder/core/errors';
import type { EditJournal, StorageAdapter } from '@wayfinder/core/storage';
import { StorageError, WriteBehind } from '@wayfinder/core/storage';
import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

const StorageContext = createContext<StorageAdapter | null>(null);

/** The adapter every Wayfinder widget below saves into: the kit's default or the host's own backend. */
export function StorageProvider({ storage, children }: { storage: StorageAdapter; children?: ReactNode }) {
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

export function useStorage(): StorageAdapter | null {
  return useContext(StorageContext);
}

export interface StoredStateOptions<T> {
  /** Where the value lives: this adapter, else the provider's. Without either the state is in memory only. */
  storage?: StorageAdapter | null;
  /** Checks what the store holds. A value it refuses is unreadable: kept as stored, never written over until `replace`. */
  read?: (stored: unknown) => Result<T>;
  /** Quiet time after the last change before the value is written (default 400 ms): a large document is not re-saved on every keystroke. */
  writeDelayMs?: number;
}

export type StoredStateStatus = 'loading' | 'ready' | 'unreadable';

export interface StoredStateMeta<T> {
  status: StoredStateStatus;
  /** Ready: the last save failure (the value stays in memory, nothing typed is lost). Unreadable: why the stored value could not be read. */
  error: Error | null;
  /** Unreadable: what the store holds, as text, for the user to keep; null when the store could not be read at all. */
  rawText: string | null;
  /** Ready: edits a closed page had not finished saving were brought back. */
  recovered: boolean;
  /** Unreadable: read the store again (after a passing failure). */
  retry: () => void;
  /** Unreadable: write `value` over what is stored, because the user chose to start over. */
  replace: (value: T) => void;
}

/** The page's localStorage as the journal of unsaved edits, where there is one and it may be used. */
function pageJournal(): EditJournal | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

interface Loaded<T> {
  status: StoredStateStatus;
  error: Error | null;
  rawText: string | null;
  recovered: boolean;
}

/**
 * State that outlives a reload. Loading is never saving: what the store holds is read (and checked
 * by `read`) before anything is written, and a value that cannot be read — a failed read, text that
 * is not JSON, a value `read` refuses — is kept as stored until the user decides. Changes are
 * written after a quiet moment, one write at a time; edits the page had no time to write before
 * it closed are kept in the page's journal and brought back on the next visit. An edit made while
 * the value is still loading wins over the stored value.
 */
export function useStoredState<T>(key: string, initial: T, options: StoredStateOptions<T> = {}) {
  const fromContext = useContext(StorageContext);
  const adapter = options.storage ?? fromContext;
  const readRef = useRef(options.read);
  readRef.current = options.read;
  const delayMs = options.writeDelayMs ?? 400;
  const [value, setLocal] = useState<T>(initial);
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: adapter ? 'loading' : 'ready', error: null, rawText: null, recovered: false });
  const [attempt, setAttempt] = useState(0);
  const valueRef = useRef(value);
  valueRef.current = value;
  const statusRef = useRef(loaded.status);
  statusRef.current = loaded.status;
  const touched = useRef(false);
  const writer = useRef<WriteBehind | null>(null);

  useEffect(() => {
    if (!adapter) return;
    let live = true;
    const behind = new WriteBehind({
      adapter,
      key,
      delayMs,
      journal: pageJournal(),
      onSaved: () => live && setLoaded((current) => (current.error ? { ...current, error: null } : current)),
      onError: (error) => live && setLoaded((current) => ({ ...current, error })),
    });
    writer.current = behind;
    touched.current = false;
    statusRef.current = 'loading';
    setLoaded({ status: 'loading', error: null, rawText: null, recovered: false });
    const check = (stored: unknown): Result<T> => readRef.current?.(stored) ?? { ok: true, value: stored as T };
    adapter.get<unknown>(key).then(
      (stored) => {
        if (!live) return;
        // An edit a closed page left unsaved goes on top of what is stored, if the result still reads.
        const edited = behind.recover(stored);
        const withEdit = edited === undefined ? null : check(edited);
        if (withEdit && !withEdit.ok) behind.dropJournal();
        const recovered = withEdit?.ok === true;
        const checked = recovered ? withEdit : stored === undefined ? null : check(stored);
        if (checked && !checked.ok) {
          statusRef.current = 'unreadable';
          setLoaded({ status: 'unreadable', error: checked.error, rawText: JSON.stringify(stored, null, 2), recovered: false });
          return;
        }
        statusRef.current = 'ready';
        setLoaded({ status: 'ready', error: null, rawText: null, recovered });
        if (touched.current) behind.change(valueRef.current);
        else if (checked) {
          setLocal(checked.value);
          if (recovered) behind.change(checked.value);
        }
      },
      (error: unknown) => {
        if (!live) return;
        statusRef.current = 'unreadable';
        setLoaded({ status: 'unreadable', error: asError(error), rawText: error instanceof StorageError ? (error.raw ?? null) : null, recovered: false });
      },
    );
    // An IndexedDB write started as the page goes away is not finished: the journal is synchronous.
    const hidden = () => document.visibilityState === 'hidden' && behind.journalPending();
    const leaving = () => behind.journalPending();
    globalThis.addEventListener?.('pagehide', leaving);
    globalThis.document?.addEventListener('visibilitychange', hidden);
    return () => {
      live = false;
      globalThis.removeEventListener?.('pagehide', leaving);
      globalThis.document?.removeEventListener('visibilitychange', hidden);
      void behind.flush();
      behind.dispose();
    };
  }, [adapter, key, delayMs, attempt]);

  const setValue = useCallback((next: T | ((previous: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
    valueRef.current = resolved;
    setLocal(resolved);
    if (statusRef.current === 'ready') writer.current?.change(resolved);
    else if (statusRef.current === 'loading') touched.current = true;
  }, []);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const replace = useCallback((next: T) => {
    valueRef.current = next;
    setLocal(next);
    statusRef.current = 'ready';
    setLoaded({ status: 'ready', error: null, rawText: null, recovered: false });
    writer.current?.change(next);
    void writer.current?.flush();
  }, []);

  const meta = useMemo<StoredStateMeta<T>>(() => ({ ...loaded, retry, replace }), [loaded, retry, replace]);
  return [value, setValue, meta] as const;
}
