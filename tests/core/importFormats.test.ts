import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { cleanBody, type BodyNode } from '../../electron/core/article';
import { Library } from '../../electron/core/library';
import { importBytes, parseHtml, parseMarkdown } from '../../electron/core/import';
import { makePhoto } from '../helpers/photos';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

/** Every importer's body must be one the editor accepts as is. */
function valid(body: { type: 'doc'; content: BodyNode[] } | undefined): BodyNode[] {
  expect(body).toBeDefined();
  const doc = body as { type: 'doc'; content: BodyNode[] };
  expect(cleanBody(doc)).toEqual(doc);
  return doc.content;
}

describe('Markdown', () => {
  const MD = `---
title: "Hội An đón mùa lễ hội"
authors: [Lê Minh, Phạm Hà]
date: 2026-03-05
tags: [du lịch, Quảng Nam]
description: Phố cổ rực rỡ đèn lồng.
lang: vi
dateline: Hội An
source: Theo TTXVN
---

Phố cổ **đông khách** từ *sáng sớm*, theo [trang du lịch](https://example.vn/hoi-an).

## Lịch trình

1. Thả đèn hoa đăng
2. Đêm phố cổ

> "Năm nay đông hơn", một chủ quán nói.

![Đèn lồng treo trên phố](images/den-long.jpg)

Đèn lồng trên phố Trần Phú ẢNH: NGỌC HÀ

Giá vé 5 * 3 = 15 nghìn, a_b_c, #hashtag và <not a tag> vẫn là chữ.
`;

  it('reads front matter into the article’s fields and the body into its nodes', () => {
    const { fields } = parseMarkdown(MD, 'bai.md');
    expect(fields).toMatchObject({
      headline: 'Hội An đón mùa lễ hội',
      byline: ['Lê Minh', 'Phạm Hà'],
      tags: ['du lịch', 'Quảng Nam'],
      sapo: 'Phố cổ rực rỡ đèn lồng.',
      language: 'vi',
      source: 'Theo TTXVN',
      dateline: { place: 'Hội An', date: '2026-03-05' },
    });
    expect(valid(fields.body)).toEqual([
      p(
        text('Phố cổ '),
        text('đông khách', [{ type: 'bold' }]),
        text(' từ '),
        text('sáng sớm', [{ type: 'italic' }]),
        text(', theo '),
        text('trang du lịch', [{ type: 'link', attrs: { href: 'https://example.vn/hoi-an' } }]),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Lịch trình')] },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [
          { type: 'listItem', content: [p(text('Thả đèn hoa đăng'))] },
          { type: 'listItem', content: [p(text('Đêm phố cổ'))] },
        ],
      },
      { type: 'blockquote', content: [p(text('"Năm nay đông hơn", một chủ quán nói.'))] },
      { type: 'figure', attrs: expect.objectContaining({ src: null, alt: 'Đèn lồng treo trên phố', credit: 'Ngọc Hà' }), content: [text('Đèn lồng trên phố Trần Phú')] },
      p(text('Giá vé 5 * 3 = 15 nghìn, a_b_c, #hashtag và <not a tag> vẫn là chữ.')),
    ]);
  });

  it('takes the first H1 as the headline when the front matter has none, and drops unsafe links', () => {
    const { fields } = parseMarkdown('# Tiêu đề bài\n\nMột [liên kết](javascript:alert(1)) và [thư](mailto:toasoan@example.vn).\n\n- một\n- hai', 'a.md');
    expect(fields.headline).toBe('Tiêu đề bài');
    const [first, list] = valid(fields.body);
    expect(first).toEqual(p(text('Một [liên kết](javascript:alert(1)) và '), text('thư', [{ type: 'link', attrs: { href: 'mailto:toasoan@example.vn' } }]), text('.')));
    expect(list?.type).toBe('bulletList');
  });

  it('says when the front matter is broken', () => {
    expect(() => parseMarkdown('---\ntitle: [unclosed\n---\nx', 'a.md')).toThrow(/front matter is not valid YAML/);
  });

  it('sets English from lang, or from the text', () => {
    expect(parseMarkdown('---\nlang: en-GB\n---\nXin chào', 'a.md').fields.language).toBe('en');
    expect(parseMarkdown('The council met on Monday to discuss the budget.', 'a.md').fields.language).toBe('en');
  });
});

