import type { Article, BodyNode } from '../article';
import { creditLine } from '../schema/credit';
import { slugify } from '../text';
import { isAllowedHref } from '../schema/link';
import type { ExportBundle } from './types';

/** Inline content as plain text; a link keeps its address, in brackets after its words. */
function plainInline(nodes: BodyNode[] = []): string {
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as BodyNode;
    out += node.type === 'hardBreak' ? ' ' : (node.text ?? '');
    const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
    const nextHref = nodes[i + 1]?.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
    if (typeof href === 'string' && href !== nextHref && isAllowedHref(href)) out += ` (${href.replace(/^mailto:/, '')})`;
  }
  return out;
}

/** Blocks as the paragraphs of wire copy: one per line, separated by blank lines. */
function paragraphs(node: BodyNode, article: Article, prefix = ''): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [`${prefix}${plainInline(node.content)}`];
    case 'blockquote':
    case 'listItem':
      return (node.content ?? []).flatMap((child, i) => paragraphs(child, article, i === 0 ? prefix : ''));
    case 'bulletList':
      return (node.content ?? []).flatMap((item) => paragraphs(item, article, '- '));
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return (node.content ?? []).flatMap((item, i) => paragraphs(item, article, `${start + i}. `));
    }
    case 'table': {
      // A table as agencies send one: a line per row, the cells apart by tabs, its caption above.
      const caption = typeof node.attrs?.caption === 'string' && node.attrs.caption ? [node.attrs.caption] : [];
      const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => plainInline(cell.content?.[0]?.content).replace(/\t/g, ' ')).join('\t'));
      return [...caption, rows.join('\n')];
    }
    case 'figure': {
      const credit = creditLine(String(node.attrs?.credit ?? ''), String(node.attrs?.agency ?? ''), article.language);
      return [[plainInline(node.content), credit].filter(Boolean).join(' ')];
    }
    default:
      return [];
  }
}

/**
 * Agency-style wire text: the date prefix, headline, sapo, then the body's paragraphs separated by
 * blank lines, each photo as one line "caption ẢNH: NAME". The shape the wire importer reads back.
 */
export function exportWire(article: Article): ExportBundle {
  const body = article.body.content.flatMap((node) => paragraphs(node, article)).filter((line) => line.trim() !== '');
  const lines = [article.headline, article.sapo, ...body].filter((line) => line.trim() !== '');
  // The attribution travels inside the text as agencies write it; typed only in the field, it closes the copy.
  if (article.source && !lines.some((line) => line.includes(article.source))) lines.push(article.source);
  // As agencies send it: the date prefix opens the first line.
  const text = `${article.dateline.date ? `date ${article.dateline.date} ` : ''}${lines.join('\n\n')}\n`;
  const main = `${slugify(article.headline) || article.id}.txt`;
  return { main, files: [{ path: main, data: text }] };
}
