import { lstat, lutimes, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../electron/core/library';
import { cli } from '../helpers/cli';
import { makePhoto } from '../helpers/photos';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
afterEach(() => vi.restoreAllMocks());

async function newArticle(lib: string, headline = 'Bài'): Promise<string> {
  const run = await cli(['new', '--headline', headline, '--json', '--library', lib]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { id: string }).id;
}

describe('ids on the command line', () => {
  it.each([
    ['set', '../../outside/victim', '--headline', 'ghi đè'],
    ['show', '../../outside/victim'],
    ['history', '../outside'],
    ['restore', '../../outside/victim', '20260301T000000000Z-r1'],
    ['export', '/etc', '--format', 'md', '--out', 'x'],
    ['add-photo', '../../outside/victim', 'photo.jpg'],
    ['clean-media', '..'],
  ])('%s refuses a path for an id before touching the disk', async (...args) => {
    const root = await tempDir();
    const lib = join(root, 'library');
    await mkdir(lib);
    await mkdir(join(root, 'outside', 'victim'), { recursive: true });
    await writeFile(join(root, 'outside', 'victim', 'article.json'), 'theirs');
    const run = await cli([...args, '--library', lib]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^copydesk: ".*" is not an article id/);
    expect(await readdir(lib)).toEqual([]);
    expect(await readFile(join(root, 'outside', 'victim', 'article.json'), 'utf8')).toBe('theirs');
  });
});

describe('paths and text on the command line', () => {
  it('opens a file by the name the system gave it (NFD from macOS), and keeps the text NFC', async () => {
    const lib = await tempDir();
    const folder = await tempDir();
    const name = 'Thời sự — tin ngắn.txt'.normalize('NFD');
    await writeFile(join(folder, name), 'Hà Nội, ngày 1/3 (TTXVN) - Tin ngắn.'.normalize('NFD'));
    const imported = await cli(['import', join(folder, name), '--json', '--library', lib]);
    expect(imported.stderr).toBe('');
    const id = (JSON.parse(imported.stdout) as { id: string }[])[0]?.id ?? '';
    expect(JSON.stringify(await (await Library.open({ root: lib })).get(id))).not.toMatch(/[\u0300-\u036f]/);
    const photo = join(folder, 'Ảnh.jpg'.normalize('NFD'));
    await writeFile(photo, await makePhoto());
    expect((await cli(['add-photo', id, photo, '--caption', 'Chú thích'.normalize('NFD'), '--library', lib])).code).toBe(0);
    const out = join(folder, 'Xuất'.normalize('NFD'));
    expect((await cli(['export', id, '--format', 'txt', '--out', out, '--library', lib])).code).toBe(0);
    expect(await readdir(folder)).toContain('Xuất'.normalize('NFD'));
  });

  it('takes global options before the command as well as after it', async () => {
    const lib = await tempDir();
    const id = await newArticle(lib, 'Trước lệnh');
    for (const args of [
      ['--library', lib, 'list', '--json'],
      ['--json', '--library', lib, 'list'],
      [`--library=${lib}`, 'show', id, '--json'],
    ]) {
      const run = await cli(args);
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.stdout).toContain('Trước lệnh');
    }
    const help = await cli(['--library', lib, '--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: copydesk \[--library DIR\] COMMAND/) });
  });
});

describe('what the command line prints', () => {
  it('never sends a terminal a raw control character', async () => {
    const lib = await tempDir();
    const id = await newArticle(lib);
    const damaged = await newArticle(lib);
    const path = join(lib, 'articles', id, 'article.json');
    const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    // Written by another tool: an ESC sequence that sets the window title, a C1 CSI, a bell, a carriage return.
    raw.headline = 'Tin\u001b]0;pwned\u0007 đỏ\u009b31m\r';
    raw.sapo = 'Sapo\u001b[2J';
    await writeFile(path, JSON.stringify(raw));
    // A damaged file whose reason quotes what the file holds.
    await writeFile(join(lib, 'articles', damaged, 'article.json'), '{"headline": \u001b[2J\u009b');
    const missing = join(await tempDir(), 'tin\u001b]0;x\u0007.txt');
    const runs = [
      ...[['list'], ['show', id], ['list', '--json'], ['show', id, '--json'], ['check'], ['check', '--json']].map((args) => cli([...args, '--library', lib])),
      cli(['import', missing, '--library', lib]),
    ];
    for (const run of await Promise.all(runs)) {
      // eslint-disable-next-line no-control-regex -- what must never be printed
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const list = await cli(['list', '--library', lib]);
    expect(list.stdout).toContain('Tin]0;pwned đỏ31m');
    expect(list.stdout).toMatch(/damaged: .*\\u001b/);
    expect((await cli(['import', missing, '--library', lib])).stderr).toContain('tin\\u001b]0;x\\u0007.txt');
    expect(JSON.parse((await cli(['list', '--json', '--library', lib])).stdout)).toContainEqual(expect.objectContaining({ id: damaged, damaged: true }));
  });

  it('says an unexpected error in one line, with no stack trace, and exits 1', async () => {
    const lib = await tempDir();
    await newArticle(lib);
    vi.spyOn(Library.prototype, 'list').mockImplementation(() => {
      throw new TypeError('cannot read properties of undefined\n    at list (library.ts:1:1)\n    at run (list.ts:2:2)');
    });
    const run = await cli(['list', '--library', lib]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^copydesk: unexpected error: TypeError: cannot read properties of undefined/);
    expect(run.stderr).not.toContain('\n');
  });
});

describe('deeply nested documents', () => {
  it.each([
    ['100,000 nested divs', `<html><body>${'<div>'.repeat(100_000)}chữ cuối${'</div>'.repeat(100_000)}</body></html>`],
    ['500 nested blockquotes', `<html><body>${'<blockquote>'.repeat(500)}chữ cuối${'</blockquote>'.repeat(500)}</body></html>`],
  ])('imports %s without overflowing the stack, keeping the text', async (_name, html) => {
    const lib = await tempDir();
    const file = join(await tempDir(), 'deep.html');
    await writeFile(file, html);
    const run = await cli(['import', file, '--json', '--library', lib]);
    expect(run.stderr).toBe('');
    const id = (JSON.parse(run.stdout) as { id: string }[])[0]?.id ?? '';
    expect((await cli(['show', id, '--library', lib])).stdout).toContain('chữ cuối');
  });

  it('refuses 1,500 nested blockquotes with a clear message, and adds nothing', async () => {
    const lib = await tempDir();
    const file = join(await tempDir(), 'deep.html');
    await writeFile(file, `<html><body>${'<blockquote>'.repeat(1500)}chữ${'</blockquote>'.repeat(1500)}</body></html>`);
    const run = await cli(['import', file, '--library', lib]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^copydesk: deep\.html: The article is too large to save/);
    expect(await readdir(join(lib, 'articles'))).toEqual([]);
  });
});

describe('a library holding links', () => {
  it('is not opened; check names the link and check --repair sets it aside, after which it opens', async () => {
    const lib = await tempDir();
    const elsewhere = await tempDir();
    await newArticle(lib, 'Trước khi liên kết');
    await rm(join(lib, 'search'), { recursive: true, force: true });
    await symlink(elsewhere, join(lib, 'search'));
    const refused = await cli(['list', '--library', lib]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds links to other places \(search\).*copydesk check --repair/);
    const checked = await cli(['check', '--library', lib]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('problem: link-out: search is a link to another place');
    const repaired = await cli(['check', '--repair', '--library', lib]);
    expect(repaired.stdout).toMatch(/repaired: moved the link search to quarantine\//);
    expect((await cli(['list', '--library', lib])).stdout).toContain('Trước khi liên kết');
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('takes over a lock that is a link to /dev/zero once it is old, without reading it', async () => {
    const lib = await tempDir();
    await symlink('/dev/zero', join(lib, '.copydesk.lock'));
    const fresh = await cli(['new', '--headline', 'Khoá', '--library', lib]);
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toMatch(/being locked by another program/);
    const old = new Date(Date.now() - 60_000);
    await lutimes(join(lib, '.copydesk.lock'), old, old);
    const taken = await cli(['new', '--headline', 'Khoá', '--json', '--library', lib]);
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    expect((await lstat(join(lib, '.copydesk.lock')).catch(() => null))?.isSymbolicLink() ?? false).toBe(false);
  });
});
