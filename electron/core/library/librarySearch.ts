import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Article } from '../article';
import { SearchIndex, makeSnippet, type SearchFilters } from '../search';
import { readArticleFile } from './articleFile';
import type { IndexEntry } from './indexFile';
import { keepInQuarantine } from './keepInQuarantine';
import type { LibraryLayout } from './layout';

export interface SearchHit {
  id: string;
  headline: string;
  snippet: string;
  /** [start, end) offsets of the matched words in `snippet`. */
  highlights: [number, number][];
  score: number;
  status: string;
  section: string;
  date: string;
}

/**
 * The library's search: opened on the first query (opening a library reads no search data), kept
 * up to date on every save. Until it is opened, changes are only appended to its journal.
 */
export class LibrarySearch {
  private index: Promise<SearchIndex> | null = null;

  constructor(
    private readonly layout: LibraryLayout,
    private readonly entries: () => Record<string, IndexEntry>,
    private readonly readOnly: boolean,
    private readonly notices: string[],
  ) {}

  async search(query: string, filters: SearchFilters = {}, limit = 50): Promise<SearchHit[]> {
    const index = await this.open();
    const { hits, terms } = index.search(query, filters, limit);
    // The passages are read in parallel, and only for their text: a snippet needs no full validation.
    return Promise.all(
      hits.map(async (hit) => {
        const snippet = makeSnippet(await readableTextOf(this.layout.articleFile(hit.id)), terms);
        return { ...hit, snippet: snippet.text, highlights: snippet.highlights, score: Math.round(hit.score * 1000) / 1000 };
      }),
    );
  }

  /** Records a saved article. A failure here never fails the save: the index heals on next open. */
  async saved(article: Article, stamp: string): Promise<void> {
    if (this.readOnly) return;
    try {
      if (this.index) await (await this.index).update(article, stamp);
      else await SearchIndex.journalOnly(this.layout.search, { article, stamp });
    } catch {
      // The stamps differ now, so the next open reads this article again.
    }
  }

  async removed(id: string): Promise<void> {
    if (this.readOnly) return;
    try {
      if (this.index) await (await this.index).remove(id);
      else await SearchIndex.journalOnly(this.layout.search, { removed: id });
    } catch {
      // As above.
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
          const read = await readArticleFile(this.layout.articleFile(id));
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
    const parsed = SnippetSource.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) return '';
    const parts: string[] = [parsed.data.sapo];
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
