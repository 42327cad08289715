import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { summarize } from '../electron/core/article/summary';
import type { Article, ArticleSummary, TrashEntry } from '../electron/core/article/schema';
import { KEYS, articleQuery, articlesQuery, infoQuery, openArticle, trashQuery } from './data/queries';
import { themeOf } from '../electron/menuCommands';
import { ArticleScreen } from './article/ArticleScreen';
import { ShortcutsDialog } from './help/ShortcutsDialog';
import { SettingsDialog } from './settings/SettingsDialog';
import { applyTheme } from './theme';
import { sayMessage } from './i18n';
import { useText } from './text';
import type { Bridge } from './bridge';
import { ConfirmDialog } from './library/ConfirmDialog';
import { withRow } from './library/listRows';
import { Welcome } from './library/Welcome';
import { Sidebar } from './library/Sidebar';
import { TrashView } from './library/TrashView';
import { useImportFiles } from './library/useImportFiles';
import { useSearch } from './library/useSearch';
import { useRoute } from './route';
import { useWindowKeys } from './windowKeys';
import { errorText } from '../electron/core/messages';

const NO_TRASH: TrashEntry[] = [];

type Opened = { id: string; article: Article } | { id: string; error: string };

export function App({ bridge }: { bridge: Bridge }) {
  const queries = useQueryClient();
  const [route, navigate] = useRoute();
  // Drawn with the library's answers from the first frame when they are in already (main.tsx).
  const libraryInfo = useQuery(infoQuery(bridge));
  const listed = useQuery(articlesQuery(bridge));
  const trashed = useQuery(trashQuery(bridge));
  const info = libraryInfo.data ?? null;
  const articles = listed.data ?? null;
  const trash = trashed.data ?? NO_TRASH;
  const [opened, setOpened] = useState<Opened | null>(null);
  /** Bumped to open the current article again from disk. */
  const [reloads, setReloads] = useState(0);
  const [confirming, setConfirming] = useState<ArticleSummary | null>(null);
  const [focusMode, setFocusMode] = useState(false);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [showSettings, setShowSettings] = useState(false);
  const { t, i18n } = useText();
  const [problem, setProblem] = useState<string | null>(null);

  const report = useCallback((error: unknown) => setProblem(errorText(error)), []);
  const search = useSearch(bridge, report);
  const libraryError = libraryInfo.error ?? listed.error ?? trashed.error;
  useEffect(() => {
    if (libraryError) report(libraryError);
  }, [libraryError, report]);

  const upsert = useCallback((summary: ArticleSummary) => queries.setQueryData(KEYS.articles, (list: ArticleSummary[] | undefined) => withRow(list ?? null, summary)), [queries]);

  const openIdRef = useRef<string | null>(null);
  const prefetch = useCallback(
    (id: string) => {
      // A failure is reported by the opening that needs it, if the reporter does open it.
      if (id !== openIdRef.current) void queries.prefetchQuery(articleQuery(bridge, id));
    },
    [bridge, queries],
  );

  const openId = route.screen === 'article' ? route.id : null;
  openIdRef.current = openId;
  const readFromDisk = useRef(reloads);
  // Before the browser paints the route change: an article asked for ahead of the click is there
  // already, and the screen goes from one article to the other without a blank frame between.
  useLayoutEffect(() => {
    if (openId === null) {
      setOpened(null);
      return;
    }
    let live = true;
    const fresh = readFromDisk.current !== reloads;
    readFromDisk.current = reloads;
    openArticle(queries, bridge, openId, fresh).then(
      (article) => {
        if (!live) return;
        // In one go rather than in slices between frames: the reporter is waiting for it.
        flushSync(() => setOpened({ id: openId, article }));
        // An article opened by link or reloaded from disk is in the list as it now stands (counting
        // a long article's words only when its row is out of date).
        queries.setQueryData(KEYS.articles, (list: ArticleSummary[] | undefined) => {
          // Not loaded yet: the list, when it comes, is the library's index as it stands.
          if (list === undefined) return list;
          const row = list.find((item) => item.id === article.id);
          return row && row.revision === article.revision && !row.damaged ? list : withRow(list, summarize(article));
        });
      },
      (error: unknown) => live && setOpened({ id: openId, error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [bridge, queries, openId, reloads]);

  const createArticle = useCallback(() => {
    bridge.createArticle({}).then((article) => {
      upsert(summarize(article));
      navigate({ screen: 'article', id: article.id });
    }, report);
  }, [bridge, navigate, report, upsert]);

  const onImported = useCallback(
    (article: Article) => {
      upsert(summarize(article));
      navigate({ screen: 'article', id: article.id });
    },
    [navigate, upsert],
  );
  const importing = useImportFiles(bridge, onImported, setProblem);
  const chooseImport = importing.choose;

  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        const theme = themeOf(command);
        if (theme) applyTheme(theme);
        else if (command === 'newArticle') createArticle();
        else if (command === 'importFile') chooseImport();
        else if (command === 'focusMode') setFocusMode((on) => !on);
        else if (command === 'shortcuts') setShowShortcuts(true);
        else if (command === 'settings') setShowSettings(true);
      }),
    [bridge, createArticle, chooseImport],
  );

  useWindowKeys(focusMode, setFocusMode, setShowShortcuts, setShowSettings);

  const trashArticle = useCallback(
    (summary: ArticleSummary) => {
      setConfirming(null);
      bridge.trashArticle({ id: summary.id }).then(async () => {
        queries.setQueryData(KEYS.articles, (list: ArticleSummary[] | undefined) => (list ?? []).filter((item) => item.id !== summary.id));
        if (openId === summary.id) navigate({ screen: 'home' });
        await queries.invalidateQueries({ queryKey: KEYS.trash });
      }, report);
    },
    [bridge, queries, navigate, openId, report],
  );

  const restore = useCallback(
    (id: string) => {
      bridge.restoreArticle({ id }).then(async (summary) => {
        upsert(summary);
        await queries.invalidateQueries({ queryKey: KEYS.trash });
      }, report);
    },
    [bridge, queries, report, upsert],
  );

  const onSaved = useCallback((summary: ArticleSummary) => upsert(summary), [upsert]);
  const libraryName = info?.root.split(/[\\/]/).filter(Boolean).pop() ?? '';

  return (
    <div className={focusMode ? 'app focus-mode' : 'app'}>
      {focusMode && (
        <button type="button" className="focus-exit quiet" onClick={() => setFocusMode(false)}>
          {t('app.leaveFocusMode')}
        </button>
      )}
      <Sidebar
        libraryName={libraryName}
        articles={articles ?? []}
        openId={openId}
        trashCount={trash.length}
        search={{ query: search.query, filters: search.filters, hits: search.hits, passages: search.passages, onQuery: search.setQuery, onFilters: search.setFilters }}
        importing={importing}
        onNew={createArticle}
        onOpen={(id) => navigate({ screen: 'article', id })}
        onPrefetch={prefetch}
        onTrash={setConfirming}
        onShowTrash={() => navigate({ screen: 'trash' })}
        onSettings={() => setShowSettings(true)}
      />
      <main className="main">
        {problem && (
          <div className="banner error" role="alert">
            {problem}
            <button type="button" className="quiet" onClick={() => setProblem(null)}>
              {t('common.dismiss')}
            </button>
          </div>
        )}
        {info?.notices.map((notice) => {
          const text = sayMessage(i18n, notice);
          return (
            <div key={text} className="banner notice" role="status">
              {text}
            </div>
          );
        })}
        {route.screen === 'trash' && <TrashView entries={trash} onRestore={restore} />}
        {route.screen === 'home' && <Welcome count={articles?.length ?? 0} onNew={createArticle} />}
        {route.screen === 'article' && opened?.id === route.id && 'error' in opened && (
          <div className="banner error" role="alert">
            {opened.error}
          </div>
        )}
        {route.screen === 'article' && opened?.id === route.id && 'article' in opened && (
          <ArticleScreen
            key={`${opened.id}@${opened.article.revision}`}
            bridge={bridge}
            article={opened.article}
            exports={{ folder: info?.exportsFolder ?? '', nativeFolders: info?.nativeFolders ?? false }}
            onSaved={onSaved}
            onProblem={setProblem}
            onReload={() => setReloads((n) => n + 1)}
            onTrash={() => {
              const summary = articles?.find((item) => item.id === opened.id);
              if (summary) setConfirming(summary);
            }}
          />
        )}
      </main>
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {showSettings && <SettingsDialog bridge={bridge} onClose={() => setShowSettings(false)} />}
      {confirming && (
        <ConfirmDialog
          title={t('app.trashTitle')}
          message={t('app.trashMessage', { headline: confirming.headline || t('common.untitled') })}
          confirmLabel={t('app.trashConfirm')}
          onConfirm={() => trashArticle(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
