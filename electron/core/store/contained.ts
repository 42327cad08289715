import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryError } from './errors';
import { validId } from './layout';
import { message } from '../messages';

/**
 * The first part of `relative` (below the library's folder, "/"-separated) that is a link — a
 * symlink, or a junction on Windows — or null. A link leads out of the library: a folder copied
 * in, a sync client, or someone who wants an export to carry /etc/passwd. The library's own folder
 * may itself be a link: the reporter chose it.
 */
async function linkOnTheWay(root: string, relative: string): Promise<string | null> {
  const parts = relative.split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  const links = await Promise.all(
    prefixes.map((prefix) =>
      lstat(join(root, prefix)).then(
        (info) => info.isSymbolicLink(),
        () => false,
      ),
    ),
  );
  const first = links.indexOf(true);
  return first === -1 ? null : (prefixes[first] as string);
}

/** `root/relative`, once no part of it below the library's folder is a link: what is read or written there stays in the library. */
export async function insideLibrary(root: string, relative: string): Promise<string> {
  const link = await linkOnTheWay(root, relative);
  if (link !== null) throw new LibraryError('invalid', message('linkOut', { path: link }));
  return join(root, relative);
}

/** What the library keeps at its top; any of them a link, the library is not opened (`check --repair` sets them aside). */
const OWN_PARTS = ['articles', 'trash', 'quarantine', 'search', 'library.json', 'dictionary.json'] as const;

export async function linksAtTop(root: string): Promise<string[]> {
  const links = await Promise.all(OWN_PARTS.map((part) => linkOnTheWay(root, part)));
  return links.filter((link) => link !== null);
}

/** Every link inside the library, relative to it, without following any. */
export async function linksInside(root: string, relative = ''): Promise<string[]> {
  const entries = await readdir(join(root, relative), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) found.push(path);
    else if (entry.isDirectory()) found.push(...(await linksInside(root, path)));
  }
  return found;
}

/**
 * A part of an article's folder (`article.json`, `media`, `media/<file>`, `revisions`; the folder
 * itself when none), for the article `id` given from outside: a valid id, and no link on the way.
 */
export function articlePart(root: string, id: string, part?: string): Promise<string> {
  return insideLibrary(root, `articles/${validId(id)}${part ? `/${part}` : ''}`);
}
