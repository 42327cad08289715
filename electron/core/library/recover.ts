import { readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleId, DamagedArticleError, parseArticleText, type Article } from '../article';
import { readArticleFile } from './articleFile';
import { TEMP_SUFFIX } from '../store/durableFile';
import { keepInQuarantine } from '../store/keepInQuarantine';
import { STAGING_PREFIX, type LibraryLayout } from '../store/layout';
import { RevisionStore } from './revisions';
import { linksAtTop } from '../store/contained';
import { message, type Message } from '../messages';

/**
 * After a writer stopped mid-way (a crash, a power cut, a killed process), makes the library whole
 * again before anything else reads it:
 * - an article whose creation was interrupted is put in place if its file is complete, and kept in
 *   quarantine if not;
 * - a temp file holding a newer version of an article than its article.json (the save was written
 *   but not yet renamed) is kept as a revision, and the reporter is told;
 * - other temp files are the torn halves of writes that never took effect, and are removed.
 * Returns notices for the reporter.
 */
export async function recoverInterrupted(layout: LibraryLayout, revisions: RevisionStore, now: Date): Promise<Message[]> {
  const notices: Message[] = [];
  // Real folders only: a link is not followed, and a file of that name is not ours to finish.
  const folders = (await readdir(layout.articles, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const name of folders) {
    if (name.startsWith(STAGING_PREFIX) && ArticleId.safeParse(name.slice(STAGING_PREFIX.length)).success) notices.push(...(await finishCreation(layout, name, now)));
  }
  for (const name of folders) {
    if (!ArticleId.safeParse(name).success) continue;
    notices.push(...(await recoverTemps(layout, name, revisions, now)));
  }
  await removeTemps(layout.root);
  await removeTemps(layout.search);
  return notices;
}

async function finishCreation(layout: LibraryLayout, name: string, now: Date): Promise<Message[]> {
  const id = name.slice(STAGING_PREFIX.length);
  const staging = join(layout.articles, name);
  const read = await readArticleFile(join(staging, 'article.json'));
  const taken = await stat(layout.articleDir(id)).then(
    () => true,
    () => false,
  );
  if (read.ok && read.article.id === id && !taken) {
    await removeTemps(staging);
    await rename(staging, layout.articleDir(id));
    return [message('creationFinished', { headline: read.article.headline || id })];
  }
  const kept = await keepInQuarantine(layout, staging, now, true);
  return kept ? [message('creationKept', { path: kept })] : [];
}

async function recoverTemps(layout: LibraryLayout, id: string, revisions: RevisionStore, now: Date): Promise<Message[]> {
  const dir = layout.articleDir(id);
  const notices: Message[] = [];
  for (const folder of [dir, join(dir, 'media'), join(dir, 'revisions')]) {
    const temps = await tempFiles(folder);
    for (const temp of temps) {
      const path = join(folder, temp);
      if (folder === dir && temp.startsWith('.article.json.')) {
        const newer = await newerVersion(path, layout.articleFile(id));
        if (newer) {
          await revisions.take(newer, 'recovered', now);
          notices.push(message('newerVersionKept', { headline: newer.headline || id }));
        }
      }
      await rm(path, { force: true });
    }
  }
  return notices;
}

/** The temp file's article, when it is complete and newer than the saved one. */
async function newerVersion(tempPath: string, articlePath: string): Promise<Article | null> {
  let candidate;
  try {
    candidate = parseArticleText(await readFile(tempPath, 'utf8'));
  } catch (error) {
    if (error instanceof DamagedArticleError) return null;
    throw error;
  }
  const saved = await readArticleFile(articlePath);
  return !saved.ok || candidate.revision > saved.article.revision ? candidate : null;
}

async function removeTemps(folder: string): Promise<void> {
  await Promise.all((await tempFiles(folder)).map((name) => rm(join(folder, name), { force: true })));
}

/**
 * The temp files of interrupted writes in a folder: plain files named as Copydesk names them. A
 * folder or a link that happens to bear such a name is not one, and is left where it is.
 */
async function tempFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(TEMP_SUFFIX)).map((entry) => entry.name);
}

/**
 * Recovery for a library that is not opened (`check --repair` after a crash): the same as opening
 * does, unless the library holds links at its top, which repair sets aside first.
 */
export async function recoverFolder(layout: LibraryLayout, now: Date): Promise<Message[]> {
  if ((await linksAtTop(layout.root)).length > 0) return [];
  return recoverInterrupted(layout, new RevisionStore(layout), now);
}
