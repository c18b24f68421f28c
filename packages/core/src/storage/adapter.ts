import type { Said } from '../errors';
import { WayfinderError } from '../errors';
import { whereJsonBreaks } from '../json-break';
import { sayerOf } from '../sayer';
import { storageIssueMessages } from './messages';

/**
 * Where Wayfinder keeps a team's work (drafts, journeys, analyses). The kit ships a memory,
 * a localStorage and an IndexedDB adapter; a host implements these four methods to use its own
 * backend. Values are plain JSON data; adapters return copies, never live references.
 */
export interface StorageAdapter {
  /**
   * Tells this store apart from others on the page (`indexeddb:wayfinder/kv`). An adapter with a
   * name lets widgets keep edits made just before the page closed in a synchronous journal until
   * they are written; one without a name (memory, a server) has no such journal.
   */
  readonly name?: string;
  /** The value under `key`; a stored text that is not JSON rejects with a `StorageError` carrying that text as `raw`. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * What is stored under `key`, exactly as stored, for a user to keep when it cannot be read: the
   * kit's adapters store JSON text and return it. An adapter without it has its values offered as JSON.
   */
  getText?(key: string): Promise<string | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Keys starting with `prefix` (all keys without one), in no particular order. */
  keys(prefix?: string): Promise<string[]>;
}

export class StorageError extends WayfinderError {
  override readonly name = 'StorageError';
  /** What the store holds under the key, as text, when it could be read but not understood. */
  readonly raw: string | undefined;
  constructor(operation: 'get' | 'set' | 'remove' | 'keys', key: string, cause: unknown, raw?: string) {
    const { message, said } = storageSaid(operation, key, cause, raw);
    super(raw === undefined ? 'storage/failed' : 'storage/not-json', message, [], said);
    this.cause = cause;
    this.raw = raw;
  }
}

const { say } = sayerOf(storageIssueMessages);

function storageSaid(operation: 'get' | 'set' | 'remove' | 'keys', key: string, cause: unknown, raw: string | undefined): { message: string; said: Said } {
  if (raw === undefined) return say('issue.storageFailed', { operation, key, reason: cause instanceof Error ? cause.message : String(cause) });
  // Text that JSON.parse refused, or a stored value that is not text at all.
  if (!(cause instanceof SyntaxError)) return say('issue.storedNotText', { key });
  const at = whereJsonBreaks(raw);
  return at === 'empty' ? say('issue.storedEmpty', { key }) : at === 'end' ? say('issue.storedNotJsonEnd', { key }) : say('issue.storedNotJsonAt', { key, ...at });
}

/** A stored JSON text as a value; text that is not JSON is kept on the error, so it can still be offered for download. */
export function fromStoredJson(key: string, json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new StorageError('get', key, error, json);
  }
}

/**
 * What is stored under `key`, for a user to keep when it cannot be read: the stored text exactly
 * where the error or the adapter has it, else the value as JSON, else null (nothing to offer).
 */
export async function storedTextOf(adapter: StorageAdapter, key: string, error: unknown, value: unknown): Promise<string | null> {
  if (error instanceof StorageError && error.raw !== undefined) return error.raw;
  if (value === undefined) return null;
  const exact = await adapter.getText?.(key).catch(() => undefined);
  if (exact !== undefined) return exact;
  try {
    return JSON.stringify(value, null, 2) ?? null;
  } catch {
    return null;
  }
}

/** JSON round-trip: the copy semantics every adapter promises, and a check that the value can be stored at all. */
export function toStoredJson(key: string, value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('the value is not JSON data');
    return json;
  } catch (error) {
    throw new StorageError('set', key, error);
  }
}

/** Keeps values in memory: for tests, server rendering, and hosts that persist elsewhere. */
export function createMemoryStorage(initial: Readonly<Record<string, unknown>> = {}): StorageAdapter {
  const store = new Map<string, string>(Object.entries(initial).map(([key, value]) => [key, toStoredJson(key, value)]));
  return {
    async get(key) {
      const json = store.get(key);
      return json === undefined ? undefined : (fromStoredJson(key, json) as never);
    },
    async getText(key) {
      return store.get(key);
    },
    async set(key, value) {
      store.set(key, toStoredJson(key, value));
    },
    async remove(key) {
      store.delete(key);
    },
    async keys(prefix = '') {
      return [...store.keys()].filter((key) => key.startsWith(prefix));
    },
  };
}

/** Window localStorage under a namespace, so several embedded kits on one origin never collide. */
export function createLocalStorage(namespace = 'wayfinder', storage: Storage = globalThis.localStorage): StorageAdapter {
  const prefix = `${namespace}:`;
  const getText = async (key: string) => {
    try {
      return storage.getItem(prefix + key) ?? undefined;
    } catch (error) {
      throw new StorageError('get', key, error);
    }
  };
  return {
    name: `localstorage:${namespace}`,
    async get(key) {
      const json = await getText(key);
      return json === undefined ? undefined : (fromStoredJson(key, json) as never);
    },
    getText,
    async set(key, value) {
      const json = toStoredJson(key, value);
      try {
        storage.setItem(prefix + key, json);
      } catch (error) {
        throw new StorageError('set', key, error);
      }
    },
    async remove(key) {
      storage.removeItem(prefix + key);
    },
    async keys(keyPrefix = '') {
      const found: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const full = storage.key(index);
        if (full?.startsWith(prefix + keyPrefix)) found.push(full.slice(prefix.length));
      }
      return found;
    },
  };
}
