import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, BodyNode } from '../../electron/core/article';
import { Library } from '../../electron/core/library';
import { cli } from '../helpers/cli';
import { HOSTILE_LINKS, NAUGHTY, OWN_PAYLOADS } from '../helpers/hostile';
import { launchBrowser } from './harness';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'copydesk-hostile-'));
});
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * Opens an exported page the way a reader would (from disk) with a sentinel: any payload that runs
 * sets window.__pwned, opens a dialog or asks for something over the network.
 */
async function openWithSentinel(html: string, name: string): Promise<string> {
  const file = join(dir, `${name}.html`);
  await writeFile(file, html);
  const page = await browser.newPage();
  const alarms: string[] = [];
  page.on('dialog', (dialog) => {
    alarms.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!/^(file|data):/.test(request.url())) alarms.push(`request: ${request.url()}`);
  });
  try {
    await page.goto(pathToFileURL(file).href);
    await page.waitForTimeout(150);
    // Mouse over everything, so hover handlers would fire if any had got through.
    await page.mouse.move(200, 200);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    expect(pwned, name).toBeUndefined();
    expect(alarms, name).toEqual([]);
    // Not only blocked by the page's CSP: nothing active is in the document at all.
    const active = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (['iframe', 'object', 'embed', 'form', 'base', 'svg', 'math', 'style'].includes(tag) && !(tag === 'style' && element.parentElement?.tagName === 'HEAD')) found.push(tag);
        if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json') found.push('script');
        if (tag === 'meta' && element.getAttribute('http-equiv') === 'refresh') found.push('meta refresh');
        for (const attribute of element.attributes) if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
        const href = element.getAttribute('href');
        if (href !== null && !/^(https?:|mailto:)/.test(href)) found.push(`${tag}[href=${href}]`);
        const src = element.getAttribute('src');
        if (src !== null && !/^(data:image\/|images\/)/.test(src)) found.push(`${tag}[src=${src}]`);
      }
      return found;
    });
    expect(active, name).toEqual([]);
    return await page.locator('body').innerText();
  } finally {
    await page.close();
  }
}

async function exportedHtml(library: Library, article: Article): Promise<string> {
  const bundle = await library.exporter.bundle(article.id, 'html', true);
  return String(bundle.files[0]?.data);
}

const visible = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('the sentinel', () => {
  it('catches a payload that runs', async () => {
    await expect(openWithSentinel('<!doctype html><title>x</title><script>window.__pwned=1</script>', 'sentinel')).rejects.toThrow();
  });
});

describe('hostile content', () => {
  it('typed into every field: exported, nothing runs and every payload reads as written', async () => {
    const library = await Library.open({ root: await mkdtemp(join(dir, 'lib-')) });
    const all = [...OWN_PAYLOADS, ...NAUGHTY];
    const article = await library.create({
      headline: OWN_PAYLOADS[0],
      sapo: OWN_PAYLOADS[1],
      byline: [OWN_PAYLOADS[2] as string, OWN_PAYLOADS[3] as string],
      source: OWN_PAYLOADS[4],
      section: OWN_PAYLOADS[5],
      tags: OWN_PAYLOADS.slice(6, 9),
      dateline: { place: OWN_PAYLOADS[9] as string, date: '2026-03-01' },
      body: {
        type: 'doc',
        content: [
          ...all.map(p),
          ...HOSTILE_LINKS.map((href): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: `liên kết ${href}`, marks: [{ type: 'link', attrs: { href } }] }] })),
          ...OWN_PAYLOADS.map((payload): BodyNode => ({
            type: 'figure',
            attrs: { alt: payload, credit: payload, agency: payload, src: `https://evil.example/${encodeURIComponent(payload)}` },
            content: [{ type: 'text', text: payload }],
          })),
        ],
      },
    });
    const text = visible(await openWithSentinel(await exportedHtml(library, article), 'fields'));
    for (const payload of OWN_PAYLOADS) expect(text, payload).toContain(visible(payload));
    expect(text).toContain('liên kết javascript:window.__pwned=30');
  });

  it.each(['txt', 'md', 'html'] as const)('through the %s importer: nothing runs in the export', async (format) => {
    const library = await Library.open({ root: await mkdtemp(join(dir, 'lib-')) });
    const chunks = [...OWN_PAYLOADS, ...NAUGHTY];
    const source =
      format === 'html'
        ? `<!doctype html><html><head><title>x</title><script>window.__pwned=99</script></head><body>${chunks.map((chunk) => `<p>${chunk}</p>`).join('\n')}${HOSTILE_LINKS.map((href) => `<a href="${href}">x</a>`).join(' ')}</body></html>`
        : chunks.join('\n\n');
    const { article } = await library.importArticle(Buffer.from(source), `hostile.${format}`);
    await openWithSentinel(await exportedHtml(library, article), `import-${format}`);
    const json = JSON.stringify(article.body);
    for (const href of HOSTILE_LINKS) expect(json).not.toContain(`"href":"${href}`);
  });

  it('through command-line arguments', async () => {
    const lib = await mkdtemp(join(dir, 'cli-'));
    const { id } = JSON.parse((await cli(['new', '--headline', OWN_PAYLOADS[0] as string, '--json', '--library', lib])).stdout);
    for (const payload of OWN_PAYLOADS.slice(1, 8)) expect((await cli(['set', id, '--sapo', payload, '--byline', payload, '--source', payload, '--library', lib])).code).toBe(0);
    const library = await Library.open({ root: lib });
    const text = visible(await openWithSentinel(await exportedHtml(library, await library.get(id)), 'cli'));
    expect(text).toContain(visible(OWN_PAYLOADS[0] as string));
    expect(text).toContain(visible(OWN_PAYLOADS[7] as string));
  });
});

