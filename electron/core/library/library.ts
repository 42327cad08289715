import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { blankArticle, type Article, type ArticlePatch, type ArticleSummary, type TrashEntry } from '../article';
import type { ExportBundle, ExportFormat } from '../export';
import { ImportError, formatFromName, importBytes, type ImportFormat, type ImportedArticle, type ImportResult, type Importer } from '../import';
import { MediaError, figureFromPhoto, storePhoto, type GivenPhotoText, type PhotoImport } from '../media';
import type { SearchFilters } from '../search';
import { OwnWord, PersonalDictionary } from '../spell';
import { loadArticle, readArticleFile, writeArticleFile } from './articleFile';
import { withPatch, type PatchInput } from './patch';
import { cleanUnreferencedMedia, type MediaCleanUp } from './cleanMedia';
import { attachPhotos } from './attachPhotos';
import type { FileWriter } from '../store/durableFile';
import { LibraryError, describeIoError, ioError } from '../store/errors';
import { articlePart, linksAtTop } from '../store/contained';
import { defaultArticleId } from './newArticleId';
import { ArticleExporter } from './exportArticle';
import type { IndexEntry } from './indexFile';
import { fileStamp } from './indexFile';
import type { LibraryContext } from './context';
import { IndexStore } from './indexStore';
import { LibraryLayout } from '../store/layout';
import { LibrarySearch, type FoundArticle, type Passage, type SearchHit } from './librarySearch';
import { Mutex } from './mutex';
import { prepareFolder } from './prepareFolder';
import { recoverInterrupted } from './recover';
import { RevisionStore, type RevisionReason, type RevisionSummary } from './revisions';
import { listTrash, moveToTrash, restoreFromTrash } from './trash';
import { message } from '../messages';
import type { Message } from '../messages';

export interface LibraryOptions {
  /** The library folder. */
  root: string;
  /** @default () => new Date() */
  clock?: () => Date;
  /** Makes new article ids; tests pass a predictable one. */
  newId?: (now: Date) => string;
  /** Create the folder when it does not exist (the default library does; a folder the user named does not). @default false */
  create?: boolean;
  /** Open without writing anything, not even a rebuilt index. @default false */
  readOnly?: boolean;
  /**
   * The last writer stopped without closing (its lock was stale): finish or set aside what it left
   * half-done before reading anything. @default false
   */
  recover?: boolean;
  /** Writes article files. @default writeFileDurably */
  writeFile?: FileWriter;
  /**
   * Coalesce index writes (the app, which closes the library on quit); commands write at once.
   * @default false
   */
  deferIndexWrites?: boolean;
  /**
   * Check every article file against the index before opening (one stat each). The app opens
   * without and calls `refresh` once its list is on screen. @default true
   */
  checkFiles?: boolean;
  /** Reads imported files; the app and the harness read them in a worker (workerImporter). @default importBytes */
  importer?: Importer;
}

/**
 * A library folder: one folder per article holding `article.json` and `media/`, plus `library.json`,
 * an index that is only a cache of the article files and is rebuilt from them when it is missing,
 * damaged or out of step. All writes go through one queue.
 */
export class Library {
  private readonly writes = new Mutex();
  /** What opening and using the library had to repair or could not do, to tell the reporter once. */
  readonly notices: Message[] = [];
  private readonly finder: LibrarySearch;
  private readonly index: IndexStore;
  private readonly revisions: RevisionStore;
  private readonly exporter: ArticleExporter;
  /** Other versions already kept this session: a refused save retried does not keep them again. */
  private readonly keptConflicts = new Set<string>();
  /** What this library last wrote to each article file, and the file's stamp just after. */
  private readonly written = new Map<string, { stamp: string; article: Article }>();
  /** The library's own words, read when first needed. */
  private ownWords: Promise<PersonalDictionary> | null = null;

  private readonly clock: () => Date;
  private readonly newId: (now: Date) => string;
  readonly readOnly: boolean;
  private readonly writeFile: FileWriter | undefined;
  private readonly importer: Importer;

