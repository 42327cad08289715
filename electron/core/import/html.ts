import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { ArticlePatch, BodyNode } from '../article/schema';
import { EMPTY_FIGURE } from '../schema/figure';
import { isAllowedHref } from '../schema/link';
import { detectLanguage, languageFromDeclaration } from '../text';
import { parseCaptionLine } from './credit';
import { flattenDeep } from './flattenDeep';
import { InlineBuffer, block, dropLastCharacters, inlineText } from './inline';
import type { ImportedArticle } from './types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Dropped with everything inside them: active content, forms, embedded documents, drawings. */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'option',
  'textarea', 'svg', 'math', 'template', 'noscript', 'canvas', 'video', 'audio', 'source', 'track', 'link', 'meta', 'base',
  'head', 'title', 'dialog', 'portal', 'slot', 'map', 'area',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

export interface HtmlImport extends ImportedArticle {
  /** The `src` of each figure's image, in body order (a Word document's photos are matched by it). */
  figureSources: (string | null)[];
}

/**
 * HTML, from a web page or a Word document: reduced to the body's own nodes, so nothing active
 * can pass. Scripts, styles, event handlers, frames, forms, SVG and MathML are dropped; links keep
 * only http, https and mailto; text that merely looks like markup stays text.
 */
export function parseHtml(html: string): HtmlImport {
  const document = parse(html);
  flattenDeep(document);
  const root = findFirst(document, 'html');
  const head = findFirst(document, 'head');
  const body = findFirst(document, 'body') ?? document;
  // A page with one <article> (or <main>) keeps that, not the site's menus around it.
  const articles = findAll(body, 'article');
  const scope = articles.length === 1 ? (articles[0] as Element) : (findAll(body, 'main')[0] ?? body);
  const builder = new Builder();
  builder.walk(scope);
  const blocks = builder.finish();

  const fields: ArticlePatch = {};
  const meta = (name: string): string | undefined => {
    const element = head ? findAll(head, 'meta').find((m) => (attr(m, 'name') ?? attr(m, 'property')) === name) : undefined;
    return element ? attr(element, 'content')?.trim() : undefined;
  };
  const headline = builder.headline ?? (head ? textOf(findFirst(head, 'title')) : '');
  if (headline) fields.headline = headline;
  const sapo = meta('description') ?? meta('og:description');
  if (sapo) fields.sapo = sapo;
  const author = meta('author') ?? meta('article:author');
  if (author) fields.byline = author.split(/[,;]/).map((name) => name.trim()).filter(Boolean);
  const published = (meta('article:published_time') ?? meta('date'))?.slice(0, 10);
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) fields.dateline = { place: '', date: published };
  fields.language = languageFromDeclaration(root ? attr(root, 'lang') : undefined) ?? detectLanguage(`${headline}\n${sapo ?? ''}\n${plain(blocks)}`);
  fields.body = { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
  return { fields, photos: [], figureSources: builder.figureSources };
}

function plain(nodes: BodyNode[]): string {
  return nodes.map((node) => node.text ?? plain(node.content ?? [])).join(' ');
}

function findAll(node: Node, tag: string, found: Element[] = []): Element[] {
  if (isElement(node) && node.tagName === tag) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) findAll(child, tag, found);
  return found;
}

function findFirst(node: Node, tag: string): Element | undefined {
  return findAll(node, tag)[0];
}

function textOf(node: Node | undefined): string {
  if (!node) return '';
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && DROPPED.has(node.tagName) && node.tagName !== 'title') return '';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('').replace(/\s+/g, ' ').trim() : '';
}

/** Collects blocks from the tree: paragraphs, subheads, lists, quotes and figures. */
class Builder {
  private blocks: BodyNode[] = [];
  private inline = new InlineBuffer();
  headline: string | null = null;
  readonly figureSources: (string | null)[] = [];

  finish(): BodyNode[] {
    this.flush();
    return this.blocks;
  }

