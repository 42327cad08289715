import { exactTerm, foldedTerm } from './terms';

export interface Snippet {
  text: string;
  /** [start, end) offsets of the matched words in `text`. */
  highlights: [number, number][];
}

export interface QueryTerm {
  term: string;
  exact: boolean;
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function matches(word: string, query: QueryTerm): boolean {
  const form = query.exact ? exactTerm(word) : foldedTerm(word);
  return query.prefix ? form.startsWith(query.term) : form === query.term;
}

/**
 * A short passage around the first match in the text, with every matched word marked, so the
 * reporter sees why an article came up.
 */
export function makeSnippet(text: string, terms: QueryTerm[], radius = 80): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const found: [number, number][] = [];
  for (const match of flat.matchAll(WORD)) {
    if (terms.some((term) => matches(match[0], term))) found.push([match.index, match.index + match[0].length]);
  }
  if (found.length === 0) return { text: flat.length > radius * 2 ? `${flat.slice(0, radius * 2).replace(/\s+\S*$/, '')}…` : flat, highlights: [] };
  const [first] = found[0] as [number, number];
  let start = Math.max(0, first - radius);
  let end = Math.min(flat.length, first + radius);
  // Whole words only.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > first ? flat.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${flat.slice(start, end)}${suffix}`,
    highlights: found.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
