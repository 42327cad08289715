import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHash, type Route } from '../electron/route';

export { parseRoute, routeHash, type Route } from '../electron/route';

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
