import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import vnu from 'vnu-jar';
import { describe, expect, it } from 'vitest';
import { parseArticleValue } from '../../../electron/core/article';
import { exportArticle, type ExportFormat } from '../../../electron/core/export';
import { ARTICLE_EN, ARTICLE_VI, fixtureMedia } from '../../helpers/exportFixtures';

const GOLDEN = resolve(import.meta.dirname, 'golden');
const CASES = [
  ['vi', ARTICLE_VI],
  ['en', ARTICLE_EN],
] as const;
const FORMATS: ExportFormat[] = ['html', 'md', 'txt'];

async function mainText(article: typeof ARTICLE_VI, format: ExportFormat, singleFile = false): Promise<string> {
  const bundle = await exportArticle(article, format, { readMedia: fixtureMedia, singleFile });
  return String(bundle.files.find((file) => file.path === bundle.main)?.data);
}

describe.each(CASES)('exporting the %s article', (name, article) => {
  it('reads as a valid stored article', () => {
    expect(parseArticleValue(article)).toEqual(article);
  });

  it.each(FORMATS)('matches the golden %s file', async (format) => {
    const text = await mainText(article, format);
    const path = join(GOLDEN, `${name}.${format}`);
    // `UPDATE_GOLDEN=1 npm run test:unit` rewrites them after a deliberate change; review the diff.
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(path, text);
    expect(text).toBe(await readFile(path, 'utf8'));
    expect(text.normalize('NFC')).toBe(text);
  });

  it('writes the photos into images/ with slugged names, or embeds them', async () => {
    const bundle = await exportArticle(article, 'html', { readMedia: fixtureMedia });
    const images = bundle.files.filter((file) => file.path.startsWith('images/'));
    expect(images.map((file) => file.path)).toEqual(
      name === 'vi' ? ['images/den-long-tren-pho-tran-phu-1.jpg', 'images/hoi-an-don-mua-le-hoi-den-long-hoa-dang-script-scr-2.png'] : ['images/residents-tie-down-a-roof-in-hue-1.jpg'],
    );
    const single = await exportArticle(article, 'html', { readMedia: fixtureMedia, singleFile: true });
    expect(single.files.map((file) => file.path)).toEqual(['index.html']);
    expect(String(single.files[0]?.data)).toContain(`src="data:image/jpeg;base64,${Buffer.from(await fixtureMedia(`media/${'a'.repeat(64)}.display.jpg`)).toString('base64')}"`);
  });

  it('leaks no local path', async () => {
    for (const format of FORMATS) {
      for (const singleFile of [false, true]) {
        const text = await mainText(article, format, singleFile);
        expect(text).not.toMatch(/media\/[0-9a-f]{64}|\/tmp\/|\/home\/|\/root\/|[A-Z]:\\|file:/);
      }
    }
  });
});

