import { useEffect, useState } from 'react';

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

/** Hash routes keep the app a static site: it can be served from any folder with no server rules. */
export function useHashRoute(): Place {
  const [place, setPlace] = useState(() => parsePlace(window.location.hash));
  useEffect(() => {
    const onChange = () => setPlace(parsePlace(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return place;
}

export const hrefOf = (route: Route, section?: string) => (route === 'home' ? '#/' : `#/${route}${section ? `/${section}` : ''}`);
