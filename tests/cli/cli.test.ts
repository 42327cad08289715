import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { acquireLock } from '../../electron/core/library';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function json<T = unknown>(args: string[]): Promise<T> {
  const run = await cli([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

describe('copydesk', () => {
  it('creates, lists, shows and sets articles', async () => {
    const lib = await tempDir();
    const created = await json<{ id: string; headline: string }>(['new', '--headline', 'Giá xăng giảm', '--library', lib]);
    expect(created).toMatchObject({ headline: 'Giá xăng giảm', status: 'draft', wordCount: 0, damaged: false });
    expect(await json(['list', '--library', lib])).toEqual([{ id: created.id, headline: 'Giá xăng giảm', status: 'draft', wordCount: 0, updatedAt: expect.any(String), damaged: false }]);
    const set = await json<{ revision: number }>([
      'set',
      created.id,
      '--sapo',
      'Từ 15 giờ chiều nay.',
      '--byline',
      'Lê Minh; Phạm Hà',
      '--byline',
      'Ngô Lan',
      '--source',
      'Theo TTXVN',
      '--status',
      'editing',
      '--library',
      lib,
    ]);
    expect(set).toMatchObject({ revision: 2, byline: ['Lê Minh', 'Phạm Hà', 'Ngô Lan'], status: 'editing', source: 'Theo TTXVN' });
    expect(await json(['set', created.id, '--word-target', '800', '--library', lib])).toMatchObject({ revision: 3, wordTarget: 800 });
    expect(await json(['set', created.id, '--word-target', 'none', '--library', lib])).toMatchObject({ revision: 4, wordTarget: null });
    const shown = await json(['show', created.id, '--library', lib]);
    expect(shown).toEqual(JSON.parse(await readFile(join(lib, 'articles', created.id, 'article.json'), 'utf8')));
    const human = await cli(['show', created.id, '--library', lib]);
    expect(human.stdout).toContain('Giá xăng giảm');
    expect(human.stdout).toContain('By Lê Minh, Phạm Hà, Ngô Lan');
  });

  it('takes the library from $COPYDESK_LIBRARY when --library is absent', async () => {
    const lib = await tempDir();
    const run = await cli(['new', '--headline', 'Env', '--json'], { COPYDESK_LIBRARY: lib });
    expect(run.code).toBe(0);
    expect((await cli(['list', '--library', lib])).stdout).toContain('Env');
  });

  it('normalizes arguments to NFC', async () => {
    const lib = await tempDir();
    const created = await json<{ headline: string }>(['new', '--headline', 'Thời sự'.normalize('NFD'), '--library', lib]);
    expect(created.headline).toBe('Thời sự');
  });

  it.each([
    [['frobnicate']],
    [[]],
    [['new']],
    [['new', '--headline']],
    [['new', '--headline', 'x', '--colour', 'red']],
    [['show']],
    [['show', 'a', 'b']],
    [['set', '20260301-000001']],
    [['set', '20260301-000001', '--status', 'published']],
    [['set', '20260301-000001', '--word-target', 'tám trăm']],
    [['set', '20260301-000001', '--word-target', '0']],
    [['new', '--headline', 'x', '--language', 'fr']],
  ])('exits 2 with usage for %j', async (args) => {
    const run = await cli([...args, '--library', await tempDir()]);
    expect(run.code).toBe(2);
    expect(`${run.stderr}${run.stdout}`).toMatch(/Usage/);
  });

  it('exits 1 with a message, not a stack trace, when the operation fails', async () => {
    const lib = await tempDir();
    const missing = await cli(['show', '20260301-000404', '--library', lib]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('copydesk: No article with id 20260301-000404 in this library.');
    const noFolder = await cli(['list', '--library', join(lib, 'nope')]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/does not exist/);
    expect(noFolder.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to write into a library the app holds, and still reads it', async () => {
    const lib = await tempDir();
    const { id } = await json<{ id: string }>(['new', '--headline', 'Mở trong app', '--library', lib]);
    const lock = await acquireLock(lib, 'app', new Date());
    try {
      const refused = await cli(['set', id, '--headline', 'changed', '--library', lib]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/is open in the Copydesk app .* Close it there first\./);
      expect((await json<{ headline: string }>(['show', id, '--library', lib])).headline).toBe('Mở trong app');
      expect((await cli(['new', '--headline', 'x', '--library', lib])).code).toBe(1);
    } finally {
      await lock.release();
    }
  });

  it('lists a damaged article with its reason and checks the library', async () => {
    const lib = await tempDir();
    const { id } = await json<{ id: string }>(['new', '--headline', 'Hỏng', '--library', lib]);
    const good = await json<{ id: string }>(['new', '--headline', 'Lành', '--library', lib]);
    await writeFile(join(lib, 'articles', id, 'article.json'), '{"schemaVersion":1,');
    const list = await json<{ id: string; damaged: boolean; reason?: string }[]>(['list', '--library', lib]);
    expect(list.find((row) => row.id === id)).toMatchObject({ damaged: true, reason: expect.stringMatching(/not valid JSON/) });
    expect(list.find((row) => row.id === good.id)).toMatchObject({ damaged: false });

    const check = await cli(['check', '--library', lib]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`article-damaged: ${id}`);
    const checkJson = await cli(['check', '--json', '--library', lib]);
    expect(JSON.parse(checkJson.stdout)).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ kind: 'article-damaged', id })]) });

    const repair = await cli(['check', '--repair', '--json', '--library', lib]);
    expect(repair.code).toBe(0);
    expect(JSON.parse(repair.stdout)).toMatchObject({ ok: true, actions: expect.arrayContaining([expect.stringMatching(/quarantine/)]) });
    expect((await cli(['check', '--library', lib])).code).toBe(0);
  });
});
