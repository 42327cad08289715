import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../electron/contract';
import { Library, acquireLock } from '../../electron/core/library';
import { makePhoto } from '../helpers/photos';
import { repoRoot } from './harness';

const cli = join(repoRoot, 'dist/cli/copydesk.cjs');
const harness = join(repoRoot, 'dist/web/harness.cjs');
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function tempLibrary(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-cmd-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

type Ran = { code: number | null; stdout: string; stderr: string };

/** Runs a command to its end, with what it printed. */
function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const run = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> => runCommand(process.execPath, [cli, ...args], env);
const runHarness = (args: string[]): Promise<Ran> => runCommand(process.execPath, [harness, ...args]);

describe('the built copydesk command', () => {
  it('keeps its contract: JSON out, exit codes 0, 1 and 2', async () => {
    const lib = await tempLibrary();
    const created = await run(['new', '--headline', 'Bản tin sáng', '--json', '--library', lib]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const { id } = JSON.parse(created.stdout) as { id: string };
    const listed = await run(['list', '--json'], { COPYDESK_LIBRARY: lib });
    expect(JSON.parse(listed.stdout)).toEqual([{ id, headline: 'Bản tin sáng', status: 'draft', wordCount: 0, updatedAt: expect.any(String), damaged: false }]);
    expect((await run(['set', id, '--status', 'ready', '--library', lib])).code).toBe(0);
    expect(JSON.parse((await run(['show', id, '--json', '--library', lib])).stdout)).toMatchObject({ id, status: 'ready', revision: 2 });

    const usage = await run(['set', id, '--status', 'published', '--library', lib]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: copydesk set/);
    const failed = await run(['show', '20260301-000404', '--library', lib]);
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect(failed.stderr.trim()).toBe('copydesk: No article with id 20260301-000404 in this library.');
    const photo = join(lib, 'incoming.jpg');
    await writeFile(photo, await makePhoto({ xmp: { description: 'Ảnh từ dòng lệnh', creator: 'Lê Minh' } }));
    const added = await run(['add-photo', id, photo, '--json', '--library', lib]);
    expect(added.stderr).toBe('');
    expect(JSON.parse(added.stdout)).toMatchObject({ caption: 'Ảnh từ dòng lệnh', credit: 'Lê Minh', media: { mime: 'image/jpeg', width: 640, height: 480 } });
    expect((await run(['check', '--library', lib])).code).toBe(0);
  });

  it('ends quietly when its reader goes away (copydesk list | head)', async () => {
    const lib = await tempLibrary();
    // More than a pipe holds (64 KB), so the command is still printing when head has gone.
    await mkdir(join(lib, 'articles'));
    const library = await Library.open({ root: lib });
    const first = await library.create({ headline: 'Tin '.repeat(60) });
    const text = await readFile(join(lib, 'articles', first.id, 'article.json'), 'utf8');
    for (let i = 0; i < 1200; i++) {
      const id = `20260301-${i.toString(16).padStart(10, '0')}`;
      await mkdir(join(lib, 'articles', id));
      await writeFile(join(lib, 'articles', id, 'article.json'), text.replace(first.id, id));
    }
    const piped = await runCommand('sh', ['-c', `"${process.execPath}" "${cli}" list --library "${lib}" | head -n 1`]);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.trim().split('\n')).toHaveLength(1);
    expect(piped.stdout).toMatch(/^20260301-/);
  });

  it('refuses to write while the app holds the library', async () => {
    const lib = await tempLibrary();
    const lock = await acquireLock(lib, 'app', new Date());
    cleanup.push(() => lock.release());
    const refused = await run(['new', '--headline', 'x', '--library', lib]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/open in the Copydesk app \(process \d+ on .+\)\. Close it there first\./);
    expect(JSON.parse((await run(['list', '--json', '--library', lib])).stdout)).toEqual([]);
  });
});

describe('npm run web', () => {
  it('serves on 127.0.0.1, prints its URL, holds the library and lets go on SIGTERM', async () => {
    const lib = await tempLibrary();
    const child: ChildProcess = spawn(process.execPath, [harness, '--library', lib], { env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    cleanup.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`harness exited: ${out}`)));
    });
    const token = new URL(url).searchParams.get('token') ?? '';
    const api = `${new URL(url).origin}/api/createArticle`;
    const reply = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', 'x-copydesk-token': token }, body: JSON.stringify({ fields: { headline: 'Qua harness' } }) });
    expect(await reply.json()).toMatchObject({ ok: true, value: { headline: 'Qua harness' } });
    expect((await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    expect((await run(['new', '--headline', 'x', '--library', lib])).code).toBe(1);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    expect((await run(['new', '--headline', 'sau khi đóng', '--library', lib])).code).toBe(0);
  });

  it('prints its usage for --help, and says in one line when the port is taken', async () => {
    const help = await runHarness(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: npm run web -- \[--library DIR\] \[--port N\] \[--exports DIR\]/);
    const lib = await tempLibrary();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    cleanup.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as AddressInfo).port;
    const busy = await runHarness(['--library', lib, '--port', String(port)]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toBe(`copydesk web: Port ${port} is in use by another program. Choose another with --port, or leave --port out to take a free one.\n`);
    // It let go of the library on its way out.
    expect((await run(['new', '--headline', 'sau', '--library', lib])).code).toBe(0);
    const unknown = await runHarness(['--colour', 'red']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^copydesk web: Unknown option '--colour'.*\nRun `npm run web -- --help` for how to start it\.\n$/);
  });

  it('says clearly when the library folder does not exist', async () => {
    const lib = join(await tempLibrary(), 'missing');
    const child = spawn(process.execPath, [harness, '--library', lib]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/The library folder does not exist/);
  });
});

