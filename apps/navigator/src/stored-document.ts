import type { Result } from '@wayfinder/core/errors';
import { useStoredState } from '@wayfinder/react/stored-state';
import { useEffect, useState } from 'react';

/** Why a document would not read back as it is, or null. */
function readBack<T>(read: (text: string) => Result<T>, value: T): Error | null {
  const result = read(JSON.stringify(value));
  return result.ok ? null : result.error;
}

export type StoredDocument<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; set: (next: T | ((previous: T) => T)) => void; saveError: Error | null; recovered: boolean }
  /** What is stored could not be read: it is kept as it is (never overwritten) until the user decides. */
  | { status: 'unreadable'; error: Error; rawText: string | null; retry: () => void; startOver: () => void };

/**
 * A document (journey, analysis, coding, matrix) kept in the app's storage. What comes back from
 * storage goes through the file reader of its kind, so a damaged copy is reported rather than
 * replaced, and (with `checkWrites`) what is written goes through it first, so the stored copy
 * always reads back. A new user's document is saved as soon as it exists, so that what refers to
 * it (drafts keyed by its id) survives a reload.
 */
export function useStoredDocument<T>(key: string, create: () => T, read: (text: string) => Result<T>, checkWrites = true): StoredDocument<T> {
  const [fresh] = useState(create);
  const [stored, setStored, meta] = useStoredState<T | null>(key, null, {
    read: (value) => read(JSON.stringify(value)),
    ...(checkWrites ? { check: (value: T | null) => (value === null ? null : readBack(read, value)) } : {}),
  });
  const empty = meta.status === 'ready' && stored === null;
  useEffect(() => {
    if (empty) setStored(fresh);
  }, [empty, fresh, setStored]);
  if (meta.status === 'loading') return { status: 'loading' };
  if (meta.status === 'unreadable') return { status: 'unreadable', error: meta.error!, rawText: meta.rawText, retry: meta.retry, startOver: () => meta.replace(fresh) };
  return {
    status: 'ready',
    value: stored ?? fresh,
    set: (next) => setStored((previous) => (typeof next === 'function' ? (next as (previous: T) => T)(previous ?? fresh) : next)),
    saveError: meta.error,
    recovered: meta.recovered,
  };
}
