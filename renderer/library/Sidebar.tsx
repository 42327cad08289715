import type { ArticleSummary } from '../../electron/core/article/schema';
import { STATUS_LABELS } from '../article/ArticleHeader';
import { formatChanged } from './format';

export interface SidebarProps {
  libraryName: string;
  articles: ArticleSummary[];
  openId: string | null;
  trashCount: number;
  onNew(): void;
  onOpen(id: string): void;
  onTrash(summary: ArticleSummary): void;
  onShowTrash(): void;
}

/** The library: every article with its status, last change and length; damaged ones flagged. */
export function Sidebar({ libraryName, articles, openId, trashCount, onNew, onOpen, onTrash, onShowTrash }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Library">
      <div className="sidebar-head">
        <div>
          <div className="brand">Copydesk</div>
          <div className="library-name" title={libraryName}>
            {libraryName}
          </div>
        </div>
        <button type="button" className="primary" onClick={onNew}>
          New article
        </button>
      </div>
      <ul className="article-list" aria-label="Articles">
        {articles.length === 0 && <li className="empty">No articles yet.</li>}
        {articles.map((summary) => (
          <li key={summary.id} className={summary.id === openId ? 'current' : undefined}>
            {summary.damaged ? (
              <div className="article-row damaged" title={summary.reason}>
                <span className="row-headline">Damaged article</span>
                <span className="row-meta">{summary.reason}</span>
                <span className="row-meta">{summary.id}</span>
              </div>
            ) : (
              <button type="button" className="article-row" aria-current={summary.id === openId ? 'page' : undefined} onClick={() => onOpen(summary.id)}>
                <span className="row-headline" lang={summary.language}>
                  {summary.headline || 'Untitled'}
                </span>
                <span className="row-meta">
                  <span className={`status-dot status-${summary.status}`} aria-hidden="true" />
                  {STATUS_LABELS[summary.status]} · {formatChanged(summary.updatedAt)} · {summary.wordCount} words
                </span>
              </button>
            )}
            {!summary.damaged && (
              <button type="button" className="row-delete" aria-label={`Move “${summary.headline || 'Untitled'}” to trash`} title="Move to trash" onClick={() => onTrash(summary)}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="trash-link" onClick={onShowTrash}>
        Trash{trashCount > 0 ? ` (${trashCount})` : ''}
      </button>
    </nav>
  );
}
