import type { Result, WayfinderError } from '@wayfinder/core/errors';
import { useStoredState } from '@wayfinder/react/stored-state';
import { useEffect, useMemo, useRef, useState } from 'react';

export type StoredDocument<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; set: (next: T | ((previous: T) => T)) => void; saveError: Error | null }
  /** What is stored could not be read: it is kept as it is (never overwritten) until the user decides. */
  | { status: 'unreadable'; error: WayfinderError; raw: unknown; startOver: () => void };

/**
 * A document (journey, analysis, coding, matrix) kept in the app's storage and saved on every
 * change. What comes back from storage is validated with the file reader of its kind, so a damaged
 * copy is reported rather than silently replaced; what the app wrote itself is not read again.
 */
export function useStoredDocument<T>(key: string, create: () => T, read: (text: string) => Result<T>): StoredDocument<T> {
  const [stored, setStored, meta] = useStoredState<unknown>(key, null);
  const [fresh] = useState(create);
  const written = useRef<unknown>(null);
  const parsed = useMemo((): Result<T> => (stored === null ? { ok: true, value: fresh } : stored === written.current ? { ok: true, value: stored as T } : read(JSON.stringify(stored))), [stored, read, fresh]);
  // A new document is written at once, so that what refers to it (drafts keyed by its id) survives a reload.
  useEffect(() => {
    if (meta.status === 'ready' && stored === null) {
      written.current = fresh;
      setStored(fresh);
    }
  }, [meta.status, stored, fresh, setStored]);
  const latest = useRef<T>(fresh);
  if (parsed.ok) latest.current = parsed.value;
  if (meta.status === 'loading') return { status: 'loading' };
  const write = (value: T) => {
    written.current = value;
    latest.current = value;
    return value;
  };
  if (!parsed.ok) return { status: 'unreadable', error: parsed.error, raw: stored, startOver: () => setStored(write(fresh)) };
  return {
    status: 'ready',
    value: parsed.value,
    // Updates apply to the latest valid value, which may already hold an earlier update of this event.
    set: (next) => setStored(write(typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next)),
    saveError: meta.error,
  };
}