describe('HTML', () => {
  const HOSTILE = `<!doctype html><html lang="vi"><head><title>Tiêu đề trang</title><meta name="description" content="Tóm tắt bài."><meta name="author" content="Lê Minh"><style>body{}</style><script>alert(1)</script></head>
<body onload="alert(2)"><nav>Trang chủ | Thời sự</nav>
<article>
<h1>Mưa lớn ở Huế</h1>
<p onclick="alert(3)" style="color:red">Nước lên <b>nhanh</b> <i>trong đêm</i>, <a href="https://example.vn/lu" onmouseover="alert(4)">xem tin</a>, <a href="javascript:alert(5)">bấm</a>, <a href="data:text/html,x">dữ liệu</a>, <a href="file:///etc/passwd">tệp</a>, <a href="vbscript:x">vb</a>.</p>
<script>document.write('bad')</script><iframe src="https://evil.example"></iframe>
<form action="https://evil.example"><input name="x" value="điền"><button>Gửi</button></form>
<svg><script>alert(6)</script><text>svg text</text></svg><math><mi>x</mi></math>
<p>Mẹo: viết &lt;script&gt;alert(7)&lt;/script&gt; chỉ là chữ.</p>
<h2>Cứu hộ</h2><ul><li>Di dời <strong>200</strong> hộ</li><li><p>Mở trường làm nơi trú</p></li></ul>
<blockquote><p>Chúng tôi đã sẵn sàng.</p></blockquote>
<figure><img src="https://cdn.example/a.jpg" alt="Nước ngập" onerror="alert(8)"><figcaption>Đường Lê Lợi ngập sâu (Ảnh: Văn Dũng/TTXVN)</figcaption></figure>
<img src="x" onerror="alert(9)" alt="Ảnh thứ hai">
</article></body></html>`;

  it('keeps the article’s text and structure and nothing active, and says what it left out', () => {
    const { fields, notes } = parseHtml(HOSTILE);
    expect(fields).toMatchObject({ headline: 'Mưa lớn ở Huế', sapo: 'Tóm tắt bài.', byline: ['Lê Minh'], language: 'vi' });
    const body = valid(fields.body);
    const json = JSON.stringify(body);
    for (const bad of [
      'alert(1)',
      'alert(2)',
      'alert(3)',
      'alert(4)',
      'alert(5)',
      'alert(6)',
      'alert(8)',
      'alert(9)',
      'javascript',
      'data:',
      'file:',
      'vbscript',
      'evil',
      'onclick',
      'onerror',
      'style',
      'svg text',
      'Trang chủ',
      'điền',
      'Gửi',
    ])
      expect(json).not.toContain(bad);
    expect(body).toEqual([
      p(
        text('Nước lên '),
        text('nhanh', [{ type: 'bold' }]),
        text(' '),
        text('trong đêm', [{ type: 'italic' }]),
        text(', '),
        text('xem tin', [{ type: 'link', attrs: { href: 'https://example.vn/lu' } }]),
        text(', bấm, dữ liệu, tệp, vb.'),
      ),
      // A formula keeps its text.
      p(text('x')),
      p(text('Mẹo: viết <script>alert(7)</script> chỉ là chữ.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Cứu hộ')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('Di dời '), text('200', [{ type: 'bold' }]), text(' hộ'))] },
          { type: 'listItem', content: [p(text('Mở trường làm nơi trú'))] },
        ],
      },
      { type: 'blockquote', content: [p(text('Chúng tôi đã sẵn sàng.'))] },
      { type: 'figure', attrs: expect.objectContaining({ src: null, alt: 'Nước ngập', credit: 'Văn Dũng', agency: 'TTXVN' }), content: [text('Đường Lê Lợi ngập sâu')] },
      { type: 'figure', attrs: expect.objectContaining({ src: null, alt: 'Ảnh thứ hai' }) },
    ]);
    expect(Object.fromEntries(notes.map((note) => [note.kind, note.count]))).toEqual({ pageAround: 1, activeContent: 2, embeddedMedia: 2, formControls: 2, math: 1, droppedLink: 4 });
  });

  it('keeps the whole page when it has no single article, and falls back to <title>', () => {
    const { fields } = parseHtml('<html><head><title>Trang</title></head><body><div>Một</div><div>Hai</div></body></html>');
    expect(fields.headline).toBe('Trang');
    expect(valid(fields.body)).toEqual([p(text('Một')), p(text('Hai'))]);
  });

  it('takes the language the page declares', () => {
    expect(parseHtml('<html lang="en"><body><p>Xin chào các bạn</p></body></html>').fields.language).toBe('en');
  });
});

describe('Word documents', () => {
  async function docx(children: Paragraph[]): Promise<Buffer> {
    return Packer.toBuffer(new Document({ sections: [{ children }] }));
  }

  it('reads headings, paragraphs, lists, emphasis, links and embedded photos', async () => {
    const photo = await makePhoto({ width: 320, height: 200, format: 'png' });
    const bytes = await docx([
      new Paragraph({ text: 'Nông dân vào vụ mới', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new TextRun('Sáng nay, '), new TextRun({ text: 'hàng nghìn', bold: true }), new TextRun(' nông dân '), new TextRun({ text: 'xuống đồng', italics: true }), new TextRun('.')],
      }),
      new Paragraph({ text: 'Chuẩn bị', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Làm đất', bullet: { level: 0 } }),
      new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.vn/vu-lua', children: [new TextRun('Chi tiết')] })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: photo, transformation: { width: 320, height: 200 } })] }),
    ]);
    const library = await Library.open({ root: await tempDir() });
    const { article } = await library.importArticle(bytes, 'vu-lua.docx');
    expect(article).toMatchObject({ headline: 'Nông dân vào vụ mới', language: 'vi', revision: 2 });
    const [intro, heading, list, link, figure] = article.body.content;
    expect(intro).toEqual(p(text('Sáng nay, '), text('hàng nghìn', [{ type: 'bold' }]), text(' nông dân '), text('xuống đồng', [{ type: 'italic' }]), text('.')));
    expect(heading).toEqual({ type: 'heading', attrs: { level: 2 }, content: [text('Chuẩn bị')] });
    expect(list).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Làm đất'))] }] });
    expect(link).toEqual(p(text('Chi tiết', [{ type: 'link', attrs: { href: 'https://example.vn/vu-lua' } }])));
    expect(figure).toMatchObject({ type: 'figure', attrs: { mime: 'image/png', width: 320, height: 200, src: expect.stringMatching(/^media\/[0-9a-f]{64}\.display\.png$/) } });
  });

  it.each([
    ['a broken .docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]), /damaged or is not a Word document/],
    ['a text file named .docx', Buffer.from('chỉ là chữ'), /not a Word document/],
  ])('refuses %s with a clear message', async (_name, bytes, message) => {
    await expect(importBytes(bytes, 'bai.docx')).rejects.toThrow(message);
  });
});
