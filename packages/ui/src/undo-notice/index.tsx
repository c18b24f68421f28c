import { useEffect, useId, useRef, useState } from 'react';

export interface UndoNoticeProps {
  /** What was removed, in the host's words ("Removed the factor “Complexity”."). */
  message: string;
  undoLabel: string;
  onUndo: () => void;
  className?: string;
}

/**
 * Said right after something was removed: what went, and a button that brings it back. Focus
 * moves to that button (described by the message, so it is heard), so it never drops to the page
 * and the keyboard user is one Enter from undoing. Give each removal its own `key` (the hook's
 * `removed.serial`): two removals with the same words are still two notices.
 */
export function UndoNotice({ message, undoLabel, onUndo, className }: UndoNoticeProps) {
  const undo = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  useEffect(() => undo.current?.focus(), []);
  return (
    <div className={className ? `wf-undo ${className}` : 'wf-undo'} role="status">
      <span className="wf-undo__message" id={messageId}>
        {message}
      </span>
      <button ref={undo} type="button" className="wf-button" aria-describedby={messageId} onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  );
}

export interface Removed<T> {
  item: T;
  index: number;
  /** Counts removals, so each gets a notice of its own. */
  serial: number;
}

/**
 * Removing an item of a list with a way back: `remove` takes it out and remembers where it stood,
 * `undo` puts it back there (the list may have changed since) and hands its id to `onRestored`,
 * so the caller can put focus on it again. Only the last removal can be undone.
 */
/**
 * `current` with removed items put back at the places they had (in the order of those places);
 * an item already back is left as it is. What changed since the removal stays changed.
 */
export function restoreItems<T extends { id: string }>(current: readonly T[], removed: readonly { item: T; index: number }[]): T[] {
  const next = [...current];
  for (const { item, index } of [...removed].sort((a, b) => a.index - b.index)) {
    if (!next.some((candidate) => candidate.id === item.id)) next.splice(index, 0, item);
  }
  return next;
}

export function useUndoableRemoval<T extends { id: string }>(setItems: (update: (items: readonly T[]) => readonly T[]) => void, onRestored?: (id: string) => void) {
  const [removed, setRemoved] = useState<Removed<T> | null>(null);
  const remove = (items: readonly T[], item: T) => {
    const index = items.findIndex((candidate) => candidate.id === item.id);
    if (index < 0) return;
    setRemoved((previous) => ({ item, index, serial: (previous?.serial ?? 0) + 1 }));
    setItems((current) => current.filter((candidate) => candidate.id !== item.id));
  };
  const undo = () => {
    if (!removed) return;
    setItems((current) => restoreItems(current, [removed]));
    setRemoved(null);
    if (onRestored) requestAnimationFrame(() => onRestored(removed.item.id));
  };
  return { removed, remove, undo };
}
