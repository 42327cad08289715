import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library';
import { makePhoto } from '../helpers/photos';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function openLibrary(root?: string): Promise<Library> {
  return Library.open({ root: root ?? (await tempDir()), clock: steppingClock(), newId: sequentialIds() });
}

/** Edits an article's file by hand, as someone with a text editor would. */
async function editFile(library: Library, id: string, edit: (raw: Record<string, unknown>) => void): Promise<void> {
  const path = join(library.root, 'articles', id, 'article.json');
  const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(raw);
  await writeFile(path, JSON.stringify(raw));
}

describe('a figure edited by hand', () => {
  it('shows only a display copy: a src naming the original (GPS and all) is dropped, and no export carries the original', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Ảnh có toạ độ' });
    const original = await makePhoto({ gps: true });
    const { figure } = await library.addPhoto(article.id, original, 'gps.jpg', { caption: 'Chú thích', credit: 'Vũ Lợi', alt: 'Ảnh' });
    await editFile(library, article.id, (raw) => {
      const body = raw.body as { content: { type: string; attrs?: Record<string, unknown> }[] };
      const node = body.content.find((block) => block.type === 'figure');
      if (node?.attrs) node.attrs.src = figure.attrs.original;
    });
    const read = await library.get(article.id);
    const node = read.body.content.find((block) => block.type === 'figure');
    expect(node?.attrs).toMatchObject({ src: null, original: null, credit: 'Vũ Lợi' });
    for (const format of ['html', 'md', 'txt'] as const) {
      const bundle = await library.exportBundle(article.id, format, format === 'html');
      for (const file of bundle.files) expect(Buffer.from(file.data).includes(original.subarray(0, 4096)), `${format}: ${file.path}`).toBe(false);
      expect(bundle.files.map((file) => String(file.data)).join('')).not.toContain(Buffer.from(original).toString('base64').slice(0, 200));
    }
  });
});