  private constructor(
    readonly layout: LibraryLayout,
    options: LibraryOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? defaultArticleId;
    this.readOnly = options.readOnly ?? false;
    this.writeFile = options.writeFile;
    this.importer = options.importer ?? importBytes;
    const context: LibraryContext = { layout, readOnly: this.readOnly, notices: this.notices, now: this.clock, deferWrites: options.deferIndexWrites ?? false };
    this.index = new IndexStore(context);
    this.revisions = new RevisionStore(layout, this.writeFile);
    this.exporter = new ArticleExporter(layout, (id) => this.get(id));
    this.finder = new LibrarySearch(context, () => this.index.entries);
  }

  static async open(options: LibraryOptions): Promise<Library> {
    const layout = new LibraryLayout(options.root);
    const readOnly = options.readOnly ?? false;
    await prepareFolder(layout, options.create ?? false, readOnly);
    const links = await linksAtTop(layout.root);
    if (links.length > 0) throw new LibraryError('invalid', message('linksInLibrary', { path: layout.root, links: links.join(', ') }));
    const library = new Library(layout, options);
    if (options.recover && !readOnly) library.notices.push(...(await recoverInterrupted(layout, library.revisions, library.clock())));
    await library.index.load(options.checkFiles ?? true);
    return library;
  }

  /**
   * Brings the index in line with the article files: articles added, changed or removed by other
   * means (a sync client, another tool, another window) since the index was written. Says whether
   * anything differed.
   */
  async refresh(): Promise<boolean> {
    return this.writes.run(async () => {
      const { changed, removed } = await this.index.reconcile();
      if (changed.length + removed.length === 0) return false;
      await this.index.reconciled();
      for (const id of removed) await this.finder.removed(id);
      for (const id of changed) {
        const entry = this.index.entries[id];
        const read = await readArticleFile(this.layout.articleFile(id), id);
        if (entry && read.ok) await this.finder.saved(read.article, entry.stamp);
      }
      return true;
    });
  }

  /** The library's own words for the spell checker (dictionary.json). */
  dictionary(): Promise<PersonalDictionary> {
    this.ownWords ??= PersonalDictionary.open(this.layout, this.notices, this.clock()).catch((error: unknown) => {
      this.ownWords = null;
      throw ioError(error, this.layout.dictionary, 'doReadDictionary');
    });
    return this.ownWords;
  }

  /** Adds a word to the library's own words; returns it as kept (NFC, trimmed). */
  async addOwnWord(word: string): Promise<string> {
    const parsed = OwnWord.safeParse(word);
    if (!parsed.success) throw new LibraryError('invalid', message('notAWord', { word, reason: parsed.error.issues[0]?.message ?? 'not a word' }));
    return this.writes.run(async () => {
      try {
        await (await this.dictionary()).add(parsed.data);
      } catch (error) {
        throw ioError(error, this.layout.dictionary, 'doSaveDictionary');
      }
      return parsed.data;
    });
  }

  get root(): string {
    return this.layout.root;
  }

  /** Finishes pending writes (the coalesced index); call before the process lets go of the library. */
  async close(): Promise<void> {
    await this.writes.run(async () => {
      await this.index.flush();
      await this.finder.flush();
    });
  }

  /** How many articles the library holds (without making the list). */
  get count(): number {
    return Object.keys(this.index.entries).length;
  }

  /** Every article, newest change first. Damaged ones are included and flagged. */
  list(): ArticleSummary[] {
    return this.index.list();
  }

  /** The list row of one article, as the index holds it. */
  summary(id: string): ArticleSummary {
    const entry = this.index.entries[id];
    if (!entry) throw new LibraryError('not-found', message('articleNotFound', { id }));
    const { stamp: _stamp, ...summary } = entry;
    return summary;
  }

  /** Full-text search over headline, sapo, body, captions, credits, byline and tags, with passages. */
  search(query: string, filters: SearchFilters = {}, limit?: number): Promise<SearchHit[]> {
    return this.finder.search(query, filters, limit);
  }

  /** The same search without the passages: answered from the search index alone. */
  find(query: string, filters: SearchFilters = {}, limit?: number): Promise<FoundArticle[]> {
    return this.finder.find(query, filters, limit);
  }

