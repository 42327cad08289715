import MarkdownIt, { type Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { ArticlePatch, BodyNode } from '../article/schema';
import { detectLanguage, languageFromDeclaration } from '../text';
import { ImportError } from './importError';
import { InlineBuffer, block, figureFor, inlineText } from './inline';
import type { ImportedArticle } from './types';
import { message } from '../messages';

// CommonMark, with raw HTML off: "<not a tag>" stays text, and no markup passes through.
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false });

const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Markdown with YAML front matter, as Hugo, Jekyll and Astro write it: title, author(s), date,
 * tags, description (the sapo), lang, dateline, source, section. A paragraph holding only an image
 * becomes a figure; the paragraph after it, when it ends in a credit, is its caption.
 */
export function parseMarkdown(text: string, name: string): ImportedArticle {
  const front = FRONT_MATTER.exec(text);
  const meta = front ? readFrontMatter(front[1] ?? '', name) : { fields: {} };
  const { nodes, firstHeading } = toBody(markdown.parse(front ? text.slice(front[0].length) : text, {}));
  const fields: ArticlePatch = { ...meta.fields };
  if (!fields.headline && firstHeading !== null) {
    fields.headline = firstHeading.text;
    nodes.splice(firstHeading.index, 1);
  }
  fields.body = { type: 'doc', content: nodes.length > 0 ? nodes : [{ type: 'paragraph' }] };
  fields.language ??= detectLanguage(`${fields.headline ?? ''}\n${fields.sapo ?? ''}\n${inlineText(nodes.flatMap(flatten))}`);
  return { fields, photos: [] };
}

function flatten(node: BodyNode): BodyNode[] {
  return node.text !== undefined ? [node, { type: 'text', text: ' ' }] : (node.content ?? []).flatMap(flatten);
}

function readFrontMatter(yamlText: string, name: string): { fields: ArticlePatch } {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new ImportError(message('badFrontMatter', { name, reason: (error as Error).message.split('\n')[0] ?? '' }));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { fields: {} };
  const meta = data as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined);
  const list = (value: unknown): string[] | undefined =>
    Array.isArray(value) ? value.map(text).filter((item): item is string => !!item) : typeof value === 'string' ? value.split(/[,;]/).map((item) => item.trim()).filter(Boolean) : undefined;
  const fields: ArticlePatch = {};
  const headline = text(meta.title);
  if (headline) fields.headline = headline;
  const sapo = text(meta.description ?? meta.summary ?? meta.sapo);
  if (sapo) fields.sapo = sapo;
  const byline = list(meta.authors ?? meta.author ?? meta.byline);
  if (byline) fields.byline = byline;
  const tags = list(meta.tags ?? meta.keywords);
  if (tags) fields.tags = tags;
  const source = text(meta.source);
  if (source) fields.source = source;
  const section = text(meta.section ?? meta.category);
  if (section) fields.section = section;
  const date = text(meta.date)?.slice(0, 10);
  const place = text(meta.dateline);
  if ((date && /^\d{4}-\d{2}-\d{2}$/.test(date)) || place) fields.dateline = { place: place ?? '', date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
  const language = languageFromDeclaration(text(meta.lang ?? meta.language));
  if (language) fields.language = language;
  return { fields };
}

interface Frame {
  type: string;
  attrs?: Record<string, unknown>;
  content: BodyNode[];
}

