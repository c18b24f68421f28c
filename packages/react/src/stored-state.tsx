import type { Result } from '@wayfinder/core/errors';
import type { EditJournal, StorageAdapter } from '@wayfinder/core/storage';
import { storedTextOf, WriteBehind } from '@wayfinder/core/storage';
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
  /**
   * Checks a value before it is written (its document's rules): a value it refuses is not written
   * and is reported as `error`, so what is stored always reads back. Runs once per write, not per change.
   */
  check?: (value: T) => Error | null;
  /** Quiet time after the last change before the value is written (default 400 ms): a large document is not re-saved on every keystroke. */
  writeDelayMs?: number;
}

export type StoredStateStatus = 'loading' | 'ready' | 'unreadable';

export interface StoredStateMeta<T> {
  status: StoredStateStatus;
  /** Ready: the last save failure or refused change (the value stays in memory, nothing typed is lost). Unreadable: why the stored value could not be read. */
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

type Update<T> = T | ((previous: T) => T);
const applyUpdate = <T,>(value: T, update: Update<T>): T => (typeof update === 'function' ? (update as (previous: T) => T)(value) : update);

interface Loaded {
  status: StoredStateStatus;
  error: Error | null;
  rawText: string | null;
  recovered: boolean;
}

const loading = (adapter: StorageAdapter | null): Loaded => ({ status: adapter ? 'loading' : 'ready', error: null, rawText: null, recovered: false });

/**
 * State that outlives a reload. Loading is never saving: what the store holds is read (and checked
 * by `read`) before anything is written, and a value that cannot be read — a failed read, text that
 * is not JSON, a value `read` refuses — is kept as stored until the user decides. Changes made
 * while the value loads are kept and applied to it once it is read (a whole new value wins over
 * it). Changes are written after a quiet moment, one write at a time; edits the page had no time
 * to write before it closed are kept in the page's journal and brought back on the next visit.
 */
export function useStoredState<T>(key: string, initial: T, options: StoredStateOptions<T> = {}) {
  const fromContext = useContext(StorageContext);
  const adapter = options.storage ?? fromContext;
  const readRef = useRef(options.read);
  readRef.current = options.read;
  const checkRef = useRef(options.check);
  checkRef.current = options.check;
  const delayMs = options.writeDelayMs ?? 400;
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const [value, setLocal] = useState<T>(initial);
  const [loaded, setLoaded] = useState<Loaded>(() => loading(adapter));
  const [attempt, setAttempt] = useState(0);
  const valueRef = useRef(value);
  const statusRef = useRef(loaded.status);
  /** Changes made while the value loads, applied to it once it is read. */
  const queued = useRef<Update<T>[]>([]);
  const writer = useRef<WriteBehind | null>(null);

  // Another key or store is another value: start from `initial` and load it, never carrying the last one over.
  const [source, setSource] = useState({ key, adapter });
  if (source.key !== key || source.adapter !== adapter) {
    setSource({ key, adapter });
    setLocal(initial);
    setLoaded(loading(adapter));
    valueRef.current = initial;
    statusRef.current = adapter ? 'loading' : 'ready';
    queued.current = [];
  }

  useEffect(() => {
    if (!adapter) return;
    let live = true;
    const behind = new WriteBehind({
      adapter,
      key,
      delayMs,
      journal: pageJournal(),
      check: (candidate) => checkRef.current?.(candidate as T) ?? null,
      onSaved: () => live && setLoaded((current) => (current.error ? { ...current, error: null } : current)),
      onError: (error) => live && setLoaded((current) => ({ ...current, error })),
    });
    writer.current = behind;
    statusRef.current = 'loading';
    setLoaded(loading(adapter));
    const check = (stored: unknown): Result<T> => readRef.current?.(stored) ?? { ok: true, value: stored as T };
    const unreadable = async (error: Error, stored: unknown) => {
      const rawText = await storedTextOf(adapter, key, error, stored);
      if (!live) return;
      statusRef.current = 'unreadable';
      setLoaded({ status: 'unreadable', error, rawText, recovered: false });
    };
    const load = async () => {
      let stored: unknown;
      try {
        stored = await adapter.get<unknown>(key);
      } catch (error) {
        return unreadable(asError(error), undefined);
      }
      if (!live) return;
      try {
        const own = stored === undefined ? null : check(stored);
        if (own && !own.ok) return unreadable(own.error, stored);
        // An edit a closed page left unsaved goes on top of what is stored, if both read.
        const edited = behind.recover(stored);
        const withEdit = edited === undefined ? null : check(edited);
        if (withEdit && !withEdit.ok) behind.dropJournal();
        const recovered = withEdit?.ok === true;
        const checked = recovered ? withEdit : own;
        const changes = queued.current.splice(0);
        const next = changes.reduce<T>(applyUpdate, checked ? checked.value : initialRef.current);
        valueRef.current = next;
        statusRef.current = 'ready';
        setLocal(next);
        setLoaded({ status: 'ready', error: null, rawText: null, recovered });
        if (recovered || changes.length > 0) behind.change(next);
      } catch (error) {
        // A value its checks cannot even walk (nested past the stack, say) is unreadable too.
        return unreadable(asError(error), stored);
      }
    };
    void load();
    // An IndexedDB write started as the page goes away is not finished: the journal is synchronous.
    const hidden = () => document.visibilityState === 'hidden' && behind.journalPending();
    const leaving = () => behind.journalPending();
    globalThis.addEventListener?.('pagehide', leaving);
    globalThis.document?.addEventListener('visibilitychange', hidden);
    return () => {
      live = false;
      globalThis.removeEventListener?.('pagehide', leaving);
      globalThis.document?.removeEventListener('visibilitychange', hidden);
      // Leaving the page within the app can be followed by closing the tab before the write ends.
      behind.journalPending();
    };
  }, [adapter, key, delayMs, attempt]);

  const setValue = useCallback((next: Update<T>) => {
    const resolved = applyUpdate(valueRef.current, next);
    valueRef.current = resolved;
    setLocal(resolved);
    if (statusRef.current === 'ready') writer.current?.change(resolved);
    else if (statusRef.current === 'loading') queued.current.push(next);
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
