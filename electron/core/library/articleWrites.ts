import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { blankArticle, type Article, type ArticlePatch } from '../article';
import type { FileWriter } from '../store/durableFile';
import { LibraryError, describeIoError, ioError } from '../store/errors';
import { articlePart } from '../store/contained';
import { message } from '../messages';
import { loadArticle, readArticleFile, writeArticleFile } from './articleFile';
import type { LibraryContext } from './context';
import { fileStamp, type IndexEntry } from './indexFile';
import type { IndexStore } from './indexStore';
import type { LibrarySearch } from './librarySearch';
import { Mutex } from './mutex';
import { withPatch, type PatchInput } from './patch';
import type { RevisionReason, RevisionStore } from './revisions';

/** What the article files are written with. */
export interface WriteOptions {
  newId: (now: Date) => string;
  writeFile: FileWriter | undefined;
}

/**
 * The article files and the one queue every write of the library goes through: the index, the
 * search index and the snapshots follow each write in the same step, so no write lands between an
 * article and what the library knows of it. The library's other services run their writes here.
 */
export class ArticleWrites {
  private readonly queue = new Mutex();
  /** Other versions already kept this session: a refused save retried does not keep them again. */
  private readonly keptConflicts = new Set<string>();
  /** What this library last wrote to each article file, and the file's stamp just after. */
  private readonly written = new Map<string, { stamp: string; article: Article }>();

  constructor(
    private readonly context: LibraryContext,
    private readonly index: IndexStore,
    private readonly finder: LibrarySearch,
    private readonly revisions: RevisionStore,
    private readonly options: WriteOptions,
  ) {}

  /** Runs one write after those before it. */
  run<T>(write: () => Promise<T>): Promise<T> {
    return this.queue.run(write);
  }

  private get layout() {
    return this.context.layout;
  }

  async get(id: string): Promise<Article> {
    return loadArticle(await articlePart(this.layout.root, id, 'article.json'), id);
  }

  async create(fields: ArticlePatch = {}): Promise<Article> {
    return this.run(async () => {
      const now = this.context.now();
      const id = await this.unusedId(now);
      const article = withPatch(blankArticle(id, now), fields);
      // Built beside its final place and renamed in, so a crash never leaves half an article.
      const staging = this.layout.stagingDir(id);
      try {
        await mkdir(`${staging}/media`, { recursive: true });
        await writeArticleFile(`${staging}/article.json`, article, this.options.writeFile);
        await rename(staging, this.layout.articleDir(id));
      } catch (error) {
        // The staging folder is this call's own, made a moment ago: nothing of anyone's is in it.
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        throw ioError(error, this.layout.root, 'doCreate');
      }
      await this.putEntry(article);
      return article;
    });
  }

  /**
   * Applies a patch and writes the article. With `baseRevision`, refuses when the file on disk has
   * moved on since the caller loaded it (another window, tool or machine saved in between).
   */
  save(id: string, patch: PatchInput, baseRevision?: number, savePoint?: RevisionReason): Promise<Article> {
    return this.run(() => this.saveNow(id, patch, baseRevision, savePoint));
  }

  /** `save`'s work, for callers already in the write queue. */
  async saveNow(id: string, patch: PatchInput, baseRevision?: number, savePoint?: RevisionReason): Promise<Article> {
    const path = await articlePart(this.layout.root, id, 'article.json');
    const current = await this.lastWritten(id);
    const now = this.context.now();
    if (baseRevision !== undefined && current.revision !== baseRevision) {
      // The other version is kept (once) before the reporter chooses between the two.
      const key = `${id}@${current.revision}`;
      if (!this.keptConflicts.has(key)) {
        await this.revisions.take(current, 'conflict', now);
        this.keptConflicts.add(key);
      }
      throw new LibraryError('conflict', message('changedOutside', { disk: current.revision, here: baseRevision }));
    }
    const next = withPatch({ ...current, revision: current.revision + 1, updatedAt: now.toISOString() }, patch);
    try {
      await writeArticleFile(path, next, this.options.writeFile);
    } catch (error) {
      throw ioError(error, path, 'doSave');
    }
    // A body left alone is the very same object (withPatch keeps it): its count stands.
    await this.putEntry(next, next.body === current.body && next.sapo === current.sapo);
    if (savePoint) await this.keepSavePoint(next, savePoint, now);
    else {
      // Snapshots taken on the way (a status change, every few minutes) are a convenience: a
      // full disk that refuses one does not refuse the save, which is written.
      const reason = next.status !== current.status ? 'status' : (await this.revisions.due(id, now)) ? 'autosave' : null;
      if (reason) await this.revisions.take(next, reason, now).catch(() => undefined);
    }
    return next;
  }

  /** Makes the article as it stands a snapshot (every command-line write is a save point). */
  savePoint(id: string, reason: RevisionReason): Promise<string> {
    return this.run(async () => this.keepSavePoint(await this.get(id), reason, this.context.now()));
  }

  /**
   * A save point asked for (a command's, a closing window's): the docs promise it, so one that
   * cannot be written says so, though the article itself is saved.
   */
  private async keepSavePoint(article: Article, reason: RevisionReason, now: Date): Promise<string> {
    try {
      return await this.revisions.take(article, reason, now);
    } catch (error) {
      throw new LibraryError('io', message('savedWithoutSavePoint', { id: article.id, reason: describeIoError(error, this.layout.articleDir(article.id)) }));
    }
  }

  /** Enters an article file that came back (from the trash) in the index and the search index. */
  async putEntryFromDisk(id: string): Promise<IndexEntry> {
    const entry = await this.index.putFromDisk(id);
    const read = await readArticleFile(this.layout.articleFile(id), id);
    if (read.ok) await this.finder.saved(read.article, entry.stamp);
    return entry;
  }

  private async unusedId(now: Date): Promise<string> {
    for (;;) {
      const id = this.options.newId(now);
      const exists = await stat(this.layout.articleDir(id)).then(
        () => true,
        () => false,
      );
      if (!exists && !this.index.entries[id]) return id;
    }
  }

  private async putEntry(article: Article, textUnchanged = false): Promise<void> {
    const stamp = await this.index.put(article, textUnchanged);
    this.written.set(article.id, { stamp, article });
    await this.finder.saved(article, stamp);
  }

  /**
   * The article as last saved, without reading and validating its file again when the file is
   * still the one this library wrote (same stamp): autosaves of a long article then cost a stat.
   */
  private async lastWritten(id: string): Promise<Article> {
    const known = this.written.get(id);
    if (known && known.stamp === (await fileStamp(this.layout.articleFile(id)))) return known.article;
    return this.get(id);
  }
}