  walk(node: Node, pre = false): void {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      this.inline.text(pre ? value : value.replace(/\s+/g, ' '));
      return;
    }
    if (!isElement(node)) {
      if ('childNodes' in node) for (const child of node.childNodes) this.walk(child, pre);
      return;
    }
    const tag = node.tagName;
    if (DROPPED.has(tag)) return;
    if (HEADINGS.has(tag)) return this.heading(node);
    switch (tag) {
      case 'br':
        return this.inline.hardBreak();
      case 'ul':
      case 'ol':
        return this.list(node);
      case 'blockquote':
        return this.nested(node, 'blockquote');
      case 'figure':
        return this.figure(node);
      case 'img':
        this.flush();
        this.pushFigure(attr(node, 'alt') ?? '', attr(node, 'src') ?? null, []);
        return;
      case 'pre':
        this.flush();
        for (const line of textOfPre(node).split('\n')) this.blocks.push(block('paragraph', line ? [{ type: 'text', text: line }] : []));
        return;
      case 'tr':
        this.flush();
        this.children(node, pre, ' · ');
        this.flush();
        return;
      case 'strong':
      case 'b':
        return this.marked(node, { type: 'bold' }, pre);
      case 'em':
      case 'i':
        return this.marked(node, { type: 'italic' }, pre);
      case 'a': {
        const href = attr(node, 'href')?.trim() ?? '';
        if (!isAllowedHref(href)) return this.children(node, pre);
        return this.marked(node, { type: 'link', attrs: { href } }, pre);
      }
      default:
        if (isBlock(tag)) {
          this.flush();
          this.children(node, pre);
          this.flush();
        } else this.children(node, pre);
    }
  }

  private children(node: Element, pre: boolean, separator?: string): void {
    node.childNodes.forEach((child, i) => {
      if (separator && i > 0 && isElement(child)) this.inline.text(separator);
      this.walk(child, pre || node.tagName === 'pre');
    });
  }

  private marked(node: Element, mark: Parameters<InlineBuffer['open']>[0], pre: boolean): void {
    this.inline.open(mark);
    this.children(node, pre);
    this.inline.close(mark.type);
  }

  private flush(): void {
    const content = this.inline.take();
    if (content.length > 0) this.blocks.push(block('paragraph', content));
  }

  private heading(node: Element): void {
    this.flush();
    this.children(node, false);
    const content = this.inline.take();
    if (content.length === 0) return;
    if (node.tagName === 'h1' && this.headline === null) {
      this.headline = inlineText(content);
      return;
    }
    this.blocks.push(block('heading', content, { level: node.tagName === 'h1' || node.tagName === 'h2' ? 2 : 3 }));
  }

  /** Lists and quotes hold blocks of their own: built by a builder of their own. */
  private nested(node: Element, type: 'blockquote' | 'listItem'): void {
    this.flush();
    const inner = new Builder();
    inner.headline = '';
    inner.children(node, false);
    let content = inner.finish();
    // A list item opens with a paragraph (the schema's rule), even when the page's did not.
    if (type === 'listItem' && content[0]?.type !== 'paragraph') content = [{ type: 'paragraph' }, ...content];
    this.figureSources.push(...inner.figureSources);
    this.blocks.push(block(type, content.length > 0 ? content : [{ type: 'paragraph' }]));
  }

  private list(node: Element): void {
    this.flush();
    const items = node.childNodes.filter((child): child is Element => isElement(child) && child.tagName === 'li');
    const before = this.blocks.length;
    for (const item of items) this.nested(item, 'listItem');
    const content = this.blocks.splice(before);
    if (content.length === 0) return;
    const start = Number(attr(node, 'start') ?? 1);
    this.blocks.push(node.tagName === 'ol' ? block('orderedList', content, { start: Number.isInteger(start) ? start : 1 }) : block('bulletList', content));
  }

  private figure(node: Element): void {
    this.flush();
    const img = findFirst(node, 'img');
    const caption = findFirst(node, 'figcaption');
    const inner = new Builder();
    if (caption) inner.children(caption, false);
    this.pushFigure(img ? (attr(img, 'alt') ?? '') : '', img ? (attr(img, 'src') ?? null) : null, inner.inline.take());
  }

  private pushFigure(alt: string, src: string | null, caption: BodyNode[]): void {
    const text = inlineText(caption);
    const credit = parseCaptionLine(text);
    const content = credit ? dropLastCharacters(caption, text.length - text.indexOf(credit.caption) - credit.caption.length) : caption;
    this.blocks.push(block('figure', content, { ...EMPTY_FIGURE, alt: alt.trim(), credit: credit?.credit ?? '', agency: credit?.agency ?? '' }));
    this.figureSources.push(src);
  }
}

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'address', 'center', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'hgroup', 'details', 'summary', 'body', 'html', 'li', 'figcaption', 'caption', 'hr']);

function isBlock(tag: string): boolean {
  return BLOCKS.has(tag);
}

function textOfPre(node: Element): string {
  return node.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : isElement(child) ? textOfPre(child) : '')).join('');
}