/** markdown-it's token stream to the body's nodes. */
function toBody(tokens: Token[]): { nodes: BodyNode[]; firstHeading: { index: number; text: string } | null } {
  const root: Frame = { type: 'doc', content: [] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack.at(-1) as Frame;
  let firstHeading: { index: number; text: string } | null = null;
  let pendingImage: string | null = null;
  // An image-only paragraph is taken off the stack early; its closing token is then skipped.
  let imageParagraph = false;

  const push = (node: BodyNode): void => {
    if (pendingImage !== null) {
      const captionLine = node.type === 'paragraph' && stack.length === 1 ? (node.content ?? []) : null;
      const { figure, usedCaption } = figureFor(pendingImage, captionLine);
      pendingImage = null;
      top().content.push(figure);
      if (usedCaption) return;
    }
    top().content.push(node);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open':
      case 'blockquote_open':
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open':
        stack.push({ type: token.type.replace('_open', ''), attrs: blockAttrs(token), content: [] });
        break;
      case 'inline': {
        const only = token.children?.length === 1 && token.children[0]?.type === 'image' ? token.children[0] : null;
        if (only && top().type === 'paragraph' && stack.length === 2) {
          stack.pop();
          imageParagraph = true;
          if (pendingImage !== null) push({ type: 'paragraph' });
          pendingImage = only.content || String(only.attrGet('alt') ?? '');
          break;
        }
        top().content.push(...inline(token.children ?? []));
        break;
      }
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close': {
        if (imageParagraph && token.type === 'paragraph_close') {
          imageParagraph = false;
          break;
        }
        const frame = stack.pop() as Frame;
        const node = toNode(frame);
        if (frame.type === 'heading' && frame.attrs?.tag === 'h1' && firstHeading === null && stack.length === 1) {
          firstHeading = { index: root.content.length + (pendingImage !== null ? 1 : 0), text: inlineText(node.content ?? []) };
        }
        if (stack.length === 1) push(node);
        else top().content.push(node);
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of token.content.replace(/\n$/, '').split('\n')) push(block('paragraph', line ? [{ type: 'text', text: line }] : []));
        break;
      default:
        // Horizontal rules and anything CommonMark has that a news body does not are left out.
        break;
    }
  }
  if (pendingImage !== null) push({ type: 'paragraph' });
  return { nodes: root.content.filter((node, i, all) => !(node.type === 'paragraph' && !node.content && i === all.length - 1 && all.length > 1)), firstHeading };
}

function blockAttrs(token: Token): Record<string, unknown> | undefined {
  if (token.type === 'heading_open') return { tag: token.tag };
  if (token.type === 'ordered_list_open') return { start: Number(token.attrGet('start') ?? 1) };
  return undefined;
}

function toNode(frame: Frame): BodyNode {
  switch (frame.type) {
    case 'heading': {
      // The headline is the article's H1: the body's subheads are H2 and H3.
      const level = Math.min(3, Math.max(2, Number(String(frame.attrs?.tag ?? 'h2').slice(1))));
      return block('heading', frame.content, { level });
    }
    case 'ordered_list':
      return block('orderedList', frame.content, { start: frame.attrs?.start ?? 1 });
    case 'bullet_list':
      return block('bulletList', frame.content);
    case 'list_item':
      return block('listItem', frame.content.length > 0 ? frame.content.map(asBlock) : [{ type: 'paragraph' }]);
    case 'blockquote':
      return block('blockquote', frame.content.length > 0 ? frame.content : [{ type: 'paragraph' }]);
    default:
      return block('paragraph', frame.content);
  }
}

/** markdown-it leaves tight list items' text bare; the schema wants it in a paragraph. */
function asBlock(node: BodyNode): BodyNode {
  return node.type === 'text' || node.type === 'hardBreak' ? block('paragraph', [node]) : node;
}

function inline(tokens: Token[]): BodyNode[] {
  const buffer = new InlineBuffer();
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        buffer.text(token.content);
        break;
      case 'softbreak':
        buffer.text(' ');
        break;
      case 'hardbreak':
        buffer.hardBreak();
        break;
      case 'strong_open':
        buffer.open({ type: 'bold' });
        break;
      case 'strong_close':
        buffer.close('bold');
        break;
      case 'em_open':
        buffer.open({ type: 'italic' });
        break;
      case 'em_close':
        buffer.close('italic');
        break;
      case 'link_open':
        buffer.open({ type: 'link', attrs: { href: String(token.attrGet('href') ?? '') } });
        break;
      case 'link_close':
        buffer.close('link');
        break;
      case 'image':
        // An image inside a sentence: its description stays, as text.
        buffer.text(token.content);
        break;
      default:
        buffer.text(token.content);
    }
  }
  return buffer.take();
}
