import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Article, BodyNode } from '../../../electron/core/article';
import { installProbe, type Probe } from '../probe';

/** The pages the browser benchmarks measure: the workstation through its harness, and the bare baseline page. */

const projectRoot = process.env.COPYDESK_ROOT ?? process.cwd();
export const EDITABLE = '.ProseMirror[contenteditable="true"]';
export const VIEWPORT = { width: 1280, height: 820 };

/** The bare page's document: the same text, figures reduced to their captions (StarterKit has none). */
export function bareDocument(article: Article): { type: 'doc'; content: BodyNode[] } {
  return {
    type: 'doc',
    content: article.body.content.map((node) => (node.type === 'figure' ? { type: 'paragraph', content: node.content ?? [] } : node)),
  };
}

/**
 * The browser harness as `npm run web` starts it: a process of its own, as the app's main process
 * is, so that nothing this process does (driving the browser, say) delays its answers.
 */
export async function startHarness(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(projectRoot, 'dist/web/harness.cjs'), '--library', root, '--exports', join(root, 'exports')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let printed = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
      const found = /Open (\S+)/.exec(printed)?.[1];
      if (found) resolve(found);
    });
    void exited.then(() => reject(new Error(`the harness stopped before serving: ${printed}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Serves the bare baseline page and its documents, on a port of its own. */
export async function startBareServer(docs: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }> {
  const dir = join(projectRoot, 'dist/bench/bare');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const doc = /^\/doc-([\w-]+)\.json$/.exec(path)?.[1];
    if (doc && docs[doc]) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(docs[doc]));
      return;
    }
    const file = path === '/' ? 'index.html' : path === '/bare.js' ? 'bare.js' : null;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    void readFile(join(dir, file)).then((data) => response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(data));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A page in a context of its own, with the probe installed before the page's scripts. */
export async function probedPage(browser: Browser, url: string, readySelector: string | string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.addInitScript(installProbe, readySelector);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.ready !== null, undefined, { timeout: 60_000 });
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await page.waitForTimeout(1500);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}
