export type { StorageAdapter } from './adapter';
export { createLocalStorage, createMemoryStorage, StorageError } from './adapter';