describe('the HTML export', () => {
  it('passes the Nu HTML Checker with no error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-vnu-'));
    try {
      const files = [];
      for (const [name, article] of CASES) {
        for (const singleFile of [false, true]) {
          const file = join(dir, `${name}-${singleFile ? 'single' : 'files'}.html`);
          await writeFile(file, await mainText(article, 'html', singleFile));
          files.push(file);
        }
      }
      const { stdout, stderr } = await promisify(execFile)('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { maxBuffer: 1 << 24 }).catch(
        (error: { stdout: string; stderr: string }) => error,
      );
      // The checker reports on stderr; no report at all (no Java, say) must fail the test, not pass it.
      const report = JSON.parse(stderr || stdout) as { version: string; messages: { type: string; message: string; url: string }[] };
      expect(report.version).toMatch(/^\d+\./);
      const messages = report.messages;
      expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('embeds JSON-LD that no text can break out of', async () => {
    const html = await mainText(ARTICLE_VI, 'html');
    const scripts = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: ARTICLE_VI.headline,
      description: ARTICLE_VI.sapo,
      datePublished: '2026-03-05',
      dateModified: '2026-03-05T09:30:00.000Z',
      author: [
        { '@type': 'Person', name: 'Lê Minh' },
        { '@type': 'Person', name: 'Phạm Thu Hà' },
      ],
      inLanguage: 'vi',
      image: [
        { caption: 'Đèn lồng trên phố Trần Phú', creator: { name: 'Ngọc Hà' }, creditText: 'ẢNH: NGỌC HÀ/TTXVN', contentUrl: 'images/den-long-tren-pho-tran-phu-1.jpg' },
        { caption: '', creditText: '' },
      ],
    });
    expect(data.wordCount).toBeGreaterThan(50);
  });

  it('allows no script and no remote resource, and keeps hostile text as text', async () => {
    const html = await mainText(ARTICLE_VI, 'html');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'sha256-`);
    const elements: Element[] = [];
    const collect = (node: DefaultTreeAdapterMap['node']): void => {
      if (isElement(node)) elements.push(node);
      if ('childNodes' in node) node.childNodes.forEach(collect);
    };
    collect(parse(html));
    expect(elements.filter((element) => element.tagName === 'script').map((element) => element.attrs)).toEqual([[{ name: 'type', value: 'application/ld+json' }]]);
    expect(elements.flatMap((element) => element.attrs.filter((attr) => attr.name.startsWith('on')))).toEqual([]);
    expect(elements.flatMap((element) => element.attrs.filter((attr) => /^(href|src)$/.test(attr.name)).map((attr) => attr.value.split(':')[0]))).toEqual([
      'https',
      'images/den-long-tren-pho-tran-phu-1.jpg',
      'images/hoi-an-don-mua-le-hoi-den-long-hoa-dang-script-scr-2.png',
    ]);
    expect(rendering(html, 'article').text).toContain('[không phải liên kết](javascript:alert(3))');
    expect(html).toContain('<h1>Hội An đón mùa lễ hội: &quot;đèn lồng &amp; hoa đăng&quot; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });
});

type Element = DefaultTreeAdapterMap['element'];
const isElement = (node: DefaultTreeAdapterMap['node']): node is Element => 'tagName' in node;

/** Words of the rendered page, in order, and the links and emphasis it holds. */
function rendering(html: string, from: string): { text: string; links: string[]; strong: number; em: number } {
  const document = parse(html);
  const parts: string[] = [];
  const links: string[] = [];
  let strong = 0;
  let em = 0;
  const walk = (node: DefaultTreeAdapterMap['node'], on: boolean): void => {
    if (node.nodeName === '#text' && on) parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if (!isElement(node)) {
      if ('childNodes' in node) node.childNodes.forEach((child) => walk(child, on));
      return;
    }
    if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'header') return;
    const inside = on || node.tagName === from;
    if (inside && node.tagName === 'a') links.push(node.attrs.find((a) => a.name === 'href')?.value ?? '');
    if (inside && node.tagName === 'strong') strong++;
    if (inside && node.tagName === 'em') em++;
    if (inside && node.tagName !== 'a' && /^(p|h\d|li|figcaption|blockquote|br|caption|th|td)$/.test(node.tagName)) parts.push(' ');
    node.childNodes.forEach((child) => walk(child, inside));
  };
  walk(document, false);
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), links, strong, em };
}

describe('the Markdown export', () => {
  it.each(CASES)('renders (%s) in a CommonMark renderer to exactly what the HTML export says', async (_name, article) => {
    const md = (await mainText(article, 'md')).replace(/^---\n[\s\S]*?\n---\n/, '');
    // Even with raw HTML allowed, as some site generators do, the escaped text stays text.
    // GFM's tables, and Pandoc's `Table:` paragraph after one as its caption (docs/formats.md).
    const rendered = new MarkdownIt('commonmark', { html: true })
      .enable('table')
      .render(md)
      .replace(/<table>([\s\S]*?)<\/table>\n<p>Table: (.*?)<\/p>/g, '<table><caption>$2</caption>$1</table>');
    const fromMarkdown = rendering(`<body><main>${rendered}</main></body>`, 'main');
    const fromHtml = rendering(await mainText(article, 'html'), 'article');
    expect(fromMarkdown).toEqual(fromHtml);
  });

  it('carries front matter that site generators read', async () => {
    const md = await mainText(ARTICLE_VI, 'md');
    const { parse: parseYaml } = await import('yaml');
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '');
    expect(front).toEqual({
      title: ARTICLE_VI.headline,
      description: ARTICLE_VI.sapo,
      authors: ['Lê Minh', 'Phạm Thu Hà'],
      date: '2026-03-05',
      dateline: 'Hội An',
      source: 'Theo TTXVN',
      tags: ['du lịch', 'Quảng Nam'],
      lang: 'vi',
    });
  });
});
