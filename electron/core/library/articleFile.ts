import { Low } from 'lowdb';
import { DamagedArticleError, parseArticleText, type Article } from '../article';
import { DurableJsonFile, type FileWriter } from './durableFile';
import { LibraryError, describeIoError } from './errors';
import { message, messageText } from '../messages';

export type ArticleRead = { ok: true; article: Article } | { ok: false; reason: string; missing: boolean };

/** Reads one `article.json`, turning every kind of damage into a reason instead of a throw. */
export async function readArticleFile(path: string): Promise<ArticleRead> {
  const db = new Low<Article | null>(new DurableJsonFile<Article | null>(path, parseArticleText), null);
  try {
    await db.read();
  } catch (error) {
    if (error instanceof DamagedArticleError) return { ok: false, reason: error.reason, missing: false };
    // Kept as text: the reason also goes into the library's list of damaged articles.
    return { ok: false, reason: messageText(message('fileUnreadable', { reason: describeIoError(error, path) })), missing: false };
  }
  if (db.data === null) return { ok: false, reason: messageText(message('articleFileMissing')), missing: true };
  return { ok: true, article: db.data };
}

export async function writeArticleFile(path: string, article: Article, writeFile?: FileWriter): Promise<void> {
  const db = new Low<Article>(new DurableJsonFile(path, parseArticleText, writeFile), article);
  await db.write();
}

export async function loadArticle(path: string, id: string): Promise<Article> {
  const read = await readArticleFile(path);
  if (read.ok) return read.article;
  if (read.missing) throw new LibraryError('not-found', message('articleNotFound', { id }));
  throw new LibraryError('damaged', message('articleDamaged', { id, reason: read.reason }));
}
