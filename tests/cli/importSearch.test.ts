import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

const WIRE = `date 2026-02-20 Theo TTXVN, chiều nay tỉnh Quảng Ninh khánh thành cây cầu mới nối hai huyện đảo.

Lãnh đạo tỉnh cắt băng khánh thành ẢNH: MINH ĐỨC

Cây cầu dài hơn hai cây số, được xây dựng trong ba năm.`;

describe('copydesk import and search', () => {
  it('imports wire copy into a new article and finds it without accents', async () => {
    const lib = await tempDir();
    const file = join(await tempDir(), 'quang-ninh.txt');
    await writeFile(file, WIRE);
    const run = await cli(['import', file, '--json', '--library', lib]);
    expect(run.stderr).toBe('');
    const [summary] = JSON.parse(run.stdout);
    expect(summary).toEqual({ file, id: expect.any(String), headline: '', wordCount: 36, notes: [] });
    const article = JSON.parse((await cli(['show', summary.id, '--json', '--library', lib])).stdout);
    expect(article).toMatchObject({ source: 'Theo TTXVN', dateline: { date: '2026-02-20' } });
    expect(article.body.content[1]).toMatchObject({ type: 'figure', attrs: { credit: 'Minh Đức', src: null } });

    const found = await cli(['search', 'quang ninh khanh thanh', '--json', '--library', lib]);
    expect(found.code).toBe(0);
    const hits = JSON.parse(found.stdout);
    expect(hits).toEqual([{ id: summary.id, headline: '', snippet: expect.stringContaining('Quảng Ninh khánh thành'), score: expect.any(Number) }]);
    expect(JSON.parse((await cli(['search', 'Quảng Ninh', '--json', '--library', lib])).stdout)).toHaveLength(1);
    expect(JSON.parse((await cli(['search', 'quang ninh', '--status', 'ready', '--json', '--library', lib])).stdout)).toEqual([]);
    expect((await cli(['search', 'khong co', '--library', lib])).stdout).toBe('No article matches.');
  });

  it('imports a day’s files in one run, in order: each says what it mapped, a bad one is reported and the rest go on', async () => {
    const lib = await tempDir();
    const folder = await tempDir();
    const files = [join(folder, 'sang.txt'), join(folder, 'hong.txt'), join(folder, 'bang-gia.html'), join(folder, 'khong-co.md')];
    await writeFile(files[0] as string, WIRE);
    await writeFile(files[1] as string, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    await writeFile(
      files[2] as string,
      '<html><head><title>Giá vàng hôm nay - Báo Mẫu</title></head><body><article><h1>Giá vàng hôm nay</h1><p>Giá vàng tăng nhẹ.<script>track()</script></p><table><tr><th colspan="2">Giá</th></tr><tr><td>Mua</td><td>82,5</td></tr></table><hr></article></body></html>',
    );
    const run = await cli(['import', ...files, '--json', '--library', lib]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: files[0], id: expect.any(String), headline: '', wordCount: 36, notes: [] },
      { file: files[1], error: expect.stringMatching(/not a text file/) },
      {
        file: files[2],
        id: expect.any(String),
        headline: 'Giá vàng hôm nay',
        wordCount: expect.any(Number),
        notes: [
          { kind: 'activeContent', count: 1 },
          { kind: 'rule', count: 1 },
          { kind: 'mergedCells', count: 1 },
        ],
      },
      { file: files[3], error: expect.stringContaining('khong-co.md') },
    ]);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^copydesk: hong\.txt: .*not a text file/), expect.stringMatching(/^copydesk: khong-co\.md: /)]);
    expect(await readdir(join(lib, 'articles'))).toHaveLength(2);

    // Without --json: one line per file, what each import mapped or left out in words.
    const again = await cli(['import', files[2] as string, files[0] as string, '--library', lib]);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')).toEqual([
      expect.stringMatching(/^Imported bang-gia\.html as \S+: Giá vàng hôm nay \(\d+ words\)\. On the way in: 1 script or style left out; 1 dividing line left out; 1 merged table cell split\.$/),
      expect.stringMatching(/^Imported sang\.txt as \S+: \(no headline\) \(36 words\)\.$/),
    ]);
  });

  it('takes --format over the file name', async () => {
    const lib = await tempDir();
    const file = join(await tempDir(), 'wire.dat');
    await writeFile(file, WIRE);
    expect((await cli(['import', file, '--library', lib])).code).toBe(1);
    expect((await cli(['import', file, '--format', 'txt', '--library', lib])).code).toBe(0);
  });

  it.each([
    ['binary bytes in a .txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]), /not a text file/],
    ['an empty file', Buffer.alloc(0), /empty/],
  ])('refuses %s, exits 1 and adds nothing', async (_name, bytes, message) => {
    const lib = await tempDir();
    const file = join(await tempDir(), 'tin.txt');
    await writeFile(file, bytes);
    const run = await cli(['import', file, '--library', lib]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
    expect(await readdir(join(lib, 'articles'))).toEqual([]);
  });

  it.each([[['import']], [['import', 'a.txt', '--format', 'pdf']], [['search']], [['search', 'x', '--status', 'published']], [['search', 'x', '--from', '20.2.2026']]])(
    'exits 2 for %j',
    async (args) => {
      expect((await cli([...args, '--library', await tempDir()])).code).toBe(2);
    },
  );
});
