import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Options, Query } from 'minisearch';
import { RankedMiniSearch, type RankedWord } from './rankedMiniSearch';
import { z } from 'zod';
import type { Article } from '../article';
import { MAX_OWN_FILE_BYTES, appendOwnFile, readOwnText, writeFileDurably } from '../store/durableFile';
import { FIELD_BOOST, TEXT_FIELDS, searchDocument, type SearchDocument } from './searchDocument';
import type { QueryTerm } from './snippet';
import { exactTerm, foldedTerm, hasMarks, words } from './terms';
import { message, type Message } from '../messages';

export const SEARCH_VERSION = 1;
const EXACT = '~exact';
const FIELDS = TEXT_FIELDS.flatMap((field) => [field, `${field}${EXACT}`]);
export const BOOST: Record<string, number> = Object.fromEntries(FIELDS.map((field) => [field, FIELD_BOOST[field.replace(EXACT, '') as keyof typeof FIELD_BOOST]]));
const STORED = ['headline', 'status', 'section', 'date'] as const;
/** Journal entries after which the snapshot is rewritten. */
const COMPACT_AFTER = 500;

type Stored = Pick<SearchDocument, (typeof STORED)[number]>;

/**
 * Every word is indexed twice: accent-free ("dien bien") and as written ("điện biên"). A query
 * word typed without marks searches the first, so it finds every spelling; a word typed with marks
 * searches the second, so "Đà Nẵng" does not find "đã nâng".
 */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: FIELDS,
  storeFields: [...STORED],
  extractField: (document, field) => String(document[field.replace(EXACT, '') as keyof SearchDocument] ?? ''),
  tokenize: (text) => words(text),
  processTerm: (term, field) => (field?.endsWith(EXACT) ? exactTerm(term) : foldedTerm(term)),
  searchOptions: {
    // Query words arrive already reduced to their index form (see queryTerms).
    tokenize: (text) => [text],
    processTerm: (term) => term,
    boost: BOOST,
  },
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1 },
};

const Snapshot = z.object({
  version: z.literal(SEARCH_VERSION),
  stamps: z.record(z.string(), z.string()),
  index: z.record(z.string(), z.unknown()),
});

const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), stamp: z.string(), document: z.record(z.string(), z.string()) }),
  z.object({ op: z.literal('del'), id: z.string() }),
]);

export interface SearchFilters {
  status?: string | undefined;
  section?: string | undefined;
  /** YYYY-MM-DD, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface RawHit extends Stored {
  id: string;
  score: number;
}

/** What a query's words become: each searched as written or accent-free, the last as a prefix. */
export function queryTerms(query: string): QueryTerm[] {
  const list = words(query);
  const trailingSpace = /\s$/.test(query);
  return list.map((word, i) => {
    const exact = hasMarks(word);
    return { term: exact ? exactTerm(word) : foldedTerm(word), exact, prefix: i === list.length - 1 && !trailingSpace };
  });
}

/** Each query word as the engine is asked it: in every text field, accent-free or as written, the last one completed as a prefix. */
export function rankedWords(terms: QueryTerm[]): RankedWord[] {
  return terms.map((term) => ({ term: term.term, fields: TEXT_FIELDS.map((field) => (term.exact ? `${field}${EXACT}` : field)), prefix: term.prefix }));
}

/** MiniSearch's own query for a query's words (every word required): what `rankEveryWord` answers. */
export function queryTree(terms: QueryTerm[]): Query {
  return { combineWith: 'AND', queries: rankedWords(terms).map((word) => ({ queries: [word.term], fields: [...word.fields], prefix: word.prefix })) };
}

/**
 * The library's search index: MiniSearch, kept in `search/` as a snapshot plus a journal of the
 * changes since, so that a save appends one line instead of rewriting the whole index. It is a
 * cache: the stamps of the article files it was built from tell which articles to read again.
 */
export class SearchIndex {
  private journalLength = 0;
  /** Why the index had to be rebuilt on open, if it had to. */
  notice: Message | null = null;

  private constructor(
    private readonly dir: string,
    private engine: RankedMiniSearch<SearchDocument>,
    private stamps: Record<string, string>,
    private readonly readOnly: boolean,
  ) {}

  static async open(
    dir: string,
    current: Record<string, string>,
    read: (id: string) => Promise<Article | null>,
    readOnly = false,
    /** Keeps a damaged snapshot before it is rebuilt; says where it went. */
    keepDamaged: (path: string) => Promise<string | null> = async () => null,
  ): Promise<SearchIndex> {
    const index = new SearchIndex(dir, new RankedMiniSearch(SEARCH_OPTIONS), {}, readOnly);
    await index.load(keepDamaged);
    let changed = 0;
    for (const id of Object.keys(index.stamps)) {
      if (!(id in current)) {
        index.drop(id);
        changed++;
      }
    }
    for (const [id, stamp] of Object.entries(current)) {
      if (index.stamps[id] === stamp) continue;
      const article = await read(id);
      if (article) index.put(article, stamp);
      else index.drop(id);
      changed++;
    }
    if (changed > 0 && !readOnly) await index.compact();
    return index;
  }

