import { readFile, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ArticleId } from './core/article/schema';

const MEDIA_FILE = /^[0-9a-f]{64}(?:\.display)?\.(jpg|png|webp|gif)$/;
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };

/**
 * A photo of an article, for the editor: `/media/<article id>/<file>` under the library, and
 * nothing else. Only names the pipeline itself writes are accepted, and the resolved path must
 * stay inside that article's media folder (no `..`, no absolute path, no symlink out).
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
    const base = await realpath(join(libraryRoot, 'articles', id, 'media'));
    const resolved = await realpath(join(base, file));
    if (!resolved.startsWith(base + sep)) return null;
    return { data: await readFile(resolved), type: TYPES[type] as string };
  } catch {
    return null;
  }
}