describe('npm start', () => {
  it('says in a few words when Electron cannot be downloaded, and points to the browser harness', async () => {
    // A fresh copy of the electron package, without its program, downloading from a mirror that
    // cannot be reached: what a newsroom machine without GitHub meets. Electron never starts here.
    const root = await tempLibrary();
    const electron = join(root, 'node_modules', 'electron');
    await mkdir(electron, { recursive: true });
    for (const file of ['package.json', 'install.js', 'checksums.json']) await copyFile(join(repoRoot, 'node_modules/electron', file), join(electron, file));
    await symlink(join(repoRoot, 'node_modules/@electron'), join(root, 'node_modules', '@electron'));
    const started = await runCommand(process.execPath, [join(repoRoot, '.config/start.mjs')], {
      COPYDESK_ELECTRON_DIR: electron,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(root, 'cache'),
    });
    expect(started.code).toBe(1);
    expect(started.stdout).toMatch(/^Electron \d+\.\d+\.\d+ is not on this computer yet: downloading it \(once\)…\n$/);
    expect(started.stderr).toMatch(/^Copydesk cannot start: Electron \d+\.\d+\.\d+, the program the desktop app runs in, is not on this computer and could not be downloaded \(.+\)\.\n/);
    expect(started.stderr).toContain('npm run web -- --library');
    expect(started.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the built main process', () => {
  it('starts under a faked electron: secure window, app:// page with its CSP, library locked, every verb bound', async () => {
    const documents = await tempLibrary();
    const userData = await tempLibrary();
    const child = spawn(process.execPath, ['--require', join(repoRoot, 'tests/e2e/fixtures/fakeElectron.cjs'), join(repoRoot, 'dist/main/main.cjs')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, FAKE_DOCUMENTS: documents, FAKE_USER_DATA: userData },
    });
    cleanup.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const events: Record<string, unknown>[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) events.push(JSON.parse(line) as Record<string, unknown>);
    });
    await expect.poll(() => ['served', 'loadURL'].every((name) => events.some((event) => event.event === name)), { timeout: 10_000 }).toBe(true);
    expect(stderr).toBe('');
    const find = (name: string) => events.find((event) => event.event === name);
    expect(find('window')).toMatchObject({
      width: 1280,
      height: 860,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, preload: join(repoRoot, 'dist/preload/preload.cjs') },
    });
    expect(find('loadURL')).toMatchObject({ url: 'app://copydesk/index.html' });
    expect(find('served')).toMatchObject({ status: 200, csp: expect.stringContaining("default-src 'none'"), body: '<!doctype html>' });
    expect((find('menu') as { handlers: string[] }).handlers).toHaveLength(Object.keys(contract).length);
    expect(find('error')).toBeUndefined();
    expect(find('message')).toBeUndefined();
    const lock = JSON.parse(await readFile(join(documents, 'Copydesk', '.copydesk.lock'), 'utf8'));
    expect(lock).toMatchObject({ owner: 'app', pid: child.pid });
  });
});

describe('the built preload', () => {
  it('loads with only electron to require, and exposes the named verbs', async () => {
    const child = spawn(process.execPath, ['--require', join(repoRoot, 'tests/e2e/fixtures/fakeElectron.cjs'), join(repoRoot, 'dist/preload/preload.cjs')]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    expect(stderr).toBe('');
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string });
    expect(events.filter((event) => event.event === 'require')).toEqual([]);
    const exposed = events.find((event) => event.event === 'exposed') as unknown as { names: string[]; types: string[] };
    expect(exposed).toMatchObject({ key: 'copydesk' });
    expect(exposed.names.sort()).toEqual([...Object.keys(contract), 'onBeforeClose', 'closeReady', 'onMenuCommand'].sort());
    expect(new Set(exposed.types)).toEqual(new Set(['function']));
  });
});
