import { Low } from 'lowdb';
import { DamagedArticleError, parseArticleText, type Article } from '../article';
import { DurableJsonFile, OwnFileError, writeFileDurably, type FileWriter } from '../store/durableFile';
import { LibraryError, describeIoError } from '../store/errors';
import { message, messageText } from '../messages';

/**
 * The largest `article.json` Copydesk writes or reads: a 50,000-word article with its figures is
 * under 2 MB. A larger file is listed as damaged ("too large") without being read.
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/** `heldId`: the file is a whole article, but another one than its folder names. */
export type ArticleRead = { ok: true; article: Article } | { ok: false; reason: string; missing: boolean; heldId?: string };

/**
 * Reads one `article.json`, turning every kind of damage into a reason instead of a throw. With
 * `id`, the file must hold that article: a folder copied under another name (or a sync conflict's
 * copy) holds another article's id, and would otherwise stand in for it.
 */
export async function readArticleFile(path: string, id?: string): Promise<ArticleRead> {
  const db = new Low<Article | null>(new DurableJsonFile<Article | null>(path, parseArticleText, writeFileDurably, MAX_ARTICLE_BYTES), null);
  try {
    await db.read();
  } catch (error) {
    if (error instanceof DamagedArticleError) return { ok: false, reason: error.reason, missing: false };
    if (error instanceof OwnFileError) return { ok: false, reason: error.message, missing: false };
    // Kept as text: the reason also goes into the library's list of damaged articles.
    return { ok: false, reason: messageText(message('fileUnreadable', { reason: describeIoError(error, path) })), missing: false };
  }
  if (db.data === null) return { ok: false, reason: messageText(message('articleFileMissing')), missing: true };
  if (id !== undefined && db.data.id !== id) return { ok: false, reason: messageText(message('idMismatch', { held: db.data.id, id })), missing: false, heldId: db.data.id };
  return { ok: true, article: db.data };
}

/** Writes an article; one that would be larger than MAX_ARTICLE_BYTES is refused, and nothing is written. */
export async function writeArticleFile(path: string, article: Article, writeFile: FileWriter = writeFileDurably): Promise<void> {
  const db = new Low<Article>(new DurableJsonFile(path, parseArticleText, sizeChecked(writeFile)), article);
  await db.write();
}

function sizeChecked(writeFile: FileWriter): FileWriter {
  return async (path, data) => {
    // Counting a string's UTF-8 bytes walks it: done only when its length alone cannot settle it.
    const bytes = typeof data !== 'string' ? data.byteLength : data.length * 3 <= MAX_ARTICLE_BYTES ? data.length : Buffer.byteLength(data);
    if (bytes > MAX_ARTICLE_BYTES) {
      throw new LibraryError('invalid', message('articleTooLarge', { megabytes: Math.ceil(bytes / 1048576), limit: MAX_ARTICLE_BYTES / 1048576 }));
    }
    await writeFile(path, data);
  };
}

export async function loadArticle(path: string, id: string): Promise<Article> {
  const read = await readArticleFile(path, id);
  if (read.ok) return read.article;
  if (read.missing) throw new LibraryError('not-found', message('articleNotFound', { id }));
  throw new LibraryError('damaged', message('articleDamaged', { id, reason: read.reason }));
}