  /** The passages of these articles that match the query (read from their files). */
  passages(query: string, ids: string[]): Promise<Passage[]> {
    return this.finder.passages(query, ids);
  }

  async get(id: string): Promise<Article> {
    return loadArticle(await articlePart(this.root, id, 'article.json'), id);
  }

  async create(fields: ArticlePatch = {}): Promise<Article> {
    return this.writes.run(async () => {
      const now = this.clock();
      const id = await this.unusedId(now);
      const article = withPatch(blankArticle(id, now), fields);
      // Built beside its final place and renamed in, so a crash never leaves half an article.
      const staging = this.layout.stagingDir(id);
      try {
        await mkdir(`${staging}/media`, { recursive: true });
        await writeArticleFile(`${staging}/article.json`, article, this.writeFile);
        await rename(staging, this.layout.articleDir(id));
      } catch (error) {
        // The staging folder is this call's own, made a moment ago: nothing of anyone's is in it.
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        throw ioError(error, this.root, 'doCreate');
      }
      await this.putEntry(article);
      return article;
    });
  }

  /**
   * Applies a patch and writes the article. With `baseRevision`, refuses when the file on disk has
   * moved on since the caller loaded it (another window, tool or machine saved in between).
   */
  async save(id: string, patch: PatchInput, baseRevision?: number, savePoint?: RevisionReason): Promise<Article> {
    return this.writes.run(() => this.saveNow(id, patch, baseRevision, savePoint));
  }

