import { useState } from 'react';
import { useText } from '../text';
import { STATUSES } from '../../electron/core/article/choices';
import type { Status } from '../../electron/core/article/schema';
import { ChoiceField, useStatusLabels } from '../article/ChoiceField';
import { DateInput } from '../article/DateInput';
import { aimAt, type Aim } from './aim';
import { formatDay } from './format';
import type { Hits, Passages, SearchFilters } from './useSearch';

export interface SearchPanelProps {
  query: string;
  filters: SearchFilters;
  onQuery(query: string): void;
  onFilters(filters: SearchFilters): void;
}

/** The search box over the library list, with its filters folded away until wanted. */
export function SearchBox({ query, filters, onQuery, onFilters }: SearchPanelProps) {
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<SearchFilters>) => onFilters({ ...filters, ...patch });
  const filtered = filters.status !== '' || filters.section !== '' || filters.from !== '' || filters.to !== '';
  const { t } = useText();
  const statusLabels = useStatusLabels();
  return (
    <div className="search-box" role="search">
      <div className="search-row">
        <input type="search" aria-label={t('search.label')} placeholder={t('search.placeholder')} value={query} onChange={(event) => onQuery(event.target.value)} />
        <button type="button" className={`quiet filter-toggle${filtered ? ' on' : ''}`} aria-expanded={open} aria-controls="search-filters" onClick={() => setOpen(!open)}>
          {t('search.filters')}
        </button>
      </div>
      {open && (
        <div id="search-filters" className="search-filters">
          <ChoiceField label={t('search.status')} value={filters.status} choices={STATUSES} labels={statusLabels} anyLabel={t('search.any')} onChange={(status) => set({ status })} />
          <label className="field">
            <span>{t('search.section')}</span>
            <input type="text" value={filters.section} onChange={(event) => set({ section: event.target.value })} />
          </label>
          <label className="field">
            <span>{t('search.from')}</span>
            <DateInput value={filters.from} onChange={(from) => set({ from })} />
          </label>
          <label className="field">
            <span>{t('search.to')}</span>
            <DateInput value={filters.to} onChange={(to) => set({ to })} />
          </label>
        </div>
      )}
    </div>
  );
}

/** Hits, best first, each with the passage that matched and the matched words marked. */
export function SearchResults({ hits, passages, openId, onOpen, aim }: { hits: Hits | null; passages: Passages; openId: string | null; onOpen(id: string): void; aim: Aim }) {
  const { t, language } = useText();
  const statusLabels = useStatusLabels();
  if (hits === null) return <p className="empty">{t('search.searching')}</p>;
  if (hits.length === 0) return <p className="empty">{t('search.noMatch')}</p>;
  return (
    <ul className="article-list search-results" aria-label={t('search.results')}>
      {hits.map((hit) => (
        <li key={hit.id} className={hit.id === openId ? 'current' : undefined}>
          <button type="button" className="article-row" onClick={() => onOpen(hit.id)} {...aimAt(aim, hit.id)}>
            <span className="row-headline">{hit.headline || t('common.untitled')}</span>
            <Snippet passage={passages.get(hit.id)} />
            <span className="row-meta">
              {statusLabels[hit.status as Status] ?? hit.status} · {formatDay(hit.date, language)}
              {hit.section ? ` · ${hit.section}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The matched passage, or a placeholder line of the same height while it is being read. */
function Snippet({ passage }: { passage: ReturnType<Passages['get']> }) {
  if (!passage) return <span className="row-snippet pending" aria-hidden="true" />;
  return <span className="row-snippet">{marked(passage.snippet, passage.highlights)}</span>;
}

function marked(text: string, highlights: [number, number][]): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
