import type { Result } from '@wayfinder/core/errors';
import type { Shape } from '@wayfinder/core/shared';
import { readJson, writeJson } from '@wayfinder/core/shared';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/** Where a document lies in a Y.Doc and how its JSON is checked, as `@wayfinder/core/shared/journey` gives them for a journey. */
export interface SharedBinding<T> {
  /** The name of the Y.Map at the root of the Y.Doc. */
  root: string;
  shape: Shape;
  check: (json: unknown) => Result<T>;
}

export interface SharedDocumentState<T> {
  /** The document's last valid value; undefined while the Y.Doc holds none yet. */
  value: T | undefined;
  /** Why the document as it stands cannot be read (a change from elsewhere broke it); `value` stays the last valid one. */
  error: Error | null;
  /**
   * Writes `next` (or what `next` makes of the document as it is now) into the shared document,
   * changing only what differs: an edit of this user's. Returns false and writes nothing when
   * `next` fails the binding's check, or while the document is unreadable, so a value shown from
   * before can never undo others' work.
   */
  change: (next: T | ((current: T) => T)) => boolean;
  /** Writes `next` even while the document is unreadable: the user chose to set it right (a valid `next` only). */
  replace: (next: T) => boolean;
  /**
   * Writes `next` into a document that holds none yet, as nobody's edit: this user's undo never
   * takes it back (which would empty the document for everyone). False, writing nothing, when the
   * document already holds something or `next` fails the check.
   */
  fill: (next: T) => boolean;
  /** Undoes this user's last edit, never someone else's. */
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

interface Snapshot<T> {
  value: T | undefined;
  error: Error | null;
  canUndo: boolean;
  canRedo: boolean;
}

/** The origin of a document's first contents: tracked by no undo manager. */
const FILLED = { filled: true };

/**
 * One user's view of a shared document: its checked value, kept up to date while attached, and
 * undo limited to this user's own edits.
 */
class SharedDocumentStore<T> {
  readonly origin = {};
  readonly map: Y.Map<unknown>;
  /**
   * The binding the hook was last given (the root is fixed for the store's life); a new check
   * applies from the next change of the document or write on.
   */
  binding: SharedBinding<T>;
  private undoManager: Y.UndoManager | null = null;
  private snapshot: Snapshot<T>;
  private readonly listeners = new Set<() => void>();

  constructor(doc: Y.Doc, binding: SharedBinding<T>) {
    this.binding = binding;
    this.map = doc.getMap(binding.root);
    this.snapshot = { ...this.check(), canUndo: false, canRedo: false };
  }

  /** Starts following the document; the returned function stops (an effect's set-up and clean-up). */
  attach(): () => void {
    const undoManager = new Y.UndoManager(this.map, { trackedOrigins: new Set([this.origin]) });
    this.undoManager = undoManager;
    this.map.observeDeep(this.documentChanged);
    undoManager.on('stack-item-added', this.stacksChanged);
    undoManager.on('stack-item-popped', this.stacksChanged);
    this.documentChanged();
    return () => {
      this.map.unobserveDeep(this.documentChanged);
      undoManager.destroy();
      if (this.undoManager === undoManager) this.undoManager = null;
    };
  }

  /** The document as it is now: its value when it reads, else why not; nothing while it is empty. */
  private check(): { value: T | undefined; error: Error | null } {
    const json = readJson(this.map, this.binding.shape);
    if (Object.keys(json).length === 0) return { value: undefined, error: null };
    const checked = this.binding.check(json);
    return checked.ok ? { value: checked.value, error: null } : { value: undefined, error: checked.error };
  }

  private publish(next: Partial<Snapshot<T>>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  private readonly documentChanged = () => {
    const { value, error } = this.check();
    this.publish({ value: error ? this.snapshot.value : value, error, canUndo: this.undoManager?.canUndo() ?? false, canRedo: this.undoManager?.canRedo() ?? false });
  };

  private readonly stacksChanged = () => {
    this.publish({ canUndo: this.undoManager?.canUndo() ?? false, canRedo: this.undoManager?.canRedo() ?? false });
  };

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = () => this.snapshot;

  readonly change = (next: T | ((current: T) => T)): boolean => {
    const { value, error } = this.check();
    if (error) return false;
    const written = typeof next === 'function' ? (value === undefined ? undefined : (next as (current: T) => T)(value)) : next;
    return written !== undefined && this.write(written);
  };

  readonly replace = (next: T): boolean => this.write(next);

  readonly fill = (next: T): boolean => this.map.size === 0 && this.write(next, FILLED);

  /** Writes a value that passes the binding's check; refuses any other, so this user never breaks the document for everyone. */
  private write(next: T, origin: object = this.origin): boolean {
    if (!this.binding.check(next).ok) return false;
    writeJson(this.map, next as Parameters<typeof writeJson>[1], this.binding.shape, origin);
    return true;
  }

  readonly undo = () => {
    this.undoManager?.undo();
  };

  readonly redo = () => {
    this.undoManager?.redo();
  };
}

/**
 * A document shared through a Y.Doc (kept in step by whatever provider the host attached: IndexedDB,
 * a Hocuspocus server, its own), as a value a controlled widget can show and change. Changes from
 * elsewhere arrive as they are applied; a change that makes the document unreadable is reported as
 * `error` while the last valid value stays on screen.
 */
export function useSharedDocument<T>(doc: Y.Doc, binding: SharedBinding<T>): SharedDocumentState<T> {
  // One store per document and root, whatever the binding object's identity: undo history and
  // subscriptions outlive a binding written inline.
  const store = useMemo(() => new SharedDocumentStore(doc, binding), [doc, binding.root]);
  store.binding = binding;
  useEffect(() => store.attach(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, change: store.change, replace: store.replace, fill: store.fill, undo: store.undo, redo: store.redo };
}
