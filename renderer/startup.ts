import type { LibraryInfo } from '../electron/contract';
import type { Article, ArticleSummary, TrashEntry } from '../electron/core/article/schema';
import type { Bridge } from './bridge';
import { parseRoute } from '../electron/route';

/** What the workstation shows first, asked for as the script starts, while React is still rendering. */
export interface Startup {
  library: Promise<[LibraryInfo, ArticleSummary[], TrashEntry[]]>;
  /** The library's answers if they are in already (they usually are when React first renders). */
  libraryNow(): [LibraryInfo, ArticleSummary[], TrashEntry[]] | null;
  /**
   * The article the address opens (a deep link, a reload), asked for ahead: given once, to the
   * opening it was asked for, and then forgotten (held, it would keep a second copy of the text).
   */
  takeArticle(id: string): Promise<Article> | null;
  /**
   * Resolves once the first screen's answers are in (or failed), or after `patience` ms, whichever
   * comes first: the first screen is drawn once, with them, rather than empty and then again.
   */
  answered(patience: number): Promise<void>;
}

export function startFetching(bridge: Bridge, hash: string): Startup {
  const library = Promise.all([bridge.libraryInfo({}), bridge.listArticles({}), bridge.listTrash({})]);
  const route = parseRoute(hash);
  let article = route.screen === 'article' ? { id: route.id, article: bridge.getArticle({ id: route.id }) } : null;
  let libraryNow: [LibraryInfo, ArticleSummary[], TrashEntry[]] | null = null;
  // The App reports failures when it takes these up; until then they are not unhandled.
  library.then((answers) => (libraryNow = answers), () => undefined);
  article?.article.catch(() => undefined);
  return {
    library,
    libraryNow: () => libraryNow,
    answered(patience) {
      const all = Promise.allSettled([library, article?.article]).then(() => undefined);
      return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, patience))]);
    },
    takeArticle(id) {
      const asked = article;
      article = null;
      return asked && asked.id === id ? asked.article : null;
    },
  };
}
