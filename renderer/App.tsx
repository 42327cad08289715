import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { summarize } from '../electron/core/article/summary';
import type { Article, ArticleSummary, TrashEntry } from '../electron/core/article/schema';
import type { LibraryInfo } from '../electron/contract';
import { themeOf } from '../electron/menuCommands';
import { ArticleScreen } from './article/ArticleScreen';
import { ShortcutsDialog } from './help/ShortcutsDialog';
import { SettingsDialog } from './settings/SettingsDialog';
import { applyTheme } from './theme';
import { sayMessage } from './i18n';
import { useText } from './text';
import type { Bridge } from './bridge';
import { ConfirmDialog } from './library/ConfirmDialog';
import { sameRows, withRow } from './library/listRows';
import { Welcome } from './library/Welcome';
import { Sidebar } from './library/Sidebar';
import { TrashView } from './library/TrashView';
import { useImportFiles } from './library/useImportFiles';
import { useSearch } from './library/useSearch';
import { useRoute } from './route';
import { useWindowKeys } from './windowKeys';
import { askLibrary, type Startup } from './startup';
import { errorText } from '../electron/core/messages';

type Opened = { id: string; article: Article } | { id: string; error: string };

/** An article asked for ahead of its opening serves that opening only this soon after. */
const PREFETCH_KEPT_MS = 5000;

export function App({ bridge, startup }: { bridge: Bridge; startup: Startup }) {
  // The article the reporter is about to open (see useAim), asked for ahead of the click.
  const aimed = useRef<{ id: string; article: Promise<Article>; at: number } | null>(null);
  /** The answer asked for ahead for `id`, when it is recent enough to serve its opening. */
  const aimedAt = (id: string): Promise<Article> | null => {
    const ahead = aimed.current;
    return ahead && ahead.id === id && performance.now() - ahead.at < PREFETCH_KEPT_MS ? ahead.article : null;
  };
  const [route, navigate] = useRoute();
  // Drawn with the library's answers from the first frame when they are in already.
  const [info, setInfo] = useState<LibraryInfo | null>(() => startup.libraryNow()?.[0] ?? null);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(() => startup.libraryNow()?.[1] ?? null);
  const shownArticles = useRef(articles);
  shownArticles.current = articles;
  const [trash, setTrash] = useState<TrashEntry[]>(() => startup.libraryNow()?.[2] ?? []);
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

  useEffect(() => {
    // The list shows from the library's index at once; the article files are checked after, and
    // again whenever the window comes back to the front, so that articles another tool or a sync
    // client added, changed or removed show up without a restart.
    let checking = false;
    const checkFiles = (): void => {
      // One check at a time: a large library costs a stat per article, and focus comes and goes.
      if (checking) return;
      checking = true;
      bridge
        .listArticles({ checkFiles: true })
        // Kept as it was when nothing changed, so that coming back to the window redraws nothing
        // (and not through an update that changes nothing: React would hold the new list in it).
        .then((list) => {
          const shown = shownArticles.current;
          if (!shown || !sameRows(shown, list)) setArticles(list);
        }, report)
        .finally(() => {
          checking = false;
        });
    };
    // Asked again when the first answers were taken already (the effect runs again in development).
    (startup.takeLibrary() ?? askLibrary(bridge)).then(([libraryInfo, list, trashed]) => {
      // The same answers as the first frame's, when it had them: nothing to draw again.
      setInfo(libraryInfo);
      if (shownArticles.current === null) setArticles(list);
      setTrash(trashed);
      checkFiles();
    }, report);
    window.addEventListener('focus', checkFiles);
    return () => window.removeEventListener('focus', checkFiles);
  }, [bridge, report, startup]);

  const upsert = useCallback((summary: ArticleSummary) => setArticles((list) => withRow(list, summary)), []);

  const openIdRef = useRef<string | null>(null);
  const prefetch = useCallback(
    (id: string) => {
      if (id === openIdRef.current || aimedAt(id)) return;
      const article = bridge.getArticle({ id });
      // A failure is reported by the opening that needs it, if the reporter does open it.
      article.catch(() => undefined);
      aimed.current = { id, article, at: performance.now() };
    },
    [bridge],
  );

  const openId = route.screen === 'article' ? route.id : null;
  openIdRef.current = openId;
  // Before the browser paints the route change: an article asked for ahead of the click is there
  // already, and the screen goes from one article to the other without a blank frame between.
  useLayoutEffect(() => {
    if (openId === null) {
      setOpened(null);
      return;
    }
    let live = true;
    // Taken up once: a later open of the same article reads it afresh.
    const early = startup.takeArticle(openId);
    const ahead = aimedAt(openId);
    aimed.current = null;
    const asked =
      reloads > 0
        ? null
        : (early ??
          // Asked again if that first request failed: the message comes from this opening.
          ahead?.catch(() => bridge.getArticle({ id: openId })) ??
          null);
    (asked ?? bridge.getArticle({ id: openId })).then(
      (article) => {
        if (!live) return;
        // In one go rather than in slices between frames: the reporter is waiting for it.
        flushSync(() => setOpened({ id: openId, article }));
        // An article opened by link or reloaded from disk is in the list as it now stands (counting
        // a long article's words only when its row is out of date).
        setArticles((list) => {
          // Not loaded yet: the list, when it comes, is the library's index as it stands.
          if (list === null) return list;
          const row = list.find((item) => item.id === article.id);
          return row && row.revision === article.revision && !row.damaged ? list : withRow(list, summarize(article));
        });
      },
      (error: Error) => live && setOpened({ id: openId, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [bridge, openId, reloads, startup]);


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
        setArticles((list) => (list ?? []).filter((item) => item.id !== summary.id));
        setTrash(await bridge.listTrash({}));
        if (openId === summary.id) navigate({ screen: 'home' });
      }, report);
    },
    [bridge, navigate, openId, report],
  );

  const restore = useCallback(
    (id: string) => {
      bridge.restoreArticle({ id }).then(async (summary) => {
        upsert(summary);
        setTrash(await bridge.listTrash({}));
      }, report);
    },
    [bridge, report, upsert],
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
