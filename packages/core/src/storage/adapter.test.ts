import { describe, expect, it } from 'vitest';
import type { StorageAdapter } from './index';
import { createLocalStorage, createMemoryStorage, StorageError } from './index';

class MapStorage implements Storage {
  private readonly map = new Map<string, string>();
  quotaBytes = Infinity;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quotaBytes) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

const adapters: Array<[string, () => StorageAdapter]> = [
  ['memory', () => createMemoryStorage()],
  ['localStorage', () => createLocalStorage('test', new MapStorage())],
];

describe.each(adapters)('%s adapter', (_name, make) => {
  it('stores, lists by prefix and removes', async () => {
    const storage = make();
    await storage.set('draft:trip', { destination: '80% of 29,284 students' });
    await storage.set('draft:log', ['a']);
    await storage.set('settings', { locale: 'es' });
    expect(await storage.get('draft:trip')).toEqual({ destination: '80% of 29,284 students' });
    expect((await storage.keys('draft:')).sort()).toEqual(['draft:log', 'draft:trip']);
    await storage.remove('draft:log');
    expect(await storage.get('draft:log')).toBeUndefined();
  });

  it('hands out copies, never the stored object', async () => {
    const storage = make();
    const value = { items: [1] };
    await storage.set('k', value);
    value.items.push(2);
    const read = await storage.get<{ items: number[] }>('k');
    read!.items.push(3);
    expect(await storage.get('k')).toEqual({ items: [1] });
  });

  it('refuses values that are not JSON data with a typed error', async () => {
    const storage = make();
    await expect(storage.set('fn', () => 1)).rejects.toBeInstanceOf(StorageError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(storage.set('cyclic', cyclic)).rejects.toThrow(/Could not write "cyclic"/);
  });
});

describe('createLocalStorage', () => {
  it('keeps namespaces apart and reports a full quota as a StorageError', async () => {
    const backing = new MapStorage();
    const a = createLocalStorage('a', backing);
    const b = createLocalStorage('b', backing);
    await a.set('x', 1);
    expect(await b.get('x')).toBeUndefined();
    expect(await b.keys()).toEqual([]);
    backing.quotaBytes = 4;
    await expect(a.set('big', 'more than four')).rejects.toBeInstanceOf(StorageError);
    expect(await a.get('x')).toBe(1);
  });

  it('says where a stored text stops being JSON, with a key to say it in any language', () => {
    expect(new StorageError('get', 'journey', new SyntaxError('x'), '{"a": 1,\n "b": }')).toMatchObject({ code: 'storage/not-json', said: { key: 'issue.storedNotJsonAt', values: { key: 'journey', line: 2, column: 7 } } });
    expect(new StorageError('get', 'journey', new SyntaxError('x'), '{"a": ')).toMatchObject({ said: { key: 'issue.storedNotJsonEnd' } });
    expect(new StorageError('get', 'journey', new SyntaxError('x'), '  ')).toMatchObject({ said: { key: 'issue.storedEmpty' } });
    expect(new StorageError('get', 'journey', new TypeError('a stored number'), '42')).toMatchObject({ said: { key: 'issue.storedNotText' } });
    expect(new StorageError('set', 'journey', new Error('QuotaExceededError'))).toMatchObject({ code: 'storage/failed', message: 'Could not write "journey" in storage: QuotaExceededError', said: { key: 'issue.storageFailed' } });
  });
});
