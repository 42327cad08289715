import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { type Article, type ArticlePatch, type BodyNode } from '../../electron/core/article';
import { exportMarkdown } from '../../electron/core/export';
import { importBytes } from '../../electron/core/import';
import { checkArchive } from '../../electron/core/import/checkArchive';
import { decodeHTMLStrict } from 'entities';
import { fixtureMedia } from '../helpers/exportFixtures';
import { draftArticle } from '../helpers/draftArticle';
import { renderedShape } from '../helpers/renderedShape';

/**
 * Other people's documents (../shared/corpora, or COPYDESK_CORPORA): the CommonMark specification's
 * examples, real web pages, real Word files. None may be refused; each imported article, exported
 * to Markdown and imported again, comes back the same (one round makes a fixed point).
 */
const ROOT = resolve(process.env.COPYDESK_CORPORA ?? resolve(import.meta.dirname, '../../../shared/corpora'));
const present = existsSync(ROOT);
if (!present) {
  const message = `Corpora not found at ${ROOT}: the CommonMark, web page and Word suites did not run (set COPYDESK_CORPORA).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

function specExamples(file: string): { number: number; markdown: string }[] {
  const text = readFileSync(join(ROOT, 'commonmark', file), 'utf8');
  const fence = '`'.repeat(32);
  const out: { number: number; markdown: string }[] = [];
  const pattern = new RegExp(`^${fence} example[^\\n]*\\n([\\s\\S]*?)^\\.\\n[\\s\\S]*?^${fence}$`, 'gm');
  for (const match of text.matchAll(pattern)) out.push({ number: out.length + 1, markdown: (match[1] ?? '').replace(/→/g, '\t') });
  return out;
}

function article(fields: ArticlePatch): Article {
  const { body, headline, sapo, byline, dateline, source, language } = fields;
  return draftArticle({ headline, sapo, byline, dateline, source, language, ...(body ? { body } : {}) });
}

async function markdownOf(fields: ArticlePatch): Promise<string> {
  const bundle = await exportMarkdown(article(fields), { readMedia: fixtureMedia });
  return String(bundle.files.find((file) => file.path === bundle.main)?.data);
}

/** Import, export, import, export: the body comes back and the second export is the first, byte for byte. */
async function fixedPoint(fields: ArticlePatch): Promise<void> {
  const first = await markdownOf(fields);
  const again = await importBytes(Buffer.from(first), 'again.md');
  expect(again.fields.body).toEqual(fields.body);
  expect(await markdownOf({ ...fields, ...again.fields })).toBe(first);
}

/** Words, to compare texts by; in scripts written without spaces (Chinese, Japanese), each character. */
const words = (text: string): string[] =>
  text.normalize('NFC').match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu) ?? [];

/** The text a reader sees of an HTML page: blocks apart, inline elements (a drop cap's span) joined, entities read. */
function pageText(html: string): string {
  const blocks = /<\/?(?:p|div|h\d|li|ul|ol|dl|dt|dd|blockquote|br|hr|tr|td|th|table|caption|figure|figcaption|section|article|header|footer|aside|nav|main|pre|img)\b[^>]*>/gi;
  return decodeHTMLStrict(html.replace(blocks, ' ').replace(/<[^>]+>/g, ''));
}

/**
 * The words of a Word document as Word itself holds them: the text runs (`<w:t>`) of its main part,
 * joined within each paragraph (a word may be split across runs), tabs and breaks as spaces. Deleted
 * text (`<w:delText>`) and field codes (`<w:instrText>`) are not the reader's.
 */
async function documentWords(bytes: Uint8Array): Promise<string[]> {
  const xml = (await checkArchive(bytes, 'file.docx', ['word/document.xml'])).get('word/document.xml') ?? '';
  const paragraphs = xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g)].map((match) => (match[1] === undefined ? ' ' : decodeHTMLStrict(match[1]))).join(''));
  return words(paragraphs.join('\n'));
}

/** An imported body's text as a reader reads it: inline content joined, blocks apart, a table's caption with it. */
function bodyText(node: BodyNode | undefined): string {
  if (!node) return '';
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return '\n';
  const content = node.content ?? [];
  const parts = [...(typeof node.attrs?.caption === 'string' ? [node.attrs.caption] : []), ...content.map(bodyText)];
  return content.every((child) => child.text !== undefined || child.type === 'hardBreak') ? parts.join('') : parts.join('\n');
}

