import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { withPreferences, type Preferences } from './preferences';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererFile {
  data: Buffer;
  type: string;
}

/**
 * A file of the built renderer for a URL path, as both the app:// protocol and the harness serve
 * it. Paths that leave the folder — by `..`, an encoded `..`, an absolute path or a symlink — and
 * paths that do not decode are not found. A page carries the reporter's preferences when given.
 */
export async function readRendererFile(root: string, pathname: string, preferences?: Preferences): Promise<RendererFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.split(/[\\/]/).includes('..')) return null;
  const base = await realpath(root);
  const file = await realpath(join(base, relative)).catch(() => null);
  if (file === null || !file.startsWith(base + sep)) return null;
  const data = await readFile(file).catch(() => null);
  if (data === null) return null;
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (preferences && extname(file) === '.html') return { data: Buffer.from(withPreferences(data.toString('utf8'), preferences)), type };
  return { data, type };
}
