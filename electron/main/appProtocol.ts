import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { RENDERER_CSP } from '../csp';

/** The renderer is served from app://copydesk/, never from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Answers a request on app://copydesk/ with a file of the built renderer. Paths that leave its
 * folder, by `..`, encoding or symlink, are not found.
 */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return new Response('Not found', { status: 404 });
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return new Response('Not found', { status: 404 });
  }
  if (relative.includes('\0') || relative.split(/[\\/]/).includes('..')) return new Response('Not found', { status: 404 });
  const base = await realpath(rendererDir);
  const file = await realpath(join(base, relative)).catch(() => null);
  if (file === null || !file.startsWith(base + sep)) return new Response('Not found', { status: 404 });
  const data = await readFile(file);
  return new Response(new Uint8Array(data), {
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': RENDERER_CSP,
      'x-content-type-options': 'nosniff',
    },
  });
}
