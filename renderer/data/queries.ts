import { QueryClient, focusManager, queryOptions } from '@tanstack/react-query';
import type { LibraryInfo } from '../../electron/contract';
import type { Article, ArticleSummary, TrashEntry } from '../../electron/core/article/schema';
import type { Bridge } from '../bridge';
import type { Startup } from '../startup';

/**
 * The page's one cache of what the library said (TanStack Query): the library's name and folders,
 * its list, its trash, the article about to be opened, and the sidebar's searches. Requests for the
 * same thing in flight are made once; the list is checked against the article files again whenever
 * the window comes back to the front.
 */

/** An article asked for ahead of its opening (its row pointed at) serves that opening only this soon after. */
export const PREFETCH_KEPT_MS = 5000;

export const KEYS = {
  info: ['libraryInfo'],
  articles: ['articles'],
  trash: ['trash'],
  article: (id: string) => ['article', id] as const,
} as const;

export function newQueryClient(): QueryClient {
  // The window coming back to the front is its `focus` (an Electron window, or the harness's tab),
  // not only a change of the page's visibility.
  focusManager.setEventListener((focused) => {
    if (typeof window === 'undefined') return undefined;
    const onFocus = (): void => focused();
    window.addEventListener('focus', onFocus);
    window.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('visibilitychange', onFocus);
    };
  });
  return new QueryClient({
    defaultOptions: {
      // The library is a local folder: a refusal is an answer (a damaged file, a full disk), said
      // at once, not retried in silence.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

export const infoQuery = (bridge: Bridge) => queryOptions({ queryKey: KEYS.info, queryFn: (): Promise<LibraryInfo> => bridge.libraryInfo({}), staleTime: Infinity });

/**
 * The list shows from the library's index at once; the article files are checked after, and again
 * whenever the window comes back to the front, so that articles another tool or a sync client
 * added, changed or removed show up without a restart. A list that comes back the same is kept as
 * it was (TanStack's structural sharing), so coming back to the window redraws nothing.
 */
export const articlesQuery = (bridge: Bridge) =>
  queryOptions({ queryKey: KEYS.articles, queryFn: (): Promise<ArticleSummary[]> => bridge.listArticles({ checkFiles: true }), staleTime: 0, refetchOnWindowFocus: 'always' });

export const trashQuery = (bridge: Bridge) => queryOptions({ queryKey: KEYS.trash, queryFn: (): Promise<TrashEntry[]> => bridge.listTrash({}), staleTime: Infinity });

/**
 * An article as the library holds it, for the opening asked for. Kept briefly only: once opened,
 * the editor holds it, and a copy in the cache would hold its text twice.
 */
export const articleQuery = (bridge: Bridge, id: string) =>
  queryOptions({ queryKey: KEYS.article(id), queryFn: (): Promise<Article> => bridge.getArticle({ id }), staleTime: PREFETCH_KEPT_MS, gcTime: PREFETCH_KEPT_MS });

/**
 * Opens an article: with the answer asked for ahead (by the address as the page started, or by its
 * row being pointed at) when there is a recent one, else from the library; `fresh` reads it from
 * disk whatever was asked before. The answer is then let go of: a later opening reads afresh.
 */
export async function openArticle(client: QueryClient, bridge: Bridge, id: string, fresh = false): Promise<Article> {
  const query = articleQuery(bridge, id);
  if (fresh) client.removeQueries({ queryKey: query.queryKey, exact: true });
  try {
    return await client.fetchQuery(query);
  } finally {
    client.removeQueries({ queryKey: query.queryKey, exact: true });
  }
}

/**
 * Hands the first screen's answers, asked for as the page's script started (startup.ts), to the
 * cache: at once when they are in (the first frame is drawn with them), else as they come.
 */
export function seedFirstScreen(client: QueryClient, bridge: Bridge, startup: Startup): void {
  const taken = startup.take();
  if (!taken) return;
  const { library, now, article } = taken;
  if (article) void client.prefetchQuery({ ...articleQuery(bridge, article.id), queryFn: () => article.answer });
  if (now) {
    const [info, list, trash] = now;
    client.setQueryData(KEYS.info, info);
    client.setQueryData(KEYS.articles, list);
    client.setQueryData(KEYS.trash, trash);
    return;
  }
  void client.prefetchQuery({ ...infoQuery(bridge), queryFn: async () => (await library)[0] });
  void client.prefetchQuery({ ...trashQuery(bridge), queryFn: async () => (await library)[2] });
  // That list was the index as it stood: the files are checked once it is in.
  void client.prefetchQuery({ ...articlesQuery(bridge), queryFn: async () => (await library)[1] }).then(() => client.invalidateQueries({ queryKey: KEYS.articles }));
}
