import { useEffect, useState } from 'react';
import { useText } from '../text';
import type { VerbOutput } from '../../electron/contract';
import { readableText } from '../../electron/core/article/articleText';
import type { Article } from '../../electron/core/article/schema';
import type { Bridge } from '../bridge';
import { PanelDialog } from '../modal';
import { formatChanged } from '../library/format';

export interface HistoryDialogProps {
  bridge: Bridge;
  articleId: string;
  flush(): Promise<void>;
  onRestored(article: Article): void;
  onClose(): void;
}

/** The article's snapshots: pick one to read it, and restore it (what it replaces is kept too). */
export function HistoryDialog({ bridge, articleId, flush, onRestored, onClose }: HistoryDialogProps) {
  const [revisions, setRevisions] = useState<VerbOutput<'listRevisions'> | null>(null);
  const [selected, setSelected] = useState<{ id: string; article: Article } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { t, language } = useText();

  useEffect(() => {
    flush()
      .then(() => bridge.listRevisions({ id: articleId }))
      .then(setRevisions, (error: Error) => setProblem(error.message));
  }, [bridge, articleId, flush]);

  const open = (revision: string): void => {
    bridge.getRevision({ id: articleId, revision }).then(
      (article) => setSelected({ id: revision, article }),
      (error: Error) => setProblem(error.message),
    );
  };

  const restore = (): void => {
    if (!selected) return;
    flush()
      .then(() => bridge.restoreRevision({ id: articleId, revision: selected.id }))
      .then(onRestored, (error: Error) => setProblem(error.message));
  };

  return (
    <PanelDialog id="history-title" className="history-dialog" title={t('history.title')} problem={problem} onClose={onClose}>
      <div className="history-body">
        <ul className="history-list" aria-label={t('history.revisions')}>
          {revisions?.length === 0 && <li className="empty">{t('history.none')}</li>}
          {revisions?.map((revision) => (
            <li key={revision.id}>
              <button type="button" className={`history-item${selected?.id === revision.id ? ' current' : ''}`} aria-pressed={selected?.id === revision.id} onClick={() => open(revision.id)}>
                <span className="row-headline">{revision.headline || t('common.untitled')}</span>
                <span className="row-meta">
                  {formatChanged(revision.time, language)} · {t(`history.reason.${revision.reason}`)} · {t('common.words', { count: revision.words })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div className="history-view" aria-live="polite">
          {selected ? (
            <>
              <h3>{selected.article.headline || t('common.untitled')}</h3>
              <div className="history-text">{readableText(selected.article)}</div>
              <button type="button" className="primary" onClick={restore}>
                {t('history.restore')}
              </button>
            </>
          ) : (
            <p className="hint">{t('history.choose')}</p>
          )}
        </div>
      </div>
    </PanelDialog>
  );
}
