import type { TrashEntry } from '../../electron/core/article/schema';
import { useText } from '../text';
import { formatChanged } from './format';

export function TrashView({ entries, onRestore }: { entries: TrashEntry[]; onRestore(id: string): void }) {
  const { t, language } = useText();
  return (
    <section className="trash" aria-labelledby="trash-title">
      <h1 id="trash-title">{t('trash.title')}</h1>
      <p className="hint">{t('trash.hint')}</p>
      {entries.length === 0 ? (
        <p className="empty">{t('trash.empty')}</p>
      ) : (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="row-headline">{entry.headline || t('common.untitled')}</span>
              <span className="row-meta">{t('trash.deleted', { when: formatChanged(entry.deletedAt, language) })}</span>
              <button type="button" onClick={() => onRestore(entry.id)}>
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
