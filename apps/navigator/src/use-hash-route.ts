import { useEffect, useState } from 'react';

export type Route = 'home' | 'settings';

function parse(hash: string): Route {
  return hash.replace(/^#\/?/, '') === 'settings' ? 'settings' : 'home';
}

/** Hash routes keep the app a static site: it can be served from any folder with no server rules. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const hrefOf = (route: Route) => (route === 'home' ? '#/' : `#/${route}`);
