import type { TrashEntry } from '../../electron/core/article/schema';
import { formatChanged } from './format';

export function TrashView({ entries, onRestore }: { entries: TrashEntry[]; onRestore(id: string): void }) {
  return (
    <section className="trash" aria-labelledby="trash-title">
      <h1 id="trash-title">Trash</h1>
      <p className="hint">Articles moved here keep their text and photos. Restore one to put it back in the library.</p>
      {entries.length === 0 ? (
        <p className="empty">The trash is empty.</p>
      ) : (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="row-headline">{entry.headline || 'Untitled'}</span>
              <span className="row-meta">Deleted {formatChanged(entry.deletedAt)}</span>
              <button type="button" onClick={() => onRestore(entry.id)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
