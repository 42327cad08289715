import { useEffect, useState } from 'react';

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

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => void (window.location.hash = routeHash(next))];
}
