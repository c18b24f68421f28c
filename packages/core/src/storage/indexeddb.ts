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
  return {
    name: `indexeddb:${databaseName}/${storeName}`,
    async get(key) {
      const json = await attempt('get', key, () => get<unknown>(key, store));
      if (json === undefined) return undefined;
      // The kit stores JSON text; anything else under its key was put there by something else.
      if (typeof json !== 'string') throw new StorageError('get', key, new TypeError(`a stored ${typeof json}, not JSON text`), String(json));
      return fromStoredJson(key, json) as never;
    },
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
