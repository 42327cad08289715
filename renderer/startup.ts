import type { LibraryInfo } from '../electron/contract';
import type { Article, ArticleSummary, TrashEntry } from '../electron/core/article/schema';
import type { Bridge } from './bridge';
import { parseRoute } from '../electron/route';

export type LibraryAnswers = [LibraryInfo, ArticleSummary[], TrashEntry[]];

/** The first screen's requests, asked as the page's script starts. */
export interface FirstRequests {
  /** The library's name and folders, its list, its trash. */
  library: Promise<LibraryAnswers>;
  /** Those answers, if they are in already (they usually are when React first renders). */
  now: LibraryAnswers | null;
  /** The article the address opens (a deep link, a reload), asked for ahead. */
  article: { id: string; answer: Promise<Article> } | null;
}

/**
 * What the workstation shows first, asked for as the script starts, while the main bundle is still
 * on its way: the requests are handed once to the page's query cache (data/queries.ts), which holds
 * the answers from then on; this module lets go of them.
 */
export interface Startup {
  /** The requests, to the first who asks (then null). */
  take(): FirstRequests | null;
  /**
   * Resolves once the first screen's answers are in (or failed), or after `patience` ms, whichever
   * comes first: the first screen is drawn once, with them, rather than empty and then again.
   */
  answered(patience: number): Promise<void>;
}

export function startFetching(bridge: Bridge, hash: string): Startup {
  const library = Promise.all([bridge.libraryInfo({}), bridge.listArticles({}), bridge.listTrash({})]);
  const route = parseRoute(hash);
  const article = route.screen === 'article' ? { id: route.id, answer: bridge.getArticle({ id: route.id }) } : null;
  let requests: FirstRequests | null = { library, now: null, article };
  // The page reports failures when it takes these up; until then they are not unhandled.
  library.then(
    (answers) => {
      if (requests) requests.now = answers;
    },
    () => undefined,
  );
  article?.answer.catch(() => undefined);
  const all = Promise.allSettled([library, article?.answer]).then(() => undefined);
  return {
    take() {
      const taken = requests;
      requests = null;
      return taken;
    },
    answered: (patience) => Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, patience))]),
  };
}
