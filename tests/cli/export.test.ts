import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../electron/core/library';
import { cli } from '../helpers/cli';
import { makePhoto } from '../helpers/photos';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function articleWithPhoto(): Promise<{ lib: string; id: string }> {
  const lib = await tempDir();
  const { id } = JSON.parse((await cli(['new', '--headline', 'Cầu mới ở Quảng Ninh', '--json', '--library', lib])).stdout);
  await cli(['set', id, '--sapo', 'Cây cầu dài hai cây số.', '--byline', 'Minh Đức', '--library', lib]);
  const photo = join(await tempDir(), 'photo.jpg');
  await writeFile(photo, await makePhoto({ xmp: { description: 'Cầu nhìn từ trên cao', creator: 'Minh Đức' } }));
  await cli(['add-photo', id, photo, '--library', lib]);
  return { lib, id };
}

describe('copydesk export', () => {
  it.each([
    ['html', false, ['index.html', 'images/cau-nhin-tu-tren-cao-1.jpg']],
    ['html', true, ['index.html']],
    ['md', false, ['cau-moi-o-quang-ninh.md', 'images/cau-nhin-tu-tren-cao-1.jpg']],
    ['txt', false, ['cau-moi-o-quang-ninh.txt']],
  ] as const)('writes %s (single file: %s) and prints {main, files}', async (format, single, names) => {
    const { lib, id } = await articleWithPhoto();
    const out = join(await tempDir(), 'ra');
    const run = await cli(['export', id, '--format', format, '--out', out, '--json', ...(single ? ['--single-file'] : []), '--library', lib]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual({ main: join(out, names[0]), files: names.map((name) => join(out, name)) });
    expect((await readFile(result.main, 'utf8')).length).toBeGreaterThan(50);
    expect(await readFile(result.main, 'utf8')).toContain('Cầu nhìn từ trên cao');
  });

  it('exports while the app holds the library, since it only reads it', async () => {
    const { lib, id } = await articleWithPhoto();
    const lock = await acquireLock(lib, 'app', new Date());
    try {
      expect((await cli(['export', id, '--format', 'txt', '--out', join(await tempDir(), 'x'), '--library', lib])).code).toBe(0);
    } finally {
      await lock.release();
    }
  });

  it('never writes over files already in the folder', async () => {
    const { lib, id } = await articleWithPhoto();
    const out = await tempDir();
    await mkdir(join(out, 'keep'));
    await writeFile(join(out, 'index.html'), 'mine');
    const run = await cli(['export', id, '--format', 'html', '--out', out, '--library', lib]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/not empty/) });
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('mine');
    expect((await readdir(out)).sort()).toEqual(['index.html', 'keep']);
  });

  it.each([[['export', 'x']], [['export', 'x', '--format', 'pdf']], [['export', '--format', 'html']]])('exits 2 for %j', async (args) => {
    expect((await cli([...args, '--library', await tempDir()])).code).toBe(2);
  });

  it('exits 1 for an article that does not exist', async () => {
    const run = await cli(['export', '20260301-000404', '--format', 'html', '--out', join(await tempDir(), 'o'), '--library', await tempDir()]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/No article/) });
  });
});
