import { RENDERER_CSP } from '../csp';
import { readMediaFile } from '../mediaFiles';
import type { Preferences } from '../preferences';
import { readRendererFile } from '../rendererFiles';

/** The renderer is served from app://copydesk/, never from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Answers a request on app://copydesk/: `/media/<id>/<file>` from the open library, anything else
 * from the built renderer, or 404.
 */
export async function serveAppRequest(rendererDir: string, libraryRoot: string | null, requestUrl: string, preferences?: Preferences): Promise<Response> {
  const url = new URL(requestUrl);
  let file: { data: Buffer; type: string } | null = null;
  if (`${url.protocol}//${url.host}` === APP_ORIGIN) {
    if (url.pathname.startsWith('/media/')) file = libraryRoot ? await readMediaFile(libraryRoot, url.pathname) : null;
    else file = await readRendererFile(rendererDir, url.pathname, preferences);
  }
  if (file === null) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: { 'content-type': file.type, 'content-security-policy': RENDERER_CSP, 'x-content-type-options': 'nosniff' },
  });
}
