import { useCallback, useEffect, useState } from 'react';

export type Route = { screen: 'home' } | { screen: 'article'; id: string } | { screen: 'trash' };

/** `#/article/<id>` opens an article (a deep link), `#/trash` the trash, anything else home. */
export function parseRoute(hash: string): Route {
  const article = /^#\/article\/([a-z0-9][a-z0-9-]{5,63})$/.exec(hash);
  if (article?.[1]) return { screen: 'article', id: article[1] };
  if (hash === '#/trash') return { screen: 'trash' };
  return { screen: 'home' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'article') return `#/article/${route.id}`;
  if (route.screen === 'trash') return '#/trash';
  return '#/';
}

/**
 * The route, from the address (deep links, back and forward). Going somewhere from the interface
 * takes effect within the click or key that asked for it, not when the browser gets round to
 * announcing the new address: opening an article shows no blank frame in between.
 */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => {
      const next = parseRoute(window.location.hash);
      setRoute((current) => (routeHash(current) === routeHash(next) ? current : next));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    setRoute(next);
    window.location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}