/** Payloads aimed at Markdown itself: breaking out of `![…]`, cancelling an escape, starting a block. */
const MARKDOWN_PAYLOADS = [
  'x\n\n<img src=x onerror="window.__pwned=40">',
  'x](javascript:window.__pwned=41)',
  '\\<img src=x onerror="window.__pwned=42">',
  '&lt;img src=x onerror=window.__pwned=43&gt; &#60;b&#62;',
  '![x](http://evil.example/md-image.gif)',
  '[bấm](javascript:window.__pwned=44)',
  '<http://evil.example/autolink>',
  'x\n# heading\n- list\n<div onmouseover="window.__pwned=45">x</div>',
  '<!-- the rest of the page is a comment',
  '`code` **bold** _em_ ~~strike~~ | table |',
];

const escapeXml = (text: string): string => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);

describe('Markdown export on a publishing site', () => {
  it('keeps every figure field and every photo metadata field as text under a CommonMark renderer with raw HTML on', async () => {
    const { default: MarkdownIt } = await import('markdown-it');
    const { parse } = await import('yaml');
    const { makePhoto, withIptc } = await import('../helpers/photos');
    const library = await Library.open({ root: await mkdtemp(join(dir, 'lib-')) });
    const payloads = [...OWN_PAYLOADS, ...MARKDOWN_PAYLOADS];
    const article = await library.create({
      language: 'en',
      headline: MARKDOWN_PAYLOADS[0],
      sapo: MARKDOWN_PAYLOADS[7],
      byline: [MARKDOWN_PAYLOADS[1] as string],
      source: OWN_PAYLOADS[1],
      tags: [MARKDOWN_PAYLOADS[8] as string],
      dateline: { place: OWN_PAYLOADS[3] as string, date: '2026-03-01' },
      body: {
        type: 'doc',
        content: [...payloads.map((payload): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: payload, marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] }] }))],
      },
    });
    // The same payloads as a photo desk's software writes them into the photo itself.
    const plain = await makePhoto({ width: 40, height: 30 });
    for (const [i, payload] of payloads.entries()) {
      const single = payload.replace(/\n/g, ' ');
      await library.photos.add(article.id, withIptc(plain, { caption: payload, byline: payload, credit: payload }), `iptc-${i}.jpg`);
      await library.photos.add(
        article.id,
        await makePhoto({
          width: 40,
          height: 30,
          colour: `#${(i * 97).toString(16).padStart(6, '0').slice(-6)}`,
          xmp: { description: escapeXml(single), creator: escapeXml(single), credit: escapeXml(single), alt: escapeXml(single) },
        }),
        `xmp-${i}.jpg`,
      );
      // Typed by the reporter, with no caption: the credit starts the line.
      await library.photos.add(article.id, plain, `typed-${i}.jpg`, { credit: payload, alt: payload });
    }
    const stored = await library.get(article.id);
    const metadataFigures = stored.body.content.filter((node) => node.type === 'figure' && node.attrs?.src);
    expect(metadataFigures).toHaveLength(payloads.length * 3);
    // The photos' own metadata really carried the payloads into the article.
    expect(metadataFigures.map((node) => node.attrs?.credit)).toContain(OWN_PAYLOADS[1]);
    expect(metadataFigures.map((node) => node.attrs?.alt)).toContain(OWN_PAYLOADS[1]);

    const bundle = await library.exporter.bundle(article.id, 'md', true);
    const markdown = String(bundle.files[0]?.data);
    const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
    // The front matter is data: the exact text, one line each, no key of its own.
    const front = parse(yamlText ?? '') as Record<string, unknown>;
    expect(Object.keys(front).sort()).toEqual(['authors', 'date', 'dateline', 'description', 'lang', 'source', 'tags', 'title']);
    // The headline is one line as stored (each line end a space); the sapo's lines join in the front matter.
    expect(front.title).toBe((MARKDOWN_PAYLOADS[0] as string).replace(/\n/g, ' '));
    expect(front.description).toBe((MARKDOWN_PAYLOADS[7] as string).replace(/\n+/g, ' '));

    const rendered = new MarkdownIt({ html: true }).render(body ?? '');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>site</title></head><body>${rendered}</body></html>`;
    const text = visible(await openWithSentinel(page, 'markdown-site'));
    for (const payload of payloads) expect(text, payload).toContain(visible(payload));
    expect(text).toContain(visible(`Photo: ${OWN_PAYLOADS[1]}/${OWN_PAYLOADS[1]}`));
    // Alt text stays the image's own attribute, whole and on one line.
    const alts = [...rendered.matchAll(/<img src="[^"]*" alt="([^"]*)"/g)].map((match) => match[1]);
    expect(alts).toHaveLength(payloads.length * 3);
  });
});
