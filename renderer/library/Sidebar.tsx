import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useText } from '../text';
import type { ArticleSummary } from '../../electron/core/article/schema';
import { IMPORT_ACCEPT } from '../../electron/core/import/formats';
import { aimAt, useAim, type Aim } from './aim';
import { formatChanged } from './format';
import { SearchBox, SearchResults, type SearchPanelProps } from './SearchPanel';
import type { Hits, Passages } from './useSearch';

export interface SidebarProps {
  libraryName: string;
  articles: ArticleSummary[];
  openId: string | null;
  trashCount: number;
  search: SearchPanelProps & { hits: Hits | null; passages: Passages };
  importing: {
    progress: string | null;
    notes: string[];
    dismissNotes(): void;
    choose(): void;
    inputRef: React.RefObject<HTMLInputElement | null>;
    onInputChange(event: React.ChangeEvent<HTMLInputElement>): void;
    importFiles(files: File[]): Promise<void>;
  };
  onNew(): void;
  onOpen(id: string): void;
  /** The reporter is about to open this article (its row is pointed at or has the focus). */
  onPrefetch(id: string): void;
  onTrash(summary: ArticleSummary): void;
  onShowTrash(): void;
  onSettings(): void;
}

const hasFiles = (event: React.DragEvent): boolean => [...event.dataTransfer.types].includes('Files');

/**
 * The library: search, then every article with its status, last change and length (damaged ones
 * flagged). Files dropped here are imported as new articles.
 */
export function Sidebar({ libraryName, articles, openId, trashCount, search, importing, onNew, onOpen, onPrefetch, onTrash, onShowTrash, onSettings }: SidebarProps) {
  const aim = useAim(onPrefetch);
  const { t } = useText();
  const [dropping, setDropping] = useState(false);
  return (
    <nav
      className={`sidebar${dropping ? ' dropping' : ''}`}
      aria-label={t('library.label')}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        void importing.importFiles([...event.dataTransfer.files]);
      }}
    >
      <div className="sidebar-head">
        <div>
          <div className="brand">Copydesk</div>
          <div className="library-name" title={libraryName}>
            {libraryName}
          </div>
        </div>
        <div className="sidebar-actions">
          <button type="button" onClick={importing.choose} title={t('library.importTitle')}>
            {t('library.import')}
          </button>
          <button type="button" className="primary" onClick={onNew}>
            {t('library.newArticle')}
          </button>
        </div>
        <input ref={importing.inputRef} type="file" accept={IMPORT_ACCEPT} multiple hidden aria-hidden="true" tabIndex={-1} data-testid="import-input" onChange={importing.onInputChange} />
      </div>
      <SearchBox query={search.query} filters={search.filters} onQuery={search.onQuery} onFilters={search.onFilters} />
      {importing.progress && (
        <p className="sidebar-progress" role="status">
          {importing.progress}
        </p>
      )}
      {importing.notes.length > 0 && (
        <div className="sidebar-notes" role="status">
          {importing.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          <button type="button" className="quiet" onClick={importing.dismissNotes}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {dropping && <p className="drop-hint">{t('library.dropHint')}</p>}
      {search.query.trim() !== '' ? (
        <SearchResults hits={search.hits} passages={search.passages} openId={openId} onOpen={onOpen} aim={aim} />
      ) : (
        <ArticleList articles={articles} openId={openId} onOpen={onOpen} onTrash={onTrash} aim={aim} />
      )}
      <div className="sidebar-foot">
        <button type="button" className="trash-link" onClick={onShowTrash}>
          {trashCount > 0 ? t('library.trashCount', { count: trashCount }) : t('library.trash')}
        </button>
        <button type="button" className="trash-link settings-link" onClick={onSettings}>
          {t('library.settings')}
        </button>
      </div>
    </nav>
  );
}

/** Rows added each time the reader scrolls near the end of those drawn. */
const PAGE = 40;
/**
 * A row is at least this tall (its padding, a line of headline, a line of status and date: 56 px as
 * drawn), so the first rows drawn fill the window, and few are drawn out of sight at the start.
 */
const ROW_MIN_HEIGHT_PX = 52;
/** How near the end of the rows drawn the reader scrolls before the next page is drawn. */
const AHEAD_PX = 300;

/** Rows drawn first: as many as the window can show (the start waits for no row out of sight). */
function firstPage(): number {
  return Math.min(PAGE, Math.max(12, Math.ceil(window.innerHeight / ROW_MIN_HEIGHT_PX)));
}

/**
 * The library list, drawn a page at a time: a desk's library of thousands of articles would
 * otherwise build thousands of rows (and their memory) that nobody scrolls to. Rows only redraw
 * when their own article changes.
 */
function ArticleList({ articles, openId, onOpen, onTrash, aim }: Pick<SidebarProps, 'articles' | 'openId' | 'onOpen' | 'onTrash'> & { aim: Aim }) {
  const [shown, setShown] = useState(firstPage);
  const more = useRef<HTMLLIElement>(null);
  const handlers = useRef({ onOpen, onTrash });
  handlers.current = { onOpen, onTrash };
  const open = useCallback((id: string) => handlers.current.onOpen(id), []);
  const trash = useCallback((summary: ArticleSummary) => handlers.current.onTrash(summary), []);
  const hasMore = articles.length > shown;
  const { t } = useText();
  useEffect(() => {
    const node = more.current;
    if (!node || !hasMore) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setShown((count) => count + PAGE), {
      root: node.parentElement,
      rootMargin: `${AHEAD_PX}px 0px`,
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, shown]);
  return (
    <ul className="article-list" aria-label={t('library.articles')}>
      {articles.length === 0 && <li className="empty">{t('library.noArticles')}</li>}
      {articles.slice(0, shown).map((summary) => (
        <ArticleRow key={summary.id} summary={summary} current={summary.id === openId} onOpen={open} onTrash={trash} aim={aim} />
      ))}
      {hasMore && (
        <li ref={more} className="empty more">
          {t('library.more', { count: articles.length - shown })}
        </li>
      )}
    </ul>
  );
}

interface ArticleRowProps {
  summary: ArticleSummary;
  current: boolean;
  onOpen(id: string): void;
  onTrash(summary: ArticleSummary): void;
  aim: Aim;
}

const ArticleRow = memo(function ArticleRow({ summary, current, onOpen, onTrash, aim }: ArticleRowProps) {
  const { t, language } = useText();
  const headline = summary.headline || t('common.untitled');
  return (
    <li className={current ? 'current' : undefined}>
      {summary.damaged ? (
        <div className="article-row damaged" title={summary.reason}>
          <span className="row-headline">{t('library.damaged')}</span>
          <span className="row-meta">{summary.reason}</span>
          <span className="row-meta">{summary.id}</span>
        </div>
      ) : (
        <button type="button" className="article-row" aria-current={current ? 'page' : undefined} onClick={() => onOpen(summary.id)} {...aimAt(aim, summary.id)}>
          <span className="row-headline" lang={summary.headline ? summary.language : undefined}>
            {headline}
          </span>
          <span className="row-meta">
            <span className={`status-dot status-${summary.status}`} aria-hidden="true" />
            {t(`status.${summary.status}`)} · {formatChanged(summary.updatedAt, language)} · {t('common.words', { count: summary.wordCount })}
          </span>
        </button>
      )}
      {!summary.damaged && (
        <button type="button" className="row-delete" aria-label={t('library.moveNamedToTrash', { headline })} title={t('library.moveToTrash')} onClick={() => onTrash(summary)}>
          ×
        </button>
      )}
    </li>
  );
});
