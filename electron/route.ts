/** The page's address: the app's main process reads it too, to reopen the article last open. */
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
