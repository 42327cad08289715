import { describe, expect, it } from 'vitest';
import { DamagedArticleError, SCHEMA_VERSION, bodyText, cleanBody, parseArticleText, type BodyDoc } from '../../electron/core/article';
import { sampleArticle } from '../helpers/sampleArticle';

const text = (value: unknown): string => JSON.stringify(value);

describe('reading an article file', () => {
  it('reads a valid file', () => {
    expect(parseArticleText(text(sampleArticle()))).toEqual(sampleArticle());
  });

  it.each([
    ['empty', '', /empty/],
    ['blank', '  \n ', /blank/],
    ['NUL-filled', '\u0000'.repeat(64), /NUL/],
    ['truncated', text(sampleArticle()).slice(0, 80), /not valid JSON/],
    ['not JSON', 'hello', /not valid JSON/],
    ['without version', text({ headline: 'x' }), /no schemaVersion/],
    ['from a newer Copydesk', text({ ...sampleArticle(), schemaVersion: SCHEMA_VERSION + 1 }), /newer Copydesk \(format 2; this version reads up to 1\)/],
    ['of the wrong shape', text({ ...sampleArticle(), byline: 'Lê Minh' }), /shape of an article \(byline/],
    ['with a bad id', text({ ...sampleArticle(), id: '../../etc' }), /id/],
    ['with a body that breaks the schema', text({ ...sampleArticle(), body: { type: 'doc', content: [{ type: 'text', text: 'loose' }] } }), /editor's schema/],
  ])('says why a %s file is damaged', (_name, content, reason) => {
    expect(() => parseArticleText(content)).toThrow(DamagedArticleError);
    expect(() => parseArticleText(content)).toThrow(reason);
  });

  it('stores text as NFC whatever the file held', () => {
    const nfd = sampleArticle({ headline: 'Mưa lớn ở miền Trung'.normalize('NFD') });
    expect(parseArticleText(text(nfd)).headline).toBe('Mưa lớn ở miền Trung');
  });
});

describe('the body', () => {
  const linked = (href: string): BodyDoc => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'xem', marks: [{ type: 'bold' }, { type: 'link', attrs: { href, target: '_blank' } }] }] }],
  });

  it.each(['https://vnexpress.net/a', 'http://example.org', 'mailto:toasoan@example.vn'])('keeps a %s link, reduced to its href', (href) => {
    const cleaned = cleanBody(linked(href));
    expect(cleaned.content[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }, { type: 'link', attrs: { href } }]);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', '/relative', ''])(
    'drops a %j link and keeps its text',
    (href) => {
      const cleaned = cleanBody(linked(href));
      expect(cleaned.content[0]?.content?.[0]).toEqual({ type: 'text', text: 'xem', marks: [{ type: 'bold' }] });
    },
  );

  it('refuses a headline level the body does not have', () => {
    expect(() => cleanBody({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H1' }] }] })).toThrow(/level 1/);
  });

  it('refuses a node the schema does not know', () => {
    expect(() => cleanBody({ type: 'doc', content: [{ type: 'iframe' }] })).toThrow();
  });

  it('gives plain text one line per block', () => {
    const doc: BodyDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tiêu đề' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
      ],
    };
    expect(bodyText(doc).split('\n').filter(Boolean)).toEqual(['Tiêu đề', 'một', 'a', 'b']);
  });
});

describe('figures in the body', () => {
  const sha = 'f'.repeat(64);
  const figure = (attrs: Record<string, unknown>) => ({
    type: 'doc' as const,
    content: [
      {
        type: 'figure',
        attrs,
        content: [
          { type: 'text', text: 'Chú thích ' },
          { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] },
        ],
      },
    ],
  });

  it('keeps a figure’s fields and its formatted caption', () => {
    const attrs = {
      src: `media/${sha}.display.jpg`,
      original: `media/${sha}.jpg`,
      sha256: sha,
      mime: 'image/jpeg',
      width: 2048,
      height: 1365,
      alt: 'Mô tả',
      credit: 'Vũ Lợi',
      agency: 'TTXVN',
      takenAt: '2026-01-31T09:15:00',
    };
    expect(cleanBody(figure(attrs))).toEqual(figure(attrs));
  });

  it.each([`https://tracker.example/p.gif`, '/etc/passwd', `media/../../${sha}.jpg`, `file:///tmp/${sha}.jpg`, `media/${sha}.svg`])(
    'turns a reference to %s into a photo awaited, keeping caption and credit',
    (src) => {
      const cleaned = cleanBody(figure({ src, original: src, credit: 'Vũ Lợi', onerror: 'alert(1)' }));
      expect(cleaned.content[0]?.attrs).toMatchObject({ src: null, original: null, credit: 'Vũ Lợi' });
      expect(cleaned.content[0]?.attrs).not.toHaveProperty('onerror');
      expect(cleaned.content[0]?.content?.[0]?.text).toBe('Chú thích ');
    },
  );

  it('counts the caption as text', () => {
    expect(bodyText(figure({})).trim()).toBe('Chú thích đậm');
  });
});
