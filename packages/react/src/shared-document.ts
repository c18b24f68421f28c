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
  /** The document's last valid value; undefined until the Y.Doc holds one. */
  value: T | undefined;
  /** Why the document as it stands cannot be read (a change from elsewhere broke it); `value` stays the last valid one. */
  error: Error | null;
  /** Writes `next` into the shared document, changing only what differs: an edit of this user's. */
  change: (next: T) => void;
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

/**
 * One user's view of a shared document: its checked value, kept up to date while attached, and
 * undo limited to this user's own edits.
 */
class SharedDocumentStore<T> {
  readonly origin = {};
  readonly map: Y.Map<unknown>;
  private undoManager: Y.UndoManager | null = null;
  private snapshot: Snapshot<T>;
  private readonly listeners = new Set<() => void>();

  constructor(
    doc: Y.Doc,
    private readonly binding: SharedBinding<T>,
  ) {
    this.map = doc.getMap(binding.root);
    this.snapshot = this.read(undefined);
  }

  /** Starts following the document; the returned function stops (an effect's set-up and clean-up). */
  attach(): () => void {
    const undoManager = new Y.UndoManager(this.map, { trackedOrigins: new Set([this.origin]) });
    this.undoManager = undoManager;
    this.map.observeDeep(this.refresh);
    undoManager.on('stack-item-added', this.refresh);
    undoManager.on('stack-item-popped', this.refresh);
    this.refresh();
    return () => {
      this.map.unobserveDeep(this.refresh);
      undoManager.destroy();
      if (this.undoManager === undoManager) this.undoManager = null;
    };
  }

  private read(last: T | undefined): Snapshot<T> {
    const json = readJson(this.map);
    const checked = Object.keys(json).length === 0 ? undefined : this.binding.check(json);
    return {
      value: checked?.ok ? checked.value : last,
      error: checked && !checked.ok ? checked.error : null,
      canUndo: this.undoManager?.canUndo() ?? false,
      canRedo: this.undoManager?.canRedo() ?? false,
    };
  }

  private readonly refresh = () => {
    this.snapshot = this.read(this.snapshot.value);
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = () => this.snapshot;

  readonly change = (next: T) => writeJson(this.map, next as Parameters<typeof writeJson>[1], this.binding.shape, this.origin);

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
  const store = useMemo(() => new SharedDocumentStore(doc, binding), [doc, binding]);
  useEffect(() => store.attach(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, change: store.change, undo: store.undo, redo: store.redo };
}
