import { useTranslate } from '@wayfinder/react/messages';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { longListMessages } from './messages';

export interface LongListProps<T> {
  items: readonly T[];
  /** How one item shows. */
  children: (item: T, index: number) => ReactNode;
  /** A stable key per item (its id). */
  itemKey: (item: T) => string;
  /** Items shown at first, and added by each "show more" (default 20). */
  pageSize?: number;
  /** An ordered list (`ol`) where the order means something, as in a log. */
  as?: 'ul' | 'ol';
  className?: string;
  itemClassName?: string;
}

// One flag for the whole page: an item a list first draws because printing began reads it as
// set, where a state of its own would start unset and miss the event already under way.
let printingNow = false;
const printListeners = new Set<() => void>();
const beforePrint = () => {
  printingNow = true;
  flushSync(() => printListeners.forEach((listener) => listener()));
};
const afterPrint = () => {
  printingNow = false;
  printListeners.forEach((listener) => listener());
};
function subscribeToPrinting(listener: () => void): () => void {
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size > 0) return;
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  };
}

/**
 * Whether the page is being printed: true from `beforeprint` to `afterprint`, set before the
 * browser lays out the print, so that a list shown a page at a time can draw every item on paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribeToPrinting, () => printingNow, () => false);
}

/**
 * A list a team's data can make long (a thousand PDSA cycles, years of travel log), rendered a
 * page at a time: the first `pageSize` items, then more on request, so the page stays as quick
 * with the thousandth item as with the first. The button says how many are left.
 */
export function LongList<T>({ items, children, itemKey, pageSize = 20, as: List = 'ul', className, itemClassName }: LongListProps<T>) {
  const t = useTranslate(longListMessages);
  const [shown, setShown] = useState(pageSize);
  // Items added since the last render are shown too, wherever they were added.
  const [known, setKnown] = useState(items.length);
  if (items.length !== known) {
    setKnown(items.length);
    if (items.length > known) setShown((count) => count + items.length - known);
  }
  // On paper every item is there.
  const printing = usePrinting();
  const listRef = useRef<HTMLUListElement & HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    (listRef.current?.children[focusAt.current] as HTMLElement | undefined)?.focus();
    focusAt.current = null;
  }, [shown]);
  const rest = printing ? 0 : items.length - shown;
  return (
    <>
      <List ref={listRef} className={className ? `wf-long-list ${className}` : 'wf-long-list'}>
        {items.slice(0, printing ? items.length : shown).map((item, index) => (
          // Focusable from script only: "show more" moves focus to the first item it shows.
          <li key={itemKey(item)} className={itemClassName} tabIndex={-1}>
            {children(item, index)}
          </li>
        ))}
      </List>
      {rest > 0 && (
        <button
          type="button"
          className="wf-button wf-long-list__more"
          onClick={() => {
            focusAt.current = shown;
            setShown((count) => count + pageSize);
          }}
        >
          {t('longList.more', { count: Math.min(pageSize, rest), rest })}
        </button>
      )}
    </>
  );
}

export { longListMessages, longListMessagesEs } from './messages';
export type { LongListMessageKey } from './messages';
