import type { ServerResponse } from 'node:http';
import { RENDERER_CSP } from '../csp';
import type { Preferences } from '../preferences';
import { readRendererFile } from '../rendererFiles';

/** Serves a file of the built renderer; anything outside its folder does not exist. */
export async function serveStatic(root: string, pathname: string, response: ServerResponse, setCookie?: string, preferences?: Preferences): Promise<void> {
  const file = await readRendererFile(root, pathname, preferences);
  if (file === null) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': file.type,
    'content-security-policy': RENDERER_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': file.type.startsWith('text/html') ? 'no-store' : 'max-age=60',
    ...(setCookie ? { 'set-cookie': setCookie } : {}),
  });
  response.end(file.data);
}
