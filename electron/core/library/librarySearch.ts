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
    const results: SearchHit[] = [];
    for (const hit of hits) {
      const read = await readArticleFile(this.layout.articleFile(hit.id));
      const text = read.ok ? [read.article.sapo, bodyPlainText(read.article)].join(' ') : '';
      const snippet = makeSnippet(text, terms);
      results.push({ ...hit, headline: read.ok ? read.article.headline : hit.headline, snippet: snippet.text, highlights: snippet.highlights, score: Math.round(hit.score * 1000) / 1000 });
    }
    return results;
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

function bodyPlainText(article: Article): string {
  const parts: string[] = [];
  const walk = (node: Article['body']['content'][number]): void => {
    if (node.text !== undefined) parts.push(node.text);
    node.content?.forEach(walk);
    if (node.type !== 'text') parts.push(' ');
  };
  article.body.content.forEach(walk);
  return parts.join('');
}
