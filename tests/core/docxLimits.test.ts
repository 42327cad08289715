import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/core/import';
import { Library } from '../../electron/core/library';
import { makePhoto } from '../helpers/photos';
import { useTempDirs } from '../helpers/tempDir';
import { DOCX_HEAD, DOCX_TAIL, deflatedPart, docxFrame, docxParagraph, repeatedPart, zipOf } from '../helpers/zipFile';

const tempDir = useTempDirs();
const paragraph = docxParagraph('Người dân vùng lũ đã trở về nhà sau nhiều ngày sơ tán. ');
const MB = 1024 * 1024;

/** A document.xml of about `megabytes`, packed tight: the same paragraphs over and over. */
function bigDocument(megabytes: number) {
  const chunk = paragraph.repeat(1000);
  return repeatedPart('word/document.xml', DOCX_HEAD, chunk, Math.ceil((megabytes * MB) / Buffer.byteLength(chunk)), DOCX_TAIL);
}

describe('a Word document that unpacks without limit', () => {
  it('is refused by the size it declares before anything is unpacked, and nothing is added', async () => {
    const bomb = zipOf([...docxFrame(), bigDocument(300)]);
    expect(bomb.length).toBeLessThan(2 * MB);
    const library = await Library.open({ root: await tempDir() });
    await expect(library.importArticle(bomb, 'bom.docx')).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/^bom\.docx cannot be imported: its part word\/document\.xml unpacks to 30\d MB from \d+ KB/),
    });
    expect(library.list()).toEqual([]);
    expect(await readdir(join(library.root, 'articles'))).toEqual([]);
  });

  it('is refused when it packs far tighter than any Word document, though within the size', async () => {
    await expect(importBytes(zipOf([...docxFrame(), bigDocument(40)]), 'chat.docx')).rejects.toThrow(/its part word\/document\.xml unpacks to 4\d MB from \d+ KB/);
  });

  it.each([
    ['300 MB', 300],
    ['2 GB', 2048],
  ])('is refused as damaged when a part lies about its size (%s in a part that says 20 KB), having unpacked no more than it said', async (_name, megabytes) => {
    const lying = { ...bigDocument(megabytes), size: 20 * 1024 };
    await expect(importBytes(zipOf([...docxFrame(), lying]), 'doi.docx')).rejects.toThrow(/^doi\.docx is damaged or is not a Word document \(word\/document\.xml: too many bytes in the stream/);
  });

  it('is refused when its parts together unpack to more than a document holds', async () => {
    // Each part within the limits, and packed no tighter than Word's own XML can be: what adds up is refused.
    const loose = randomBytes(800).toString('base64').repeat(100);
    const parts = Array.from({ length: 5 }, (_, i) => repeatedPart(`word/part${i}.xml`, '<x>', loose, Math.ceil((60 * MB) / loose.length), '</x>'));
    const document = deflatedPart('word/document.xml', DOCX_HEAD + paragraph + DOCX_TAIL);
    await expect(importBytes(zipOf([...docxFrame(), document, ...parts]), 'nhieu.docx')).rejects.toMatchObject({
      message: expect.stringMatching(/^nhieu\.docx cannot be imported: it unpacks to more than any Word document holds \(\d+ parts, \d{3} MB so far\)/),
    });
  });
});

describe('a Word document within its limits', () => {
  it('is read as before', async () => {
    const article = await importBytes(zipOf([...docxFrame(), deflatedPart('word/document.xml', DOCX_HEAD + docxParagraph('Tin ngắn về lũ.') + DOCX_TAIL)]), 'ngan.docx');
    expect(article.fields.body?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Tin ngắn về lũ.' }] }]);
  });

  it('stores a photo placed 500 times once, with one display copy', async () => {
    const photo = await makePhoto({ width: 200, height: 120 });
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [{ children: Array.from({ length: 500 }, () => new Paragraph({ children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 200, height: 120 } })] })) }],
      }),
    );
    const library = await Library.open({ root: await tempDir() });
    const { article } = await library.importArticle(bytes, 'anh.docx');
    const figures = article.body.content.filter((node) => node.type === 'figure');
    expect(figures).toHaveLength(500);
    expect(new Set(figures.map((node) => node.attrs?.src)).size).toBe(1);
    expect((await readdir(join(library.root, 'articles', article.id, 'media'))).sort()).toHaveLength(2);
  });
});
