import { z } from 'zod';
import type { Article } from '../article';
import { SearchIndex, makeSnippet, queryTerms, type SearchFilters } from '../search';
import { MAX_ARTICLE_BYTES, readArticleFile } from './articleFile';
import { readOwnText } from '../store/durableFile';
import type { IndexEntry } from './indexFile';
import { keepInQuarantine } from '../store/keepInQuarantine';
import type { LibraryLayout } from '../store/layout';
import type { LibraryContext } from './context';
import type { Message } from '../messages';

/** An article a query found, from the search index alone (no article file is read). */
export interface FoundArticle {
  id: string;
  headline: string;
  score: number;
  status: string;
  section: string;
  date: string;
}

/** The passage of an article around what a query matched. */
export interface Passage {
  id: string;
  snippet: string;
  /** [start, end) offsets of the matched words in `snippet`. */
  highlights: [number, number][];
}

export type SearchHit = FoundArticle & Passage;

/**
 * The library's search: opened on the first query (opening a library reads no search data), kept
 * up to date on every save. Until it is opened, changes are only appended to its journal.
 */
export class LibrarySearch {
  private index: Promise<SearchIndex> | null = null;
  /** Changes not yet given to the index (when coalesced): the latest per article, null when removed. */
  private readonly pending = new Map<string, { article: Article; stamp: string } | null>();

  private readonly layout: LibraryLayout;
  private readonly readOnly: boolean;
  private readonly notices: Message[];
  /**
   * Coalesce updates (the app): a save then neither re-indexes nor journals a long article; the
   * index takes the latest version of each changed article before the next query, and on close.
   * Lost in a crash, they are made good on the next open, by the file stamps.
   */
  private readonly deferUpdates: boolean;

  constructor(
    { layout, readOnly, notices, deferWrites }: LibraryContext,
    private readonly entries: () => Record<string, IndexEntry>,
  ) {
    this.layout = layout;
    this.readOnly = readOnly;
    this.notices = notices;
    this.deferUpdates = deferWrites;
  }

  /** The articles a query finds, best first, answered from the index without reading any article. */
  async find(query: string, filters: SearchFilters = {}, limit = 50): Promise<FoundArticle[]> {
    await this.flush();
    const index = await this.open();
    return index.search(query, filters, limit).hits.map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
  }

  /**
   * The passages that show why each article came up: these read the article files, so the
   * interface asks for them once the list of what was found is on screen.
   */
  async passages(query: string, ids: string[]): Promise<Passage[]> {
    const terms = queryTerms(query);
    // Read in parallel, and only for their text: a snippet needs no full validation.
    return Promise.all(
      ids.map(async (id) => {
        const snippet = makeSnippet(await readableTextOf(this.layout.articleFile(id)), terms);
        return { id, snippet: snippet.text, highlights: snippet.highlights };
      }),
    );
  }

  /** Both together (the command line). */
  async search(query: string, filters: SearchFilters = {}, limit = 50): Promise<SearchHit[]> {
    const found = await this.find(query, filters, limit);
    const passages = await this.passages(
      query,
      found.map((hit) => hit.id),
    );
    return found.map((hit, i) => ({ ...hit, ...(passages[i] as Passage) }));
  }

  /** Records a saved article. A failure here never fails the save: the index heals on next open. */
  async saved(article: Article, stamp: string): Promise<void> {
    await this.record(article.id, { article, stamp });
  }

  async removed(id: string): Promise<void> {
    await this.record(id, null);
  }

  /** Gives the index every change still waiting (before a query, and on close), in order. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const changes = [...this.pending];
      this.pending.clear();
      for (const [id, change] of changes) await this.apply(id, change);
    });
    return this.flushing;
  }

  private flushing: Promise<void> = Promise.resolve();

  private async record(id: string, change: { article: Article; stamp: string } | null): Promise<void> {
    if (this.readOnly) return;
    if (!this.deferUpdates) return this.apply(id, change);
    this.pending.set(id, change);
  }

  private async apply(id: string, change: { article: Article; stamp: string } | null): Promise<void> {
    try {
      if (this.index) {
        const index = await this.index;
        await (change ? index.update(change.article, change.stamp) : index.remove(id));
      } else await SearchIndex.journalOnly(this.layout.search, change ?? { removed: id });
    } catch {
      // The stamps differ now, so the next open reads this article again.
    }
  }

  private open(): Promise<SearchIndex> {
    this.index ??= (async () => {
      const current: Record<string, string> = {};
      for (const [id, entry] of Object.entries(this.entries())) if (!entry.damaged) current[id] = entry.stamp;
      const index = await SearchIndex.open(
        this.layout.search,
        current,
        async (id) => {
          const read = await readArticleFile(this.layout.articleFile(id), id);
          return read.ok ? read.article : null;
        },
        this.readOnly,
        (path) => keepInQuarantine(this.layout, path, new Date()),
      );
      if (index.notice) this.notices.push(index.notice);
      return index;
    })();
    return this.index;
  }
}

const SnippetSource = z.looseObject({ sapo: z.string(), body: z.looseObject({ content: z.array(z.unknown()) }) });

/** The sapo and body text of an article file, or '' when it cannot be read: only text is taken from it. */
async function readableTextOf(path: string): Promise<string> {
  try {
    const parsed = SnippetSource.safeParse(JSON.parse(await readOwnText(path, MAX_ARTICLE_BYTES)));
    if (!parsed.success) return '';
    // The sapo is a block of its own: set apart from the body's first.
    const parts: string[] = [parsed.data.sapo, ' '];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const { text, content } = node as { text?: unknown; content?: unknown };
      if (typeof text === 'string') parts.push(text);
      if (Array.isArray(content)) content.forEach(walk);
      // Blocks are set apart; runs of text inside a paragraph join as written.
      if (typeof text !== 'string') parts.push(' ');
    };
    parsed.data.body.content.forEach(walk);
    return parts.join('').normalize('NFC');
  } catch {
    return '';
  }
}
