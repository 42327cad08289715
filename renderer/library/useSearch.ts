import { useEffect, useState } from 'react';
import type { VerbOutput } from '../../electron/contract';
import type { Status } from '../../electron/core/article/schema';
import type { Bridge } from '../bridge';

export interface SearchFilters {
  status: Status | '';
  section: string;
  from: string;
  to: string;
}

export const NO_FILTERS: SearchFilters = { status: '', section: '', from: '', to: '' };
const SEARCH_DELAY_MS = 150;

export type Hits = VerbOutput<'search'>;

/** The sidebar's search: runs a moment after typing pauses; the latest query's answer wins. */
export function useSearch(bridge: Bridge, onProblem: (error: unknown) => void) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [hits, setHits] = useState<Hits | null>(null);

  const active = query.trim() !== '';
  useEffect(() => {
    if (!active) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      bridge
        .search({
          query,
          ...(filters.status ? { status: filters.status } : {}),
          ...(filters.section.trim() ? { section: filters.section.trim() } : {}),
          ...(filters.from ? { from: filters.from } : {}),
          ...(filters.to ? { to: filters.to } : {}),
        })
        .then((result) => live && setHits(result), onProblem);
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bridge, query, filters, active, onProblem]);

  return { query, setQuery, filters, setFilters, hits: active ? hits : null };
}
