import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library';
import { libraryHandlers } from '../../electron/handlers';
import { readMediaFile } from '../../electron/mediaFiles';
import { MAX_BODY_BYTES, mediaCookie, startWebServer, type WebServer } from '../../electron/web/server';

const SHA = 'b'.repeat(64);
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<{ server: WebServer; secret: string }> {
  const staticDir = await tempDir();
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const secret = join(await tempDir(), 'secret.txt');
  await writeFile(secret, 'private');
  const library = await Library.open({ root: await tempDir() });
  await mkdir(join(library.root, 'articles', '20260301-000001', 'media'), { recursive: true });
  await writeFile(join(library.root, 'articles', '20260301-000001', 'media', `${SHA}.display.jpg`), 'jpeg bytes');
  server = await startWebServer({ handlers: libraryHandlers(library, { exportsFolder: '/tmp/copydesk-exports' }), staticDir, readMedia: (pathname) => readMediaFile(library.root, pathname) });
  return { server, secret };
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(s: WebServer, verb: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(s.port, `/api/${verb}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': s.token, ...headers },
    body: JSON.stringify(body),
  });
}

describe('the browser harness', () => {
  it('listens on 127.0.0.1 and prints a URL carrying its token', async () => {
    const { server: s } = await start();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/?token=${s.token}`);
    expect(s.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the bridge with the token', async () => {
    const { server: s } = await start();
    const created = await api(s, 'createArticle', { fields: { headline: 'Qua HTTP' } });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { headline: 'Qua HTTP' } });
  });

  it.each([
    ['no token', { 'x-copydesk-token': '' }],
    ['a wrong token', { 'x-copydesk-token': 'f'.repeat(48) }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a foreign Host (DNS rebinding)', { host: 'evil.example:80' }],
    ['a look-alike Origin', { origin: 'http://127.0.0.1.evil.example' }],
  ])('refuses a request with %s', async (_name, headers) => {
    const { server: s } = await start();
    const reply = await api(s, 'listArticles', {}, headers);
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a payload of the wrong shape with a typed error', async () => {
    const { server: s } = await start();
    expect(JSON.parse((await api(s, 'getArticle', { id: 42 })).body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const notJson = await send(s.port, '/api/listArticles', { method: 'POST', headers: { 'content-type': 'application/json', 'x-copydesk-token': s.token }, body: '{' });
    expect(notJson.status).toBe(400);
    const getApi = await send(s.port, '/api/listArticles', { headers: { 'x-copydesk-token': s.token } });
    expect(getApi.status).toBe(405);
  });

  it('serves the renderer with its CSP', async () => {
    const { server: s } = await start();
    const page = await send(s.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(s.port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2fetc%2fpasswd', '/assets/%00', '/%E0%A4%A'])('serves nothing outside the renderer for %s', async (path) => {
    const { server: s } = await start();
    const reply = await send(s.port, path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('private');
  });

  it('hands the page a photo cookie of its own (not the API token) only with the right token, and serves photos only with it', async () => {
    const { server: s } = await start();
    const photo = `/media/20260301-000001/${SHA}.display.jpg`;
    const cookie = mediaCookie(s.port);
    expect(cookie).toBe(`copydesk-media-${s.port}`);
    expect((await send(s.port, '/?token=wrong')).headers['set-cookie']).toBeUndefined();
    const page = await send(s.port, `/?token=${s.token}`);
    // Sent by the browser to every port of 127.0.0.1, so it carries a key that opens photos only, and only to /media/.
    expect(page.headers['set-cookie']).toEqual([`${cookie}=${s.mediaKey}; HttpOnly; SameSite=Strict; Path=/media/`]);
    expect(s.mediaKey).toMatch(/^[0-9a-f]{48}$/);
    expect(s.mediaKey).not.toBe(s.token);
    expect((await send(s.port, photo)).status).toBe(403);
    expect((await send(s.port, photo, { headers: { cookie: `${cookie}=nope` } })).status).toBe(403);
    expect((await send(s.port, photo, { headers: { cookie: `${cookie}=${s.token}` } })).status).toBe(403);
    expect((await send(s.port, photo, { headers: { cookie: `copydesk-token=${s.token}` } })).status).toBe(403);
    const served = await send(s.port, photo, { headers: { cookie: `other=1; ${cookie}=${s.mediaKey}` } });
    expect(served).toMatchObject({ status: 200, body: 'jpeg bytes' });
    expect(served.headers['content-type']).toBe('image/jpeg');
    // The photo key opens nothing else.
    expect((await api(s, 'listArticles', {}, { 'x-copydesk-token': s.mediaKey })).status).toBe(403);
  });

  it('answers 413 to a request body over the limit, whether it says its length or not', async () => {
    const { server: s } = await start();
    const declared = await send(s.port, '/api/importArticle', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': s.token, 'content-length': String(MAX_BODY_BYTES + 1) },
    }).catch((error: Error) => ({ status: -1, body: error.message, headers: {} }));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: 'Request too large.' } });
    // Sent in chunks with no length: answered once it passes the limit.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: s.port, path: '/api/importArticle', method: 'POST', headers: { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', 'x-copydesk-token': s.token } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const piece = Buffer.alloc(1024 * 1024, 'a');
      const pump = (sent: number): void => {
        if (sent > MAX_BODY_BYTES + 4 * piece.length) return void req.end();
        if (req.write(piece)) setImmediate(() => pump(sent + piece.length));
        else req.once('drain', () => pump(sent + piece.length));
      };
      pump(0);
    });
    expect(chunked).toBe(413);
    // The harness goes on serving.
    expect((await api(s, 'listArticles', {})).status).toBe(200);
  });
});
