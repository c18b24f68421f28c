import { createStore, del, get, keys, set } from 'idb-keyval';
import type { StorageAdapter } from './adapter';
import { fromStoredJson, StorageError, toStoredJson } from './adapter';

/**
 * The embedded default for apps: IndexedDB holds far more than localStorage's ~5 MB and does not
 * block the main thread. Values are stored as JSON text so a read never hands out a live object.
 */
export function createIndexedDbStorage(databaseName = 'wayfinder', storeName = 'kv'): StorageAdapter {
  const store = createStore(databaseName, storeName);
  const attempt = async <T>(operation: 'get' | 'set' | 'remove' | 'keys', key: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new StorageError(operation, key, error);
    }
  };
  const getText = async (key: string) => {
    const stored = await attempt('get', key, () => get<unknown>(key, store));
    if (stored === undefined || typeof stored === 'string') return stored;
    // The kit stores JSON text; anything else under its key was put there by something else, and is offered as JSON where it can be.
    let text: string;
    try {
      text = JSON.stringify(stored) ?? String(stored);
    } catch {
      text = String(stored);
    }
    throw new StorageError('get', key, new TypeError(`a stored ${typeof stored}, not JSON text`), text);
  };
  return {
    name: `indexeddb:${databaseName}/${storeName}`,
    async get(key) {
      const json = await getText(key);
      return json === undefined ? undefined : (fromStoredJson(key, json) as never);
    },
    getText,
    async set(key, value) {
      const json = toStoredJson(key, value);
      await attempt('set', key, () => set(key, json, store));
    },
    async remove(key) {
      await attempt('remove', key, () => del(key, store));
    },
    async keys(prefix = '') {
      const all = await attempt('keys', prefix, () => keys<string>(store));
      return all.filter((key) => key.startsWith(prefix));
    },
  };
}
