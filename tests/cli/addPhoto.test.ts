import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library';
import { cli } from '../helpers/cli';
import { SVG_WITH_SCRIPT, makePhoto, pngClaiming, withIptc } from '../helpers/photos';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function libraryWithArticle(): Promise<{ lib: string; id: string }> {
  const lib = await tempDir();
  const { stdout } = await cli(['new', '--headline', 'Ảnh thời sự', '--json', '--library', lib]);
  return { lib, id: (JSON.parse(stdout) as { id: string }).id };
}

async function snapshot(lib: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = (await readFile(join(dir, entry.name))).toString('base64');
    }
  };
  await walk(lib, '');
  return files;
}

describe('copydesk add-photo', () => {
  it('appends a figure filled from the photo’s own metadata; what the user gives wins', async () => {
    const { lib, id } = await libraryWithArticle();
    const photo = join(await tempDir(), 'dien-bien.jpg');
    await writeFile(photo, withIptc(await makePhoto({ width: 2400, height: 1600, gps: true }), { caption: 'Quang cảnh buổi làm việc', byline: 'Vũ Lợi', credit: 'TTXVN' }));
    const run = await cli(['add-photo', id, photo, '--alt', 'Hội trường đông người', '--json', '--library', lib]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual({
      caption: 'Quang cảnh buổi làm việc',
      credit: 'Vũ Lợi',
      alt: 'Hội trường đông người',
      media: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/), mime: 'image/jpeg', width: 2400, height: 1600 },
    });
    const article = JSON.parse(await readFile(join(lib, 'articles', id, 'article.json'), 'utf8'));
    expect(article.revision).toBe(2);
    const figure = article.body.content.at(-1);
    expect(figure).toMatchObject({
      type: 'figure',
      attrs: { credit: 'Vũ Lợi', agency: 'TTXVN', alt: 'Hội trường đông người', width: 2048, height: 1365, src: `media/${result.media.sha256}.display.jpg` },
      content: [{ type: 'text', text: 'Quang cảnh buổi làm việc' }],
    });
    // The photo was taken at 21°1'30"N 105°51'E; no trace of it may reach the article (its own timestamps left aside).
    const { createdAt: _created, updatedAt: _updated, ...kept } = article;
    expect(JSON.stringify(kept)).not.toMatch(/GPS|latitude|longitude|21\.02|105\.85/i);
    expect(await readFile(join(lib, 'articles', id, 'media', `${result.media.sha256}.jpg`))).toEqual(await readFile(photo));

    const given = await cli(['add-photo', id, photo, '--caption', 'Chú thích của phóng viên', '--credit', 'Xuân Tư', '--json', '--library', lib]);
    expect(JSON.parse(given.stdout)).toMatchObject({ caption: 'Chú thích của phóng viên', credit: 'Xuân Tư', alt: '' });
    expect((await readdir(join(lib, 'articles', id, 'media'))).length).toBe(2);
    expect((await cli(['check', '--library', lib])).code).toBe(0);
  });

  it.each([
    ['a text file named .jpg', async () => Buffer.from('không phải ảnh'), /not a photo/],
    ['an SVG with a script', async () => SVG_WITH_SCRIPT, /SVG drawing/],
    ['an image over 100 megapixels', async () => pngClaiming(12_000, 12_000), /100 megapixels/],
  ])('refuses %s, exits 1 and leaves the library untouched', async (_name, make, message) => {
    const { lib, id } = await libraryWithArticle();
    const file = join(await tempDir(), 'anh.jpg');
    await writeFile(file, await make());
    const before = await snapshot(lib);
    const run = await cli(['add-photo', id, file, '--library', lib]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(await snapshot(lib)).toEqual(before);
  });

  it('says when the image file does not exist', async () => {
    const { lib, id } = await libraryWithArticle();
    const run = await cli(['add-photo', id, join(lib, 'missing.jpg'), '--library', lib]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/No such file/) });
  });

  it('reports a referenced photo that went missing', async () => {
    const { lib, id } = await libraryWithArticle();
    const photo = join(await tempDir(), 'a.png');
    await writeFile(photo, await makePhoto({ format: 'png' }));
    const { media } = JSON.parse((await cli(['add-photo', id, photo, '--json', '--library', lib])).stdout);
    const { rm } = await import('node:fs/promises');
    await rm(join(lib, 'articles', id, 'media', `${media.sha256}.display.png`));
    const check = await cli(['check', '--json', '--library', lib]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).problems).toEqual([expect.objectContaining({ kind: 'media-missing', path: `articles/${id}/media/${media.sha256}.display.png` })]);
  });
});

describe('copydesk clean-media', () => {
  it('moves only the photos neither the article nor its revisions use into the trash, and deletes nothing', async () => {
    const { lib, id } = await libraryWithArticle();
    const keep = join(await tempDir(), 'keep.jpg');
    const removed = join(await tempDir(), 'removed.jpg');
    await writeFile(keep, await makePhoto());
    await writeFile(removed, await makePhoto({ colour: '#aa2222' }));
    await cli(['add-photo', id, keep, '--library', lib]);
    // Added, then taken out again: a revision still shows it, so it stays.
    const inRevision = JSON.parse((await cli(['add-photo', id, removed, '--json', '--library', lib])).stdout);
    const path = join(lib, 'articles', id, 'article.json');
    const article = JSON.parse(await readFile(path, 'utf8'));
    article.body.content = article.body.content.filter((node: { attrs?: { sha256?: string } }) => node.attrs?.sha256 !== inRevision.media.sha256);
    await writeFile(path, JSON.stringify(article));
    // Stored by the editor but never saved into any version: unused.
    const library = await Library.open({ root: lib });
    const { media: orphan } = await library.photos.keep(id, await makePhoto({ format: 'png' }), 'orphan.png');

    const run = await cli(['clean-media', id, '--json', '--library', lib]);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.moved.sort()).toEqual([`articles/${id}/media/${orphan.sha256}.display.png`, `articles/${id}/media/${orphan.sha256}.png`]);
    expect(result.kept).toBe(4);
    expect((await readdir(join(lib, result.to))).sort()).toEqual([`${orphan.sha256}.display.png`, `${orphan.sha256}.png`]);
    expect((await cli(['check', '--library', lib])).code).toBe(0);
    expect(JSON.parse((await cli(['clean-media', '--all', '--json', '--library', lib])).stdout)).toEqual([{ id, moved: [], to: null, kept: 4 }]);
  });

  it.each([[['clean-media']], [['clean-media', 'a', '--all']], [['clean-media', 'a', 'b']]])('exits 2 for %j', async (args) => {
    expect((await cli([...args, '--library', await tempDir()])).code).toBe(2);
  });
});
