import { readdir, stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { z } from 'zod';
import { ArticleId, ArticleSummary } from '../article';
import { readArticleFile } from './articleFile';
import { DurableJsonFile } from './durableFile';
import type { LibraryLayout } from './layout';
import { damagedSummary, summarize } from './summary';

export const INDEX_VERSION = 1;

export const LibraryIndex = z.object({
  schemaVersion: z.literal(INDEX_VERSION),
  articles: z.record(z.string(), ArticleSummary),
});
export type LibraryIndex = z.infer<typeof LibraryIndex>;

export class DamagedIndexError extends Error {}

function parseIndex(text: string): LibraryIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DamagedIndexError(`library.json is not valid JSON (${(error as Error).message})`);
  }
  const parsed = LibraryIndex.safeParse(raw);
  if (!parsed.success) throw new DamagedIndexError('library.json is not the shape of a Copydesk index');
  return parsed.data;
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

/** One index row, read from the article's own file. */
export async function summaryFromDisk(layout: LibraryLayout, id: string): Promise<ArticleSummary> {
  const path = layout.articleFile(id);
  const read = await readArticleFile(path);
  if (read.ok) return summarize(read.article);
  const mtime = await stat(path).then((s) => s.mtime.toISOString(), () => new Date(0).toISOString());
  return damagedSummary(id, read.reason, mtime);
}

/** Rebuilds the whole index from the article folders: the index is a cache of them. */
export async function rebuildIndex(layout: LibraryLayout): Promise<LibraryIndex> {
  const articles: Record<string, ArticleSummary> = {};
  for (const id of await articleIdsOnDisk(layout)) articles[id] = await summaryFromDisk(layout, id);
  return { schemaVersion: INDEX_VERSION, articles };
}
