import { ArticleId } from './core/article/schema';
import { insideLibrary } from './core/store/contained';
import { readOwnFile } from './core/store/durableFile';
import { MAX_PHOTO_BYTES } from './core/media/limits';

const MEDIA_FILE = /^[0-9a-f]{64}(?:\.display)?\.(jpg|png|webp|gif)$/;
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };

/**
 * A photo of an article, for the editor: `/media/<article id>/<file>` under the library, and
 * nothing else. Only names the pipeline itself writes are accepted, and no part of the path below
 * the library's folder may be a link (no `..`, no absolute path, no article folder or photo
 * linked in from elsewhere).
 */
export async function readMediaFile(libraryRoot: string, pathname: string): Promise<{ data: Buffer; type: string } | null> {
  const match = /^\/media\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  let id: string;
  let file: string;
  try {
    id = decodeURIComponent(match[1] as string);
    file = decodeURIComponent(match[2] as string);
  } catch {
    return null;
  }
  const type = MEDIA_FILE.exec(file)?.[1];
  if (!ArticleId.safeParse(id).success || !type) return null;
  try {
    const path = await insideLibrary(libraryRoot, `articles/${id}/media/${file}`);
    return { data: await readOwnFile(path, MAX_PHOTO_BYTES), type: TYPES[type] as string };
  } catch {
    return null;
  }
}
