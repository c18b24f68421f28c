export type { StorageAdapter } from './adapter';
export { createLocalStorage, createMemoryStorage, fromStoredJson, StorageError, storedTextOf } from './adapter';
export type { EditJournal, WriteBehindOptions } from './write-behind';
export { WriteBehind } from './write-behind';
