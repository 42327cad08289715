import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleId, TrashEntry, type ArticleSummary } from '../article';
import { articlePart, insideLibrary } from '../store/contained';
import { MAX_OWN_FILE_BYTES, readOwnText, writeFileDurably } from '../store/durableFile';
import { LibraryError, ioError } from '../store/errors';
import { TRASH_MARKER, validId, type LibraryLayout } from '../store/layout';
import { message } from '../messages';
import type { ArticleWrites } from './articleWrites';
import type { LibraryContext } from './context';
import type { IndexStore } from './indexStore';
import type { LibrarySearch } from './librarySearch';

/**
 * The library's trash: a deleted article's whole folder moves to `trash/<id>/` with a note of when,
 * and comes back from there as it was. Nothing in it is ever deleted by Copydesk.
 */
export class LibraryTrash {
  constructor(
    private readonly context: LibraryContext,
    private readonly writes: ArticleWrites,
    private readonly index: IndexStore,
    private readonly finder: LibrarySearch,
  ) {}

  /** Moves the article's whole folder into the trash, from where it can be restored. */
  move(id: string): Promise<void> {
    return this.writes.run(async () => {
      const summary = this.index.entries[id];
      if (!summary) throw new LibraryError('not-found', message('articleNotFound', { id }));
      await moveToTrash(this.context.layout, summary, this.context.now());
      await this.index.remove(id);
      await this.finder.removed(id);
    });
  }

  /** The trashed articles, most recently deleted first. */
  list(): Promise<TrashEntry[]> {
    return listTrash(this.context.layout);
  }

  /** Puts a trashed article back in the library, and says its list row. */
  restore(id: string): Promise<ArticleSummary> {
    return this.writes.run(async () => {
      await restoreFromTrash(this.context.layout, id);
      const { stamp: _stamp, ...summary } = await this.writes.putEntryFromDisk(id);
      return summary;
    });
  }
}

async function moveToTrash(layout: LibraryLayout, summary: ArticleSummary, now: Date): Promise<void> {
  const target = layout.trashDir(summary.id);
  // The marker is written inside the folder moved: it must be the library's own.
  await articlePart(layout.root, summary.id);
  if (await exists(target)) throw new LibraryError('conflict', message('trashHolds', { id: summary.id }));
  try {
    await mkdir(layout.trash, { recursive: true });
    await rename(layout.articleDir(summary.id), target);
    const entry: TrashEntry = { id: summary.id, headline: summary.headline, deletedAt: now.toISOString() };
    await writeFileDurably(join(target, TRASH_MARKER), JSON.stringify(entry));
  } catch (error) {
    throw ioError(error, target, 'doTrash');
  }
}

/** The trashed articles, most recently deleted first. */
async function listTrash(layout: LibraryLayout): Promise<TrashEntry[]> {
  // Real folders only: a link in the trash is not followed.
  const folders = (await readdir(layout.trash, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory());
  const entries: TrashEntry[] = [];
  for (const { name } of folders) {
    if (!ArticleId.safeParse(name).success) continue;
    entries.push(await readMarker(layout, name));
  }
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

async function restoreFromTrash(layout: LibraryLayout, id: string): Promise<void> {
  const source = await insideLibrary(layout.root, `trash/${validId(id)}`);
  if (!(await exists(source))) throw new LibraryError('not-found', message('notInTrash', { id }));
  if (await exists(layout.articleDir(id))) throw new LibraryError('conflict', message('alreadyInLibrary', { id }));
  try {
    await mkdir(layout.articles, { recursive: true });
    await rename(source, layout.articleDir(id));
  } catch (error) {
    throw ioError(error, source, 'doRestore');
  }
  await unlink(join(layout.articleDir(id), TRASH_MARKER)).catch(() => undefined);
}

async function readMarker(layout: LibraryLayout, id: string): Promise<TrashEntry> {
  try {
    return TrashEntry.parse(JSON.parse(await readOwnText(join(layout.trashDir(id), TRASH_MARKER), MAX_OWN_FILE_BYTES)));
  } catch {
    // A folder dropped into the trash by hand still shows, dated by the folder itself.
    const info = await stat(layout.trashDir(id)).catch(() => null);
    return { id, headline: '', deletedAt: (info?.mtime ?? new Date(0)).toISOString() };
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
