import { createStore, del, get, keys, set } from 'idb-keyval';
import type { StorageAdapter } from './adapter';
import { StorageError, toStoredJson } from './adapter';

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
    async get(key) {
      const json = await attempt('get', key, () => get<string>(key, store));
      return json === undefined ? undefined : JSON.parse(json);
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
