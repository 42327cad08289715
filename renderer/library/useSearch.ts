import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { VerbInput, VerbOutput } from '../../electron/contract';
import type { Status } from '../../electron/core/article/schema';
import type { Bridge } from '../bridge';

export interface SearchFilters {
  status: Status | '';
  section: string;
  from: string;
  to: string;
}

const NO_FILTERS: SearchFilters = { status: '', section: '', from: '', to: '' };
const SEARCH_DELAY_MS = 150;
/** A search's answers are kept this long after it is left (typing back to an earlier query). */
const SEARCH_KEPT_MS = 30_000;

export type Hits = VerbOutput<'search'>;
export type Passages = ReadonlyMap<string, VerbOutput<'searchPassages'>[number]>;
const NO_PASSAGES: Passages = new Map();

/** The search the bridge is asked, from the box and the filters as they stand. */
function searchInput(query: string, filters: SearchFilters): VerbInput<'search'> {
  return {
    query,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.section.trim() ? { section: filters.section.trim() } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** `value`, once it has stayed the same for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The sidebar's search: runs a moment after typing pauses; the latest query's answer wins (each
 * query is its own entry in the page's query cache). What was found shows at once, from the
 * search index; the passages that matched follow, read from the articles.
 */
export function useSearch(bridge: Bridge, onProblem: (error: unknown) => void) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const asked = useSettled(
    useMemo(() => searchInput(query, filters), [query, filters]),
    SEARCH_DELAY_MS,
  );
  const active = query.trim() !== '';
  const ready = active && asked.query.trim() !== '';

  const found = useQuery({
    queryKey: ['search', asked],
    queryFn: () => bridge.search(asked),
    enabled: ready,
    staleTime: 0,
    gcTime: SEARCH_KEPT_MS,
    // The last answer stays on screen while the next query runs.
    placeholderData: keepPreviousData,
  });
  const hits = found.isPlaceholderData ? null : (found.data ?? null);
  const ids = useMemo(() => (hits ?? []).map((hit) => hit.id), [hits]);
  const read = useQuery({
    queryKey: ['searchPassages', asked.query, ids],
    queryFn: () => bridge.searchPassages({ query: asked.query, ids }),
    enabled: ready && ids.length > 0,
    staleTime: 0,
    gcTime: SEARCH_KEPT_MS,
    placeholderData: keepPreviousData,
    select: (passages): Passages => new Map(passages.map((passage) => [passage.id, passage])),
  });

  const error = found.error ?? read.error;
  useEffect(() => {
    if (error) onProblem(error);
  }, [error, onProblem]);

  // The passages of the answer on screen: the last ones while the next query runs, none while a
  // new answer's are being read.
  const passages = read.isPlaceholderData && !found.isPlaceholderData ? NO_PASSAGES : (read.data ?? NO_PASSAGES);
  return { query, setQuery, filters, setFilters, hits: active ? (found.data ?? null) : null, passages };
}
