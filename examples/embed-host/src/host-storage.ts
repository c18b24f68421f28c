import type { StorageAdapter } from '@wayfinder/core/storage';

/**
 * The host's own backend, as a storage adapter: here a map standing in for its API. Four async
 * methods are the whole contract; the kit saves drafts and documents through them.
 */
export function createHostStorage(): StorageAdapter & { writes: string[] } {
  const data = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    async get(key) {
      const json = data.get(key);
      return json === undefined ? undefined : JSON.parse(json);
    },
    async set(key, value) {
      writes.push(key);
      data.set(key, JSON.stringify(value));
    },
    async remove(key) {
      data.delete(key);
    },
    async keys(prefix = '') {
      return [...data.keys()].filter((key) => key.startsWith(prefix));
    },
  };
}
