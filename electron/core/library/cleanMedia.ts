import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../article';
import { referencedMedia } from './check';
import { articlePart } from '../store/contained';
import { ioError } from '../store/errors';
import type { LibraryLayout } from '../store/layout';

export interface MediaCleanUp {
  id: string;
  /** Files moved out of the article, relative to the library. */
  moved: string[];
  /** Where they went, relative to the library. */
  to: string | null;
  kept: number;
}

/**
 * Moves the photos neither an article nor its revisions use (removed or replaced figures) out of its media
 * folder, into `trash/media/<id>-<time>/`. Nothing is deleted: the reporter empties the trash
 * folder by hand if they want the space back.
 */
export async function cleanUnreferencedMedia(layout: LibraryLayout, article: Article, now: Date, revisions: Article[] = []): Promise<MediaCleanUp> {
  const mediaDir = await articlePart(layout.root, article.id, 'media');
  // A photo an older revision still shows is in use: restoring that revision must find it.
  const used = new Set([article, ...revisions].flatMap(referencedMedia).map((path) => path.replace(/^media\//, '')));
  const files = (await readdir(mediaDir).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
  const unused = files.filter((name) => !used.has(name));
  if (unused.length === 0) return { id: article.id, moved: [], to: null, kept: files.length };
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const folder = join('trash', 'media', `${article.id}-${stamp}`);
  try {
    await mkdir(join(layout.root, folder), { recursive: true });
    for (const name of unused) await rename(join(mediaDir, name), join(layout.root, folder, name));
  } catch (error) {
    throw ioError(error, mediaDir, 'doCleanMedia');
  }
  return { id: article.id, moved: unused.map((name) => `articles/${article.id}/media/${name}`), to: folder, kept: files.length - unused.length };
}
