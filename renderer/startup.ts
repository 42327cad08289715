import type { LibraryInfo } from '../electron/contract';
import type { Article, ArticleSummary, TrashEntry } from '../electron/core/article/schema';
import type { Bridge } from './bridge';
import { parseRoute } from './route';

/** What the workstation shows first, asked for as the script starts, while React is still rendering. */
export interface Startup {
  library: Promise<[LibraryInfo, ArticleSummary[], TrashEntry[]]>;
  /** The article the address opens (a deep link, a reload), if any. */
  article: { id: string; article: Promise<Article> } | null;
}

export function startFetching(bridge: Bridge, hash: string): Startup {
  const library = Promise.all([bridge.libraryInfo({}), bridge.listArticles({}), bridge.listTrash({})]);
  const route = parseRoute(hash);
  const article = route.screen === 'article' ? { id: route.id, article: bridge.getArticle({ id: route.id }) } : null;
  // The App reports failures when it takes these up; until then they are not unhandled.
  library.catch(() => undefined);
  article?.article.catch(() => undefined);
  return { library, article };
}
