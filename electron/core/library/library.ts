import type { Article, ArticlePatch, ArticleSummary } from '../article';
import { ImportError, formatFromName, importBytes, type ImportFormat, type ImportedArticle, type ImportResult, type Importer } from '../import';
import { message, type Message } from '../messages';
import type { FileWriter } from '../store/durableFile';
import { LibraryError } from '../store/errors';
import { linksAtTop } from '../store/contained';
import { LibraryLayout } from '../store/layout';
import { readArticleFile } from './articleFile';
import { ArticleHistory } from './articleHistory';
import { ArticlePhotos } from './articlePhotos';
import { ArticleWrites } from './articleWrites';
import { attachPhotos } from './attachPhotos';
import type { LibraryContext } from './context';
import { ArticleExporter } from './exportArticle';
import { IndexStore } from './indexStore';
import { LibrarySearch } from './librarySearch';
import { defaultArticleId } from './newArticleId';
import { OwnWords } from './ownWords';
import type { PatchInput } from './patch';
import { prepareFolder } from './prepareFolder';
import { recoverInterrupted } from './recover';
import { RevisionStore, type RevisionReason } from './revisions';
import { LibraryTrash } from './trash';

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
 * damaged or out of step. All writes go through one queue (ArticleWrites).
 *
 * The articles themselves are read and written here; the rest is done by services the handlers
 * reach directly: `finder` (search), `exporter`, `history` (snapshots), `photos`, `trash` and
 * `ownWords` (the spell checker's dictionary).
 */
export class Library {
  /** What opening and using the library had to repair or could not do, to tell the reporter once. */
  readonly notices: Message[] = [];
  readonly readOnly: boolean;
  readonly finder: LibrarySearch;
  readonly exporter: ArticleExporter;
  readonly history: ArticleHistory;
  readonly photos: ArticlePhotos;
  readonly trash: LibraryTrash;
  readonly ownWords: OwnWords;
  private readonly context: LibraryContext;
  private readonly index: IndexStore;
  private readonly revisions: RevisionStore;
  private readonly writes: ArticleWrites;
  private readonly importer: Importer;

  private constructor(
    readonly layout: LibraryLayout,
    options: LibraryOptions,
  ) {
    this.readOnly = options.readOnly ?? false;
    this.importer = options.importer ?? importBytes;
    const context: LibraryContext = { layout, readOnly: this.readOnly, notices: this.notices, now: options.clock ?? (() => new Date()), deferWrites: options.deferIndexWrites ?? false };
    this.context = context;
    this.index = new IndexStore(context);
    this.revisions = new RevisionStore(layout, options.writeFile);
    this.finder = new LibrarySearch(context, () => this.index.entries);
    this.writes = new ArticleWrites(context, this.index, this.finder, this.revisions, { newId: options.newId ?? defaultArticleId, writeFile: options.writeFile });
    this.exporter = new ArticleExporter(layout, (id) => this.get(id));
    this.history = new ArticleHistory(this.writes, this.revisions, context.now);
    this.photos = new ArticlePhotos(context, this.writes, this.revisions);
    this.trash = new LibraryTrash(context, this.writes, this.index, this.finder);
    this.ownWords = new OwnWords(context, this.writes);
  }

  static async open(options: LibraryOptions): Promise<Library> {
    const layout = new LibraryLayout(options.root);
    const readOnly = options.readOnly ?? false;
    await prepareFolder(layout, options.create ?? false, readOnly);
    const links = await linksAtTop(layout.root);
    if (links.length > 0) throw new LibraryError('invalid', message('linksInLibrary', { path: layout.root, links: links.join(', ') }));
    const library = new Library(layout, options);
    if (options.recover && !readOnly) library.notices.push(...(await recoverInterrupted(layout, library.revisions, library.context.now())));
    await library.index.load(options.checkFiles ?? true);
    return library;
  }

  get root(): string {
    return this.layout.root;
  }

  /**
   * Brings the index in line with the article files: articles added, changed or removed by other
   * means (a sync client, another tool, another window) since the index was written. Says whether
   * anything differed.
   */
  refresh(): Promise<boolean> {
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

  /** Finishes pending writes (the coalesced index); call before the process lets go of the library. */
  close(): Promise<void> {
    return this.writes.run(async () => {
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

  get(id: string): Promise<Article> {
    return this.writes.get(id);
  }

  create(fields: ArticlePatch = {}): Promise<Article> {
    return this.writes.create(fields);
  }

  /**
   * Applies a patch and writes the article. With `baseRevision`, refuses when the file on disk has
   * moved on since the caller loaded it (another window, tool or machine saved in between).
   */
  save(id: string, patch: PatchInput, baseRevision?: number, savePoint?: RevisionReason): Promise<Article> {
    return this.writes.save(id, patch, baseRevision, savePoint);
  }

  /** Makes the article as it stands a snapshot (every command-line write is a save point). */
  savePoint(id: string, reason: RevisionReason): Promise<string> {
    return this.writes.savePoint(id, reason);
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
    const body = await attachPhotos(article.body, imported.photos, (photo) => this.photos.keep(article.id, photo.bytes, photo.name));
    return { article: await this.save(article.id, { body }, article.revision), notes };
  }
}
