import { RENDERER_CSP } from '../csp';
import { readRendererFile } from '../rendererFiles';

/** The renderer is served from app://copydesk/, never from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Answers a request on app://copydesk/ with a file of the built renderer, or 404. */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const file = `${url.protocol}//${url.host}` === APP_ORIGIN ? await readRendererFile(rendererDir, url.pathname) : null;
  if (file === null) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: { 'content-type': file.type, 'content-security-policy': RENDERER_CSP, 'x-content-type-options': 'nosniff' },
  });
}
