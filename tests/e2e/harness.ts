import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { workerImporter } from '../../electron/core/import';
import { Library, acquireLock, writeFileDurably, type LibraryLock } from '../../electron/core/library';
import { libraryHandlers } from '../../electron/handlers';
import { readMediaFile } from '../../electron/mediaFiles';
import { MemoryPreferences, type Preferences } from '../../electron/preferences';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { launchBrowser } from '../browser';

export const repoRoot = resolve(import.meta.dirname, '../..');
const rendererDir = join(repoRoot, 'dist/renderer');

export { launchBrowser } from '../browser';

export interface Workstation {
  root: string;
  exportsFolder: string;
  server: WebServer;
  library: Library;
  /** Stops the server and opens the same folder again, as a restarted app would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real core on a temp library, behind the real HTTP bridge, serving the built renderer. */
/** Makes article saves fail as a full or unwritable disk would, while set. */
export const diskFault: { code: 'ENOSPC' | 'EACCES' | null } = { code: null };

async function faultyWrite(path: string, data: string | Uint8Array): Promise<void> {
  if (diskFault.code) throw Object.assign(new Error(`${diskFault.code}: simulated`), { code: diskFault.code });
  await writeFileDurably(path, data);
}

/**
 * The pages open in a Vietnamese browser (see openPage); the interface is English unless a test
 * chooses otherwise, so that tests name what they click as the English interface does.
 */
export async function startWorkstation(root?: string, chosen: Partial<Preferences> = { interfaceLanguage: 'en' }): Promise<Workstation> {
  const folder = root ?? (await mkdtemp(join(tmpdir(), 'copydesk-e2e-')));
  const preferences = new MemoryPreferences(chosen);
  // Exports land beside the articles, inside the temp library that is removed afterwards.
  const desktop = { exportsFolder: join(folder, 'exports'), preferences };
  let lock: LibraryLock = await acquireLock(folder, 'app', new Date());
  // As the harness and the app do: imports read in the built worker.
  const importer = workerImporter(join(repoRoot, 'dist/web/importWorker.cjs'));
  let library = await Library.open({ root: folder, writeFile: faultyWrite, importer });
  let server = await startWebServer({ handlers: libraryHandlers(library, desktop), staticDir: rendererDir, readMedia: (pathname) => readMediaFile(folder, pathname), preferences });
  const workstation: Workstation = {
    root: folder,
    exportsFolder: desktop.exportsFolder,
    get server() {
      return server;
    },
    get library() {
      return library;
    },
    async restart() {
      const port = server.port;
      await server.close();
      await lock.release();
      lock = await acquireLock(folder, 'app', new Date());
      library = await Library.open({ root: folder, writeFile: faultyWrite, importer });
      server = await startWebServer({
        handlers: libraryHandlers(library, desktop),
        staticDir: rendererDir,
        readMedia: (pathname) => readMediaFile(folder, pathname),
        preferences,
        port,
        token: server.token,
      });
    },
    async close() {
      diskFault.code = null;
      await server.close();
      await lock.release();
      if (!root) await rm(folder, { recursive: true, force: true });
    },
  };
  return workstation;
}

/** Opens the workstation page and fails the test on any script error or CSP violation. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  // A context of its own (axe-core's builder needs one), closed with the page, as newPage's would be.
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'vi-VN' });
  const page = await context.newPage();
  // The context may already be going (the browser closing with it): nothing is left to close then.
  page.once('close', () => void context.close().catch(() => undefined));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await page.locator('nav.sidebar').waitFor();
  return { page, problems };
}

/**
 * Types like an input method that composes (macOS, ibus): each step updates the composition,
 * then the syllable is committed.
 */
export async function composeIme(cdp: CDPSession, steps: string[], committed: string): Promise<void> {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: committed });
}

/**
 * Types a word the way backspace-and-retype input tools do (UniKey, EVKey, OpenKey): each step of
 * the word as the tool rewrites it, sent as Backspaces for what changed and the new letters.
 */
export async function retype(page: Page, states: string[]): Promise<void> {
  let shown = '';
  for (const next of states) {
    let common = 0;
    while (common < shown.length && common < next.length && shown[common] === next[common]) common++;
    for (let i = common; i < shown.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(next.slice(common));
    shown = next;
  }
}

export async function waitSaved(page: Page): Promise<void> {
  // Typing turns the label to "Saving…" once the key's frame is drawn (ArticleScreen): after a
  // frame, "Saved" means saved.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await page
    .getByTestId('save-state')
    .filter({ hasText: /^Saved$/ })
    .waitFor({ timeout: 10_000 });
}

/** An article's file as stored, read from disk (not through the library). */
export async function storedArticle(workstation: Workstation, id: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(workstation.root, 'articles', id, 'article.json'), 'utf8'));
}

export async function screenshotDir(): Promise<string> {
  const dir = process.env.COPYDESK_SCREENSHOTS ? resolve(repoRoot, process.env.COPYDESK_SCREENSHOTS) : join(repoRoot, 'tests/.artifacts');
  await mkdir(dir, { recursive: true });
  return dir;
}

export interface Session {
  browser: Browser;
  workstation: Workstation;
  page: Page;
  /** Script errors and CSP violations seen by the page; each test ends with none. */
  problems: string[];
  /** A fresh temp library behind a fresh harness, and the page open on it (in English unless chosen). */
  start(chosen?: Partial<Preferences>): Promise<void>;
  /** Opens another page on the same workstation (after the test closed the first). */
  reopen(): Promise<void>;
  /** Goes to an article by its address, as a deep link does. */
  openArticle(id: string): Promise<void>;
}

/** One browser per test file; a workstation and a page per test, closed after it. */
export function useSession(): Session {
  const session = {
    async start(chosen?: Partial<Preferences>) {
      session.workstation = await startWorkstation(undefined, chosen);
      await session.reopen();
    },
    async reopen() {
      ({ page: session.page, problems: session.problems } = await openPage(session.browser, session.workstation.server.url));
    },
    async openArticle(id: string) {
      await session.page.goto(`${session.workstation.server.url.replace(/\?.*/, '')}#/article/${id}`);
    },
  } as Session;
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser.close();
  });
  afterEach(async () => {
    expect(session.problems).toEqual([]);
    await session.page.close();
    await session.workstation.close();
  });
  return session;
}