/** The words of a page outside its articles (or its <main>): the menus, boxes and comments around. */
function outsideArticles(html: string): Set<string> {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  const articles = document.querySelectorAll('article');
  for (const element of articles.length > 0 ? articles : document.querySelectorAll('main')) element.remove();
  return new Set(words(pageText(document.body?.innerHTML ?? '')));
}

describe.runIf(present)('the CommonMark specification', () => {
  const examples = present ? [...specExamples('spec.txt'), ...specExamples('regression.txt')] : [];

  it('has its examples where the suite looks for them', () => {
    expect(examples.length).toBeGreaterThan(650);
  });

  for (const { number, markdown } of examples) {
    it(`example ${number}: imported, none refused, reads as the source does, and a fixed point after one round`, async () => {
      const imported = await importBytes(Buffer.from(markdown), 'example.md');
      expect(imported.fields.body?.type).toBe('doc');
      // Rendered by a CommonMark renderer, the export shows what the source shows (under the mapping).
      const exported = (await markdownOf(imported.fields)).replace(/^---\n[\s\S]*?\n---\n/, '');
      const headline = imported.fields.headline ?? '';
      expect(renderedShape(exported)).toEqual(renderedShape(markdown, headline ? { headline } : {}));
      await fixedPoint(imported.fields);
    });
  }
});

describe.runIf(present)('real web pages (Mozilla Readability’s test pages)', () => {
  const pages = present ? readdirSync(join(ROOT, 'readability')).filter((name) => existsSync(join(ROOT, 'readability', name, 'source.html'))) : [];

  it('are where the suite looks for them', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  for (const page of pages)
    it(`${page}: imported in time, every word of the article kept, and a fixed point`, async () => {
      const source = readFileSync(join(ROOT, 'readability', page, 'source.html'));
      const started = performance.now();
      const imported = await importBytes(source, 'page.html');
      expect(performance.now() - started).toBeLessThan(5000);
      // The reader's text of the article: each of its words is in Copydesk's article (headline and body).
      const expected = words(pageText(readFileSync(join(ROOT, 'readability', page, 'expected.html'), 'utf8')));
      const ours = words(`${imported.fields.headline ?? ''}\n${bodyText(imported.fields.body)}`);
      // The reader's text sometimes loses the space between two inline elements ("Madrigal</a>reports").
      const got = new Set([...ours, ...ours.slice(1).map((word, i) => `${ours[i]}${word}`)]);
      const missing = expected.filter((word) => !got.has(word));
      // Only what the notes name may be missing: the page around its <article> (the reader kept a
      // byline box, a photo above it or the comments below), and then only words that stand there.
      const around = imported.notes.some((note) => note.kind === 'pageAround') ? outsideArticles(source.toString('utf8')) : new Set<string>();
      expect(missing.filter((word) => !around.has(word))).toEqual([]);
      await fixedPoint(imported.fields);
    }, 60_000);
});

describe.runIf(present)('real Word files', () => {
  const files = present
    ? ['mammoth', 'python-docx'].flatMap((folder) =>
        readdirSync(join(ROOT, 'docx', folder))
          .filter((name) => name.endsWith('.docx'))
          .map((name) => join(folder, name)),
      )
    : [];

  it('are where the suite looks for them, and their words are read', async () => {
    expect(files.length).toBeGreaterThan(60);
    // The comparison below is with real text: some 540 words across the files (many hold only tables, lists or pictures).
    const counts = await Promise.all(files.map(async (file) => (await documentWords(readFileSync(join(ROOT, 'docx', file)))).length));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(500);
  });

  it.each(files)('%s: imported in time, none refused, every word of the document kept, and a fixed point', async (file) => {
    const bytes = readFileSync(join(ROOT, 'docx', file));
    const started = performance.now();
    const imported = await importBytes(bytes, 'file.docx');
    expect(performance.now() - started).toBeLessThan(5000);
    const got = new Set(words(JSON.stringify(imported.fields)));
    expect((await documentWords(bytes)).filter((word) => !got.has(word))).toEqual([]);
    await fixedPoint(imported.fields);
  });
});
