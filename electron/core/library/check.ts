import { copyFile, lstat, mkdir, readdir, readlink, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleSummary, BodyNode } from '../article';
import { readArticleFile, writeArticleFile } from './articleFile';
import { linksInside } from '../store/contained';
import { writeFileDurably } from '../store/durableFile';
import { LibraryError, ioError } from '../store/errors';
import { DamagedIndexError, articleIdsOnDisk, indexDb, rebuildIndex, type LibraryIndex } from './indexFile';
import { STAGING_PREFIX, type LibraryLayout } from '../store/layout';
import { defaultArticleId } from './newArticleId';
import { summarize } from '../article/summary';
import { message, errorText } from '../messages';

export type ProblemKind = 'article-damaged' | 'article-file-missing' | 'article-unfinished' | 'article-wrong-id' | 'link-out' | 'media-missing' | 'index-missing' | 'index-damaged' | 'index-stale';

export interface Problem {
  kind: ProblemKind;
  /** The article concerned, when there is one. */
  id?: string;
  /** Relative to the library folder. */
  path: string;
  message: string;
}

export interface CheckReport {
  ok: boolean;
  articles: number;
  problems: Problem[];
}

/** Verifies a library without changing anything in it. */
export async function checkLibrary(layout: LibraryLayout): Promise<CheckReport> {
  const problems: Problem[] = [];
  const index = await readIndexForCheck(layout, problems);
  const ids = await articleIdsOnDisk(layout);
  const fresh: Record<string, ArticleSummary> = {};
  for (const id of ids) {
    const read = await readArticleFile(layout.articleFile(id), id);
    const path = `articles/${id}/article.json`;
    if (!read.ok) {
      const kind = read.heldId !== undefined ? 'article-wrong-id' : read.missing ? 'article-file-missing' : 'article-damaged';
      problems.push({ kind, id, path, message: `${id}: ${read.reason}` });
      continue;
    }
    fresh[id] = summarize(read.article);
    for (const media of referencedMedia(read.article)) {
      const exists = await stat(join(layout.articleDir(id), media)).then(
        () => true,
        () => false,
      );
      if (!exists) problems.push({ kind: 'media-missing', id, path: `articles/${id}/${media}`, message: `${id}: ${media} is referenced but missing` });
    }
  }
  for (const name of await unfinishedFolders(layout)) {
    problems.push({ kind: 'article-unfinished', path: `articles/${name}`, message: `articles/${name} is an article that was never finished (interrupted creation)` });
  }
  for (const link of await linksInside(layout.root)) {
    problems.push({ kind: 'link-out', path: link, message: `${link} is a link to another place (${await readlink(join(layout.root, link)).catch(() => '?')}); Copydesk does not follow it` });
  }
  if (index) compareIndex(index, ids, fresh, problems);
  return { ok: problems.length === 0, articles: ids.length, problems };
}

export interface RepairReport {
  actions: string[];
  after: CheckReport;
}

/**
 * Mends what can be mended without losing anything: unreadable article folders and interrupted
 * creations go to `quarantine/` with a note of why, a damaged index is copied there and rebuilt,
 * links out of the library are moved there (the link, not what it points to), and a folder that
 * holds another article's id (a copy) gets an id of its own, so both articles are kept.
 * Nothing is deleted.
 */
