import type { LibraryInfo } from '../electron/contract';
import type { Article, ArticleSummary, TrashEntry } from '../electron/core/article/schema';
import type { Bridge } from './bridge';
import { parseRoute } from '../electron/route';

type LibraryAnswers = [LibraryInfo, ArticleSummary[], TrashEntry[]];

/** What the library says the first screen needs: its name and folders, its list, its trash. */
export function askLibrary(bridge: Bridge): Promise<LibraryAnswers> {
  return Promise.all([bridge.libraryInfo({}), bridge.listArticles({}), bridge.listTrash({})]);
}

/**
 * What the workstation shows first, asked for as the script starts, while React is still
 * rendering. Each answer is given once and then forgotten: held for the page's life, a library's
 * list would be kept twice once the list has changed.
 */
export interface Startup {
  /** The library's answers, to the first who asks (then null: ask the library again). */
  takeLibrary(): Promise<LibraryAnswers> | null;
  /** The library's answers if they are in already (they usually are when React first renders) and not taken. */
  libraryNow(): LibraryAnswers | null;
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
  const asked = askLibrary(bridge);
  let library: Promise<LibraryAnswers> | null = asked;
  let libraryNow: LibraryAnswers | null = null;
  const route = parseRoute(hash);
  let article = route.screen === 'article' ? { id: route.id, article: bridge.getArticle({ id: route.id }) } : null;
  // The App reports failures when it takes these up; until then they are not unhandled.
  asked.then(
    (answers) => {
      if (library !== null) libraryNow = answers;
    },
    () => undefined,
  );
  article?.article.catch(() => undefined);
  const all = Promise.allSettled([asked, article?.article]).then(() => undefined);
  return {
    takeLibrary() {
      const taken = library;
      library = null;
      libraryNow = null;
      return taken;
    },
    libraryNow: () => libraryNow,
    answered: (patience) => Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, patience))]),
    takeArticle(id) {
      const early = article;
      article = null;
      return early && early.id === id ? early.article : null;
    },
  };
}
