import { readdir, stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { z } from 'zod';
import { ArticleId, ArticleSummary, LANGUAGES, STATUSES } from '../article';
import { readArticleFile } from './articleFile';
import { DurableJsonFile } from '../store/durableFile';
import type { LibraryLayout } from '../store/layout';
import { damagedSummary, summarize } from '../article/summary';
import { errorText } from '../messages';

const INDEX_VERSION = 1;

/** An index row: the summary, plus the stamp of the file it was read from. */
export const IndexEntry = ArticleSummary.extend({
  /** mtime and size of article.json when the row was made; a different stamp means re-read it. */
  stamp: z.string(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

export const LibraryIndex = z.object({
  schemaVersion: z.literal(INDEX_VERSION),
  articles: z.record(z.string(), IndexEntry),
});
export type LibraryIndex = z.infer<typeof LibraryIndex>;

export class DamagedIndexError extends Error {}

function parseIndex(text: string): LibraryIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DamagedIndexError(`library.json is not valid JSON (${errorText(error)})`);
  }
  if (!isLibraryIndex(raw)) throw new DamagedIndexError('library.json is not the shape of a Copydesk index');
  return raw;
}

const statuses = new Set<string>(STATUSES);
const languages = new Set<string>(LANGUAGES);
const ID = /^[a-z0-9][a-z0-9-]{5,63}$/;

/**
 * The shape of LibraryIndex, checked by hand: the index of a large library is megabytes, read
 * before the list can show, and a schema walk over it cost as much as parsing it. A cache row
 * that does not fit makes the whole index rebuilt from the article files.
 */
export function isLibraryIndex(raw: unknown): raw is LibraryIndex {
  if (typeof raw !== 'object' || raw === null) return false;
  const { schemaVersion, articles } = raw as Record<string, unknown>;
  if (schemaVersion !== INDEX_VERSION || typeof articles !== 'object' || articles === null || Array.isArray(articles)) return false;
  for (const row of Object.values(articles)) if (!isEntry(row)) return false;
  return true;
}

function isEntry(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const entry = row as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    ID.test(entry.id) &&
    typeof entry.headline === 'string' &&
    statuses.has(entry.status as string) &&
    languages.has(entry.language as string) &&
    typeof entry.section === 'string' &&
    Number.isInteger(entry.wordCount) &&
    (entry.wordCount as number) >= 0 &&
    typeof entry.createdAt === 'string' &&
    typeof entry.updatedAt === 'string' &&
    Number.isInteger(entry.revision) &&
    (entry.revision as number) >= 0 &&
    typeof entry.damaged === 'boolean' &&
    (entry.reason === undefined || typeof entry.reason === 'string') &&
    typeof entry.stamp === 'string'
  );
}

export function indexDb(layout: LibraryLayout): Low<LibraryIndex> {
  return new Low<LibraryIndex>(new DurableJsonFile(layout.index, parseIndex), { schemaVersion: INDEX_VERSION, articles: {} });
}

/** The ids of the article folders on disk. Anything else in `articles/` is not an article. */
export async function articleIdsOnDisk(layout: LibraryLayout): Promise<string[]> {
  const entries = await readdir(layout.articles, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isDirectory() && ArticleId.safeParse(entry.name).success).map((entry) => entry.name);
}

export async function fileStamp(path: string): Promise<string> {
  return stat(path).then(
    (info) => `${info.mtimeMs}:${info.size}`,
    () => 'missing',
  );
}

/** One index row, read from the article's own file. */
export async function entryFromDisk(layout: LibraryLayout, id: string): Promise<IndexEntry> {
  const path = layout.articleFile(id);
  // Stamped before reading: a change that lands during the read makes the next open read again.
  const stamp = await fileStamp(path);
  const read = await readArticleFile(path, id);
  if (read.ok) return { ...summarize(read.article), stamp };
  const mtime = await stat(path).then(
    (info) => info.mtime.toISOString(),
    () => new Date(0).toISOString(),
  );
  return { ...damagedSummary(id, read.reason, mtime), stamp };
}

/** Rebuilds the whole index from the article folders: the index is a cache of them. */
export async function rebuildIndex(layout: LibraryLayout): Promise<LibraryIndex> {
  const articles: Record<string, IndexEntry> = {};
  for (const id of await articleIdsOnDisk(layout)) articles[id] = await entryFromDisk(layout, id);
  return { schemaVersion: INDEX_VERSION, articles };
}

/** Runs `task` over `items`, `width` at a time. */
export async function inBatches<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(task));
}
