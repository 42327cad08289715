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
export type Passages = ReadonlyMap<string, VerbOutput<'searchPassages'>[number]>;

/**
 * The sidebar's search: runs a moment after typing pauses; the latest query's answer wins. What
 * was found shows at once, from the search index; the passages that matched follow, read from
 * the articles.
 */
export function useSearch(bridge: Bridge, onProblem: (error: unknown) => void) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [hits, setHits] = useState<Hits | null>(null);
  const [passages, setPassages] = useState<Passages>(new Map());

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
        .then(async (found) => {
          if (!live) return;
          setHits(found);
          setPassages(new Map());
          if (found.length === 0) return;
          const read = await bridge.searchPassages({ query, ids: found.map((hit) => hit.id) });
          if (live) setPassages(new Map(read.map((passage) => [passage.id, passage])));
        })
        .catch(onProblem);
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bridge, query, filters, active, onProblem]);

  return { query, setQuery, filters, setFilters, hits: active ? hits : null, passages };
}