  /** `save`'s work, for callers already in the write queue. */
  private async saveNow(id: string, patch: PatchInput, baseRevision?: number, savePoint?: RevisionReason): Promise<Article> {
    const path = await articlePart(this.root, id, 'article.json');
    const current = await this.lastWritten(id);
    const now = this.clock();
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
      await writeArticleFile(path, next, this.writeFile);
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
  async savePoint(id: string, reason: RevisionReason): Promise<string> {
    return this.writes.run(async () => this.keepSavePoint(await this.get(id), reason, this.clock()));
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

  /** The article's snapshots, newest first. */
  async history(id: string): Promise<RevisionSummary[]> {
    await this.get(id);
    return this.revisions.list(id);
  }

  async revision(id: string, revision: string): Promise<Article> {
    const found = await this.revisions.get(id, revision);
    if (!found) throw new LibraryError('not-found', message('noRevision', { id, revision }));
    return found.article;
  }

  /** Brings back a snapshot; the version it replaces becomes a snapshot first, so a restore can be undone. */
  async restoreRevision(id: string, revision: string): Promise<Article> {
    const target = await this.revision(id, revision);
    // In the write queue as one step: no save lands between the snapshot and the restore.
    return this.writes.run(async () => {
      const current = await this.get(id);
      await this.revisions.take(current, 'before-restore', this.clock());
      const { schemaVersion: _v, id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = target;
      return this.saveNow(id, fields, current.revision);
    });
  }

  /** Keeps a version that is not saved (the reporter's, when they take the other one) as a snapshot. */
  async keepAsRevision(id: string, patch: PatchInput): Promise<string> {
    return this.writes.run(async () => this.revisions.take(withPatch(await this.get(id), patch), 'conflict', this.clock()));
  }

  /**
   * Keeps a photo in the article's media folder and says what its metadata holds. The article
   * itself is not changed: the editor places the figure, and its next save records it.
   */
  async importPhoto(id: string, bytes: Uint8Array, name: string): Promise<PhotoImport> {
    return this.writes.run(async () => {
      await this.get(id);
      const media = await articlePart(this.root, id, 'media');
      try {
        return await storePhoto(media, bytes, name);
      } catch (error) {
        if (error instanceof MediaError) throw new LibraryError('invalid', error.said);
        throw ioError(error, this.layout.mediaDir(id), 'doKeepPhoto');
      }
    });
  }

  /** Keeps a photo and appends its figure to the article, in one save point (the CLI's add-photo). */
  async addPhoto(id: string, bytes: Uint8Array, name: string, given: GivenPhotoText = {}): Promise<{ article: Article; figure: ReturnType<typeof figureFromPhoto> & { media: PhotoImport['media'] } }> {
    const imported = await this.importPhoto(id, bytes, name);
    const figure = figureFromPhoto(imported, given);
    const current = await this.get(id);
    const node = { type: 'figure', attrs: { ...figure.attrs }, ...(figure.caption ? { content: [{ type: 'text', text: figure.caption }] } : {}) };
    const article = await this.save(id, { body: { type: 'doc', content: [...current.body.content, node] } }, current.revision);
    return { article, figure: { ...figure, media: imported.media } };
  }

  /**
   * Makes a new article from a file (wire text, and the other formats of core/import), and says
   * what the import mapped or left out. A file that cannot be read is refused with the reason, and
   * nothing is added to the library.
   */
  async importArticle(bytes: Uint8Array, name: string, format?: ImportFormat): Promise<ImportResult> {
    let imported: ImportedArticle;
    try {
      imported = await this.importer(bytes, name, format ?? formatFromName(name));
    } catch (error) {
      if (error instanceof ImportError) throw new LibraryError('invalid', error.said);
      throw error;
    }
    const { notes } = imported;
    const article = await this.create(imported.fields);
    if (imported.photos.length === 0) return { article, notes };
    const body = await attachPhotos(article.body, imported.photos, (photo) => this.importPhoto(article.id, photo.bytes, photo.name));
    return { article: await this.save(article.id, { body }, article.revision), notes };
  }

  /** The files of an export, in memory, made from the stored article (see core/export). */
  exportBundle(id: string, format: ExportFormat, singleFile = false): Promise<ExportBundle> {
    return this.exporter.bundle(id, format, singleFile);
  }

  /** Writes an export into a new folder named after the article inside `parent`. */
  exportTo(id: string, format: ExportFormat, parent: string, singleFile = false): Promise<{ folder: string; main: string; files: string[] }> {
    return this.exporter.into(id, format, parent, singleFile);
  }

  /** Writes an export into `folder`, which must be new or empty. */
  exportInto(id: string, format: ExportFormat, folder: string, singleFile = false): Promise<{ main: string; files: string[] }> {
    return this.exporter.intoFolder(id, format, folder, singleFile);
  }

  /** Moves the photos an article no longer uses into the library's trash (see cleanUnreferencedMedia). */
  async cleanMedia(id: string): Promise<MediaCleanUp> {
    return this.writes.run(async () => {
      const revisions = await Promise.all((await this.revisions.list(id)).map(async (revision) => (await this.revisions.get(id, revision.id))?.article));
      return cleanUnreferencedMedia(this.layout, await this.get(id), this.clock(), revisions.filter((article) => article !== undefined));
    });
  }

  /** Moves the article's whole folder into the library's trash, from where it can be restored. */
  async trash(id: string): Promise<void> {
    return this.writes.run(async () => {
      const summary = this.index.entries[id];
      if (!summary) throw new LibraryError('not-found', message('articleNotFound', { id }));
      await moveToTrash(this.layout, summary, this.clock());
      await this.index.remove(id);
      await this.finder.removed(id);
    });
  }

  async listTrash(): Promise<TrashEntry[]> {
    return listTrash(this.layout);
  }

  async restore(id: string): Promise<ArticleSummary> {
    return this.writes.run(async () => {
      await restoreFromTrash(this.layout, id);
      const { stamp: _stamp, ...summary } = await this.putEntryFromDisk(id);
      return summary;
    });
  }

  /** Re-reads the index from the article files (used by `check --repair`). */
  async rebuildIndex(): Promise<void> {
    return this.writes.run(async () => {
      await this.index.rebuild();
    });
  }

  private async unusedId(now: Date): Promise<string> {
    for (;;) {
      const id = this.newId(now);
      const exists = await stat(this.layout.articleDir(id)).then(() => true, () => false);
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

  private async putEntryFromDisk(id: string): Promise<IndexEntry> {
    const entry = await this.index.putFromDisk(id);
    const read = await readArticleFile(this.layout.articleFile(id), id);
    if (read.ok) await this.finder.saved(read.article, entry.stamp);
    return entry;
  }
}
