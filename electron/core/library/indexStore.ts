import type { Low } from 'lowdb';
import type { Article, ArticleSummary } from '../article';
import { byChange } from '../article/listOrder';
import { ioError } from '../store/errors';
import { keepInQuarantine } from '../store/keepInQuarantine';
import { DamagedIndexError, articleIdsOnDisk, entryFromDisk, fileStamp, inBatches, indexDb, rebuildIndex, type IndexEntry, type LibraryIndex } from './indexFile';
import type { LibraryLayout } from '../store/layout';
import { summarize } from '../article/summary';
import { message, messageOf, type Message, errorText } from '../messages';
import type { LibraryContext } from './context';

/**
 * How long coalesced index writes wait. The index of a large library is megabytes: written after
 * every pause in typing, it would cost more than the saves it records. A crash before it is
 * written loses nothing (the article files are the record; the app checks them on open).
 */
const INDEX_WRITE_DELAY_MS = 10_000;

/**
 * `library.json`: the list of articles as a cache of their files. Rebuilt from them when missing
 * or damaged (the damaged file kept in quarantine), and brought in line with them on open.
 */
export class IndexStore {
  private readonly db: Low<LibraryIndex>;

  private readonly layout: LibraryLayout;
  private readonly readOnly: boolean;
  private readonly notices: Message[];
  private readonly now: () => Date;
  private readonly deferWrites: boolean;

  constructor({ layout, readOnly, notices, now, deferWrites }: LibraryContext) {
    this.layout = layout;
    this.readOnly = readOnly;
    this.notices = notices;
    this.now = now;
    this.deferWrites = deferWrites;
    this.db = indexDb(layout);
  }

  get entries(): Record<string, IndexEntry> {
    return this.db.data.articles;
  }

  /** Every article, newest change first. Damaged ones are included and flagged. */
  list(): ArticleSummary[] {
    return Object.values(this.entries)
      .map(({ stamp: _stamp, ...summary }) => summary)
      .sort(byChange);
  }

  /**
   * Reads the index. With `checkFiles`, it is also brought in line with the article files before
   * anything is listed (the command line); without, the caller checks them afterwards with
   * `reconcile` (the app shows its list first).
   */
  async load(checkFiles = true): Promise<void> {
    try {
      await this.db.read();
    } catch (error) {
      const reason = error instanceof DamagedIndexError ? error.message : `library.json cannot be read (${errorText(error)})`;
      const kept = this.readOnly ? null : await keepInQuarantine(this.layout, this.layout.index, this.now());
      this.notices.push(kept ? message('indexRebuiltKept', { reason, path: kept }) : message('indexRebuilt', { reason }));
      this.db.data = await rebuildIndex(this.layout);
      await this.writeQuietly();
      return;
    }
    if (!checkFiles) return;
    const { changed, removed } = await this.reconcile();
    if (changed.length + removed.length > 0) await this.writeQuietly();
  }

  /** Records a written article; `textUnchanged` when sapo and body are as before, so its count stands. */
  async put(article: Article, textUnchanged = false): Promise<string> {
    const stamp = await fileStamp(this.layout.articleFile(article.id));
    const before = this.entries[article.id];
    const wordCount = textUnchanged && before && !before.damaged ? before.wordCount : undefined;
    this.entries[article.id] = { ...summarize(article, wordCount), stamp };
    await this.changed();
    return stamp;
  }

  async putFromDisk(id: string): Promise<IndexEntry> {
    const entry = await entryFromDisk(this.layout, id);
    this.entries[id] = entry;
    await this.changed();
    return entry;
  }

  async remove(id: string): Promise<void> {
    delete this.entries[id];
    await this.changed();
  }

  /** Writes a coalesced change now (on close). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending) await this.write();
  }

  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending = false;

  /**
   * After a change: written at once, or, when writes are coalesced, a moment later in one go, so
   * that an autosave in a library of 10,000 articles does not rewrite a 4 MB index each time.
   */
  private async changed(): Promise<void> {
    if (!this.deferWrites) return this.write();
    this.pending = true;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.write().catch((error: unknown) => this.notices.push(messageOf(error)));
    }, INDEX_WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  async rebuild(): Promise<void> {
    this.db.data = await rebuildIndex(this.layout);
    await this.write();
  }

  private async write(): Promise<void> {
    if (this.readOnly) return;
    this.pending = false;
    try {
      await this.db.write();
    } catch (error) {
      throw ioError(error, this.layout.index, 'doUpdateIndex');
    }
  }

  private async writeQuietly(): Promise<void> {
    // Only a cache: a library on a read-only share still opens from its articles.
    await this.write().catch((error: unknown) => this.notices.push(messageOf(error)));
  }

  /**
   * Brings the index in line with the files on disk: articles added, removed or changed by other
   * means (a sync client, another tool) are re-read; the rest cost one stat each.
   */
  async reconcile(): Promise<{ changed: string[]; removed: string[] }> {
    const onDisk = await articleIdsOnDisk(this.layout);
    const present = new Set(onDisk);
    const articles = this.entries;
    const changed: string[] = [];
    const removed: string[] = [];
    for (const id of Object.keys(articles)) {
      if (!present.has(id)) {
        delete articles[id];
        removed.push(id);
      }
    }
    await inBatches(onDisk, 64, async (id) => {
      const entry = articles[id];
      if (entry && entry.stamp === (await fileStamp(this.layout.articleFile(id)))) return;
      articles[id] = await entryFromDisk(this.layout, id);
      changed.push(id);
    });
    return { changed, removed };
  }

  /** Records what `reconcile` found, as any other change (written at once, or coalesced). */
  async reconciled(): Promise<void> {
    if (this.readOnly) return;
    await this.changed().catch((error: unknown) => void this.notices.push(messageOf(error)));
  }
}