  get size(): number {
    return this.engine.documentCount;
  }

  /** Indexes a saved article. */
  async update(article: Article, stamp: string): Promise<void> {
    const document = this.put(article, stamp);
    await this.journal({ op: 'put', stamp, document: { ...document } });
  }

  async remove(id: string): Promise<void> {
    this.drop(id);
    await this.journal({ op: 'del', id });
  }

  /**
   * Records a change without loading the index: it is applied when the index is next opened.
   * Saves in a library whose index nobody has searched yet cost one appended line.
   */
  static async journalOnly(dir: string, change: { article: Article; stamp: string } | { removed: string }): Promise<void> {
    const entry = 'removed' in change ? { op: 'del', id: change.removed } : { op: 'put', stamp: change.stamp, document: { ...searchDocument(change.article) } };
    await mkdir(dir, { recursive: true });
    await appendOwnFile(join(dir, 'journal.jsonl'), `${JSON.stringify(entry)}\n`);
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): { hits: RawHit[]; terms: QueryTerm[] } {
    const terms = queryTerms(query);
    if (terms.length === 0) return { hits: [], terms };
    const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');
    const ranked = this.engine.rankEveryWord(rankedWords(terms), { boost: BOOST, limit, keep: filtered ? (stored) => matchesFilters(storedOf(stored), filters) : undefined });
    return { hits: ranked.map((hit) => ({ id: hit.id, score: hit.score, ...storedOf(hit.stored) })), terms };
  }

  /** Rewrites the snapshot and empties the journal. */
  async compact(): Promise<void> {
    if (this.readOnly) return;
    await mkdir(this.dir, { recursive: true });
    const snapshot = { version: SEARCH_VERSION, stamps: this.stamps, index: this.engine.toJSON() };
    await writeFileDurably(join(this.dir, 'index.json'), JSON.stringify(snapshot));
    await writeFileDurably(join(this.dir, 'journal.jsonl'), '');
    this.journalLength = 0;
  }

  private put(article: Article, stamp: string): SearchDocument {
    const document = searchDocument(article);
    if (this.engine.has(document.id)) this.engine.discard(document.id);
    this.engine.add(document);
    this.stamps[document.id] = stamp;
    return document;
  }

  private drop(id: string): void {
    if (this.engine.has(id)) this.engine.discard(id);
    delete this.stamps[id];
  }

  private async journal(entry: z.infer<typeof JournalEntry>): Promise<void> {
    if (this.readOnly) return;
    await mkdir(this.dir, { recursive: true });
    await appendOwnFile(join(this.dir, 'journal.jsonl'), `${JSON.stringify(entry)}\n`);
    if (++this.journalLength >= COMPACT_AFTER) await this.compact();
  }

  private async load(keepDamaged: (path: string) => Promise<string | null>): Promise<void> {
    const path = join(this.dir, 'index.json');
    // The library's own files only: a link in their place is not followed (it reads as damaged).
    const text = await readOwnText(path, MAX_OWN_FILE_BYTES).catch(() => null);
    if (text === null) return;
    try {
      const snapshot = Snapshot.parse(JSON.parse(text));
      this.engine = RankedMiniSearch.fromSnapshot(snapshot.index as never, SEARCH_OPTIONS);
      this.stamps = snapshot.stamps;
    } catch {
      const kept = this.readOnly ? null : await keepDamaged(path);
      this.notice = kept ? message('searchIndexRebuiltKept', { path: kept }) : message('searchIndexRebuilt');
      this.engine = new RankedMiniSearch(SEARCH_OPTIONS);
      this.stamps = {};
      return;
    }
    const journal = await readOwnText(join(this.dir, 'journal.jsonl'), MAX_OWN_FILE_BYTES).catch(() => '');
    for (const line of journal.split('\n')) {
      // A line cut short by a crash is skipped: the stamps then send that article to be read again.
      const entry = parseLine(line);
      if (!entry) continue;
      if (entry.op === 'del') this.drop(entry.id);
      else {
        const document = entry.document as unknown as SearchDocument;
        if (this.engine.has(document.id)) this.engine.discard(document.id);
        this.engine.add(document);
        this.stamps[document.id] = entry.stamp;
      }
      this.journalLength++;
    }
  }
}

function parseLine(line: string): z.infer<typeof JournalEntry> | null {
  if (line.trim() === '') return null;
  try {
    const parsed = JournalEntry.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function matchesFilters(stored: Stored, filters: SearchFilters): boolean {
  if (filters.status && stored.status !== filters.status) return false;
  if (filters.section && stored.section.toLocaleLowerCase('vi') !== filters.section.toLocaleLowerCase('vi')) return false;
  if (filters.from && stored.date < filters.from) return false;
  if (filters.to && stored.date > filters.to) return false;
  return true;
}

/** The fields the index stores beside each article. */
function storedOf(stored: Record<string, unknown>): Stored {
  const text = (name: (typeof STORED)[number]): string => {
    const value = stored[name];
    return typeof value === 'string' ? value : '';
  };
  return { headline: text('headline'), status: text('status'), section: text('section'), date: text('date') };
}
