import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../electron/core/article';
import { exportMarkdown, exportWire } from '../../../electron/core/export';
import { importBytes } from '../../../electron/core/import';
import { Library } from '../../../electron/core/library';
import { ARTICLE_EN, ARTICLE_VI, fixtureMedia } from '../../helpers/exportFixtures';
import { makePhoto } from '../../helpers/photos';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

const WIRE = `date 2026-02-14 Theo TTXVN, sáng nay tại Hà Nội, Bộ Nông nghiệp tổ chức hội nghị tổng kết vụ lúa đông xuân.

Đại diện các tỉnh trao đổi tại hội nghị ẢNH: NGỌC HÀ

Theo báo cáo, năng suất bình quân đạt hơn 6 tấn mỗi héc-ta.

Nông dân thu hoạch lúa sớm để tránh mưa ẢNH: TRẦN VIỆT/TTXVN

Bộ trưởng đề nghị các địa phương chuẩn bị giống cho vụ hè thu.
`;

/** A figure as the importers can know it: everything but the stored photo. */
function withoutPhoto(node: BodyNode): BodyNode {
  if (node.type !== 'figure') return { ...node, ...(node.content ? { content: node.content.map(withoutPhoto) } : {}) };
  const attrs = node.attrs ?? {};
  return { ...node, attrs: { alt: attrs.alt, credit: attrs.credit, agency: attrs.agency } };
}

const asText = (data: string | Uint8Array | undefined): Uint8Array => Buffer.from(typeof data === 'string' ? data : (data ?? new Uint8Array()));

describe('round trips', () => {
  it('wire text: import → export → import gives back the same blocks, source and date', async () => {
    const library = await Library.open({ root: await tempDir() });
    const { article } = await library.importArticle(Buffer.from(WIRE), 'tin.txt');
    const exported = exportWire(article);
    const text = String(exported.files[0]?.data);
    expect(text).toBe(WIRE);
    const again = await importBytes(asText(exported.files[0]?.data), 'tin.txt');
    expect(again.fields.body).toEqual(article.body);
    expect(again.fields).toMatchObject({ source: article.source, dateline: article.dateline, headline: article.headline, sapo: article.sapo });
  });

  it('wire text with a headline and sapo keeps them', async () => {
    const article = {
      ...ARTICLE_VI,
      body: { type: 'doc' as const, content: ARTICLE_VI.body.content.filter((node) => node.type === 'paragraph' && !node.content?.some((child) => child.marks || child.type === 'hardBreak')) },
    };
    const again = await importBytes(asText(exportWire(article).files[0]?.data), 'tin.txt');
    expect(again.fields).toMatchObject({ headline: article.headline, sapo: article.sapo });
  });

  it.each([
    ['vi', ARTICLE_VI],
    ['en', ARTICLE_EN],
  ])('Markdown (%s): export → import gives back the same article, figures and all', async (_name, article) => {
    const bundle = await exportMarkdown(article, { readMedia: fixtureMedia });
    const again = await importBytes(asText(bundle.files.find((file) => file.path === bundle.main)?.data), bundle.main);
    expect(again.fields).toMatchObject({
      headline: article.headline,
      sapo: article.sapo,
      byline: article.byline,
      dateline: article.dateline,
      source: article.source,
      tags: article.tags,
      language: article.language,
    });
    expect(again.fields.body?.content.map(withoutPhoto)).toEqual(article.body.content.map(withoutPhoto));
  });
});

describe('exporting from the library', () => {
  it('writes into a new folder named after the article, never over an earlier export', async () => {
    const library = await Library.open({ root: await tempDir() });
    const { article } = await library.photos.add(
      (await library.create({ headline: 'Mùa lúa chín' })).id,
      await makePhoto({ gps: true, xmp: { description: 'Cánh đồng', creator: 'Lê Minh' } }),
      'a.jpg',
    );
    const parent = await tempDir();
    const first = await library.exporter.into(article.id, 'html', parent);
    expect(first.folder).toBe(join(parent, 'mua-lua-chin-html'));
    expect(first.main).toBe(join(first.folder, 'index.html'));
    expect(first.files.map((file) => file.slice(first.folder.length + 1)).sort()).toEqual(['images/canh-dong-1.jpg', 'index.html']);
    const second = await library.exporter.into(article.id, 'html', parent);
    expect(second.folder).toBe(join(parent, 'mua-lua-chin-html-2'));
    // The exported photo is the display copy: no GPS, no metadata.
    const exif = await import('exifr');
    expect(await exif.default.gps(await readFile(join(first.folder, 'images/canh-dong-1.jpg'))).catch(() => undefined)).toBeUndefined();
    const single = await library.exporter.into(article.id, 'md', parent, true);
    expect(await readdir(single.folder)).toEqual(['mua-lua-chin.md']);
    expect(await readFile(single.main, 'utf8')).toMatch(/!\[\]\(data:image\/jpeg;base64,/);
  });

  it('refuses to export a damaged article', async () => {
    const library = await Library.open({ root: await tempDir() });
    const { id } = await library.create({ headline: 'x' });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(library.root, 'articles', id, 'article.json'), '{');
    await expect(library.exporter.into(id, 'html', await tempDir())).rejects.toMatchObject({ code: 'damaged' });
  });
});
