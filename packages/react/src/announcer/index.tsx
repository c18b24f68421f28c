import type { CSSProperties, ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';

export type Politeness = 'polite' | 'assertive';
type Announce = (message: string, politeness?: Politeness) => void;

const AnnouncerContext = createContext<Announce | null>(null);

/** Visually hidden, still read by screen readers. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * One pair of live regions for the whole kit. Live regions must exist before their text changes
 * to be announced, so widgets share these instead of mounting their own on demand.
 */
export function AnnouncerProvider({ children }: { children?: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({ polite: '', assertive: '' });
  const toggle = useRef(false);
  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    // Repeating the same sentence must be announced again: alternate a zero-width suffix.
    toggle.current = !toggle.current;
    setMessages((previous) => ({ ...previous, [politeness]: message + (toggle.current ? '\u200b' : '') }));
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div style={visuallyHidden} role="status" aria-live="polite" aria-atomic="true" data-wf-announcer="polite">
        {messages.polite}
      </div>
      <div style={visuallyHidden} role="alert" aria-live="assertive" aria-atomic="true" data-wf-announcer="assertive">
        {messages.assertive}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Announce a sentence to screen-reader users. Without a provider it does nothing (and says so once in development). */
export function useAnnounce(): Announce {
  const announce = useContext(AnnouncerContext);
  return useMemo(() => announce ?? warnOnce, [announce]);
}

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.warn('Wayfinder: useAnnounce() was called outside <AnnouncerProvider>; nothing will be announced.');
}
