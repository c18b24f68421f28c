import type { LeaveGuards } from '@wayfinder/react/leave-guard';
import { useEffect, useRef, useState } from 'react';

export const routes = ['home', 'journey', 'analysis', 'logics', 'settings'] as const;
export type Route = (typeof routes)[number];

export interface Place {
  route: Route;
  /** A part of the page, e.g. `pit-stops` in `#/journey/pit-stops`. */
  section: string | null;
}

export function parsePlace(hash: string): Place {
  const [first = '', second] = hash.replace(/^#\/?/, '').split('/');
  const route = (routes as readonly string[]).includes(first) ? (first as Route) : 'home';
  return { route, section: route === 'home' ? null : (second ?? null) };
}

export interface HashRoute extends Place {
  /** Where the user asked to go while a guard held the page; null when nothing waits. */
  pending: string | null;
  /** Go where `pending` points, work not saved or not. */
  leave: () => void;
  /** Stay on the page; the address shows it again. */
  stay: () => void;
}

const sameHash = (a: string, b: string) => (a.replace(/^#\/?/, '') || '') === (b.replace(/^#\/?/, '') || '');

/**
 * Hash routes keep the app a static site: it can be served from any folder with no server rules.
 * While `guards` hold reasons to stay, a change of page (a link, back, forward, a typed address)
 * waits in `pending` for the user to choose, and the page being left stays on screen.
 */
export function useHashRoute(guards?: LeaveGuards): HashRoute {
  const [place, setPlace] = useState(() => parsePlace(window.location.hash));
  const [pending, setPending] = useState<string | null>(null);
  const shown = useRef(window.location.hash);
  useEffect(() => {
    const held = (hash: string) => guards !== undefined && guards.reasons().length > 0 && !sameHash(hash, shown.current);
    // Links are caught before they add a history entry; back and forward can only be undone.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      const target = link?.getAttribute('href');
      if (!target || !held(target)) return;
      event.preventDefault();
      setPending(target);
    };
    const onChange = () => {
      const hash = window.location.hash;
      // `#main` and the like are places within the page, not pages.
      if (hash !== '' && !hash.startsWith('#/')) return;
      if (held(hash)) {
        window.history.replaceState(null, '', shown.current || '#/');
        setPending(hash);
        return;
      }
      shown.current = hash;
      setPlace(parsePlace(hash));
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('hashchange', onChange);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('hashchange', onChange);
    };
  }, [guards]);
  const leave = () => {
    if (pending === null) return;
    shown.current = pending;
    setPending(null);
    setPlace(parsePlace(pending));
    window.location.hash = pending;
  };
  return { ...place, pending, leave, stay: () => setPending(null) };
}

export const hrefOf = (route: Route, section?: string) => (route === 'home' ? '#/' : `#/${route}${section ? `/${section}` : ''}`);
