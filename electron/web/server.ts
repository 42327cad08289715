import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../handlers';
import type { Result } from '../contract';
import type { PreferenceStore } from '../preferences';
import { serveStatic } from './static';

export interface WebServerOptions {
  handlers: Handlers;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** @default 0 (any free port) */
  port?: number;
  /** @default a fresh random token */
  token?: string;
  /** Serves `/media/<article id>/<file>` (see readMediaFile). */
  readMedia(pathname: string): Promise<{ data: Buffer; type: string } | null>;
  /** The preferences the page starts with (see withPreferences). */
  preferences?: PreferenceStore;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  /** What the page's photo cookie carries: it opens photos, and nothing else. */
  mediaKey: string;
  close(): Promise<void>;
}

const TOKEN_HEADER = 'x-copydesk-token';
/**
 * Images cannot send a header: the page's photos are authorised by a cookie. A browser sends a
 * cookie for 127.0.0.1 to every port there, so it must not be the API token (another program
 * listening on 127.0.0.1 would be handed the library): it carries a key of its own that opens
 * photos only, is named after this harness's port, and goes only with requests for /media/.
 */
export const mediaCookie = (port: number): string => `copydesk-media-${port}`;
// A 50 MB photo, base64-encoded, with room for the JSON around it.
export const MAX_BODY_BYTES = 72 * 1024 * 1024;

/**
 * The browser harness: the built renderer and the bridge contract over HTTP, on 127.0.0.1 only.
 * Every API call needs the per-run token, and Host/Origin must name this server, so neither
 * another local program's web page nor a DNS-rebinding page can reach the library.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const mediaKey = randomBytes(24).toString('hex');
  let port = 0;
  const inFlight = new Set<Promise<void>>();
  const server: Server = createServer((request, response) => {
    const work = handle(request, response, { ...options, token, mediaKey, port }).catch((error: Error) => {
      if (!response.headersSent) sendJson(response, 500, failure('internal', error.message));
      else response.destroy();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    mediaKey,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Requests already running (a last save on page close) finish before the server goes;
      // connections a browser merely keeps alive are not waited for.
      await Promise.all(inFlight);
      server.closeAllConnections();
      await closed;
    },
  };
}

interface Context extends WebServerOptions {
  token: string;
  mediaKey: string;
  port: number;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  if (!isOwnHost(request.headers.host, context.port)) return sendJson(response, 403, failure('forbidden', 'Unknown host.'));
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, context.port)) return sendJson(response, 403, failure('forbidden', 'Foreign origin.'));
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${context.port}`);
  if (url.pathname.startsWith('/api/')) return handleApi(request, response, context, url.pathname.slice('/api/'.length));
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, failure('forbidden', 'Method not allowed.'));
  if (url.pathname.startsWith('/media/')) return serveMedia(request, response, context, url.pathname);
  // Opening the printed URL hands the page its cookie for photos (see mediaCookie).
  const cookie = hasToken(url.searchParams.get('token') ?? undefined, context.token) ? `${mediaCookie(context.port)}=${context.mediaKey}; HttpOnly; SameSite=Strict; Path=/media/` : undefined;
  return serveStatic(context.staticDir, url.pathname, response, cookie, context.preferences?.current());
}

async function serveMedia(request: IncomingMessage, response: ServerResponse, context: Context, pathname: string): Promise<void> {
  if (!hasToken(cookieValue(request.headers.cookie, mediaCookie(context.port)), context.mediaKey)) return sendJson(response, 403, failure('forbidden', 'Missing or wrong token.'));
  const file = await context.readMedia(pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': file.type, 'x-content-type-options': 'nosniff', 'cache-control': 'private, max-age=3600' });
  response.end(file.data);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function handleApi(request: IncomingMessage, response: ServerResponse, context: Context, verb: string): Promise<void> {
  if (request.method !== 'POST') return sendJson(response, 405, failure('forbidden', 'Use POST.'));
  if (!hasToken(request.headers[TOKEN_HEADER], context.token)) return sendJson(response, 403, failure('forbidden', 'Missing or wrong token.'));
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(response, 415, failure('invalid-payload', 'Send JSON.'));
  }
  // Too large: said at once when the request says its length, else as soon as it passes the limit;
  // the rest is not read, and the connection closes once the answer is out.
  const declared = Number(request.headers['content-length'] ?? 0);
  const body = declared > MAX_BODY_BYTES ? null : await readBody(request);
  if (body === null) {
    response.setHeader('connection', 'close');
    sendJson(response, 413, failure('invalid-payload', 'Request too large.'));
    response.once('finish', () => request.destroy());
    return;
  }
  let payload: unknown;
  try {
    payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(response, 400, failure('invalid-payload', 'The request is not valid JSON.'));
  }
  sendJson(response, 200, await dispatch(context.handlers, verb, payload));
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isOwnOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function hasToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        request.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function failure(code: 'forbidden' | 'invalid-payload' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}