export async function repairLibrary(layout: LibraryLayout, now: Date): Promise<RepairReport> {
  const before = await checkLibrary(layout);
  const actions: string[] = [];
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  for (const problem of before.problems) {
    if (problem.kind === 'article-damaged' || problem.kind === 'article-file-missing' || problem.kind === 'article-unfinished') {
      const folder = join(layout.root, problem.id ? `articles/${problem.id}` : problem.path);
      const name = problem.id ?? problem.path.replace(/^articles\//, '');
      const target = join(layout.quarantine, `${stamp}-${name}`);
      await quarantine(layout, folder, target, problem.message);
      actions.push(`moved ${problem.id ? `articles/${problem.id}` : problem.path} to quarantine/${stamp}-${name}`);
    } else if (problem.kind === 'link-out') {
      const target = join(layout.quarantine, `${stamp}-${problem.path.replace(/\//g, '_')}`);
      await mkdir(layout.quarantine, { recursive: true });
      await rename(join(layout.root, problem.path), target).catch((error: unknown) => {
        throw ioError(error, problem.path, 'doQuarantine');
      });
      actions.push(`moved the link ${problem.path} to quarantine/${stamp}-${problem.path.replace(/\//g, '_')}`);
    } else if (problem.kind === 'article-wrong-id' && problem.id) {
      const id = await ownIdFor(layout, problem.id, now);
      actions.push(`gave the copy in articles/${problem.id} an id of its own: ${id}`);
    } else if (problem.kind === 'index-damaged') {
      // A library.json that is a link is moved as a link (link-out), never copied from what it points to.
      if (
        await lstat(layout.index).then(
          (info) => info.isSymbolicLink(),
          () => true,
        )
      )
        continue;
      await mkdir(layout.quarantine, { recursive: true });
      await copyFile(layout.index, join(layout.quarantine, `${stamp}-library.json`));
      actions.push(`copied the damaged library.json to quarantine/${stamp}-library.json`);
    }
  }
  if (before.problems.some((p) => p.kind.startsWith('index-') || p.kind.startsWith('article-'))) {
    const db = indexDb(layout);
    db.data = await rebuildIndex(layout);
    try {
      await db.write();
    } catch (error) {
      throw ioError(error, layout.index, 'doRebuildIndex');
    }
    actions.push('rebuilt library.json from the article files');
  }
  return { actions, after: await checkLibrary(layout) };
}

/**
 * The article in `folder` holds another article's id: it takes a new one, and its folder that name.
 * The file is rewritten (durably) before the folder is renamed; interrupted between the two, the
 * next check finds the same kind of problem again and mends it the same way.
 */
async function ownIdFor(layout: LibraryLayout, folder: string, now: Date): Promise<string> {
  const read = await readArticleFile(layout.articleFile(folder));
  if (!read.ok) throw new LibraryError('damaged', message('articleDamaged', { id: folder, reason: read.reason }));
  let id = defaultArticleId(now);
  while (
    await stat(layout.articleDir(id)).then(
      () => true,
      () => false,
    )
  )
    id = defaultArticleId(now);
  try {
    await writeArticleFile(layout.articleFile(folder), { ...read.article, id });
    await rename(layout.articleDir(folder), layout.articleDir(id));
  } catch (error) {
    throw ioError(error, layout.articleDir(folder), 'doGiveOwnId');
  }
  return id;
}

/** Media paths (relative to the article folder) that the body points at. */
export function referencedMedia(article: Article): string[] {
  const found: string[] = [];
  const walk = (node: BodyNode): void => {
    if (node.type === 'figure') {
      for (const key of ['src', 'original'] as const) {
        const path = node.attrs?.[key];
        if (typeof path === 'string') found.push(path);
      }
    }
    node.content?.forEach(walk);
  };
  article.body.content.forEach(walk);
  return found;
}

async function readIndexForCheck(layout: LibraryLayout, problems: Problem[]): Promise<LibraryIndex | null> {
  const db = indexDb(layout);
  try {
    await db.read();
  } catch (error) {
    const reason = error instanceof DamagedIndexError ? error.message : `library.json cannot be read (${errorText(error)})`;
    problems.push({ kind: 'index-damaged', path: 'library.json', message: reason });
    return null;
  }
  const exists = await stat(layout.index).then(
    () => true,
    () => false,
  );
  if (!exists) {
    problems.push({ kind: 'index-missing', path: 'library.json', message: 'library.json is missing' });
    return null;
  }
  return db.data;
}

function compareIndex(index: LibraryIndex, ids: string[], fresh: Record<string, ArticleSummary>, problems: Problem[]): void {
  const onDisk = new Set(ids);
  for (const id of Object.keys(index.articles)) {
    if (!onDisk.has(id)) problems.push({ kind: 'index-stale', id, path: 'library.json', message: `the index lists ${id}, which has no folder` });
  }
  for (const id of ids) {
    const indexed = index.articles[id];
    const actual = fresh[id];
    if (!indexed) problems.push({ kind: 'index-stale', id, path: 'library.json', message: `${id} is missing from the index` });
    else if (actual && (indexed.revision !== actual.revision || indexed.headline !== actual.headline || indexed.damaged)) {
      problems.push({ kind: 'index-stale', id, path: 'library.json', message: `the index entry of ${id} does not match its file` });
    }
  }
}

async function unfinishedFolders(layout: LibraryLayout): Promise<string[]> {
  const names = await readdir(layout.articles).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(STAGING_PREFIX));
}

async function quarantine(layout: LibraryLayout, folder: string, target: string, reason: string): Promise<void> {
  try {
    await mkdir(layout.quarantine, { recursive: true });
    await rename(folder, target);
    await writeFileDurably(join(target, 'QUARANTINED.txt'), `${reason}\n`);
  } catch (error) {
    throw ioError(error, folder, 'doQuarantine');
  }
}
