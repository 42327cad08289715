import { DISPLAY_PATH, EMPTY_FIGURE, ORIGINAL_PATH, bodySchema, isAllowedHref, SUBHEAD_LEVELS, type FigureAttributes } from '../schema';
import type { BodyDoc, BodyNode } from './schema';
import { lineText } from '../text/controls';

const BLOCKS_WITH_BREAK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'figure']);

/**
 * Checks a body against the editor's schema and returns a clean copy: link marks whose URL is not
 * http, https or mailto are dropped (the text stays), link attributes are reduced to the href.
 * Throws with a readable message when the tree does not fit the schema.
 */
export function cleanBody(doc: BodyDoc): BodyDoc {
  const cleaned = { type: 'doc' as const, content: doc.content.map(cleanNode) };
  const node = bodySchema().nodeFromJSON(cleaned);
  node.check();
  return cleaned;
}

export function cleanNode(node: BodyNode): BodyNode {
  const out: BodyNode = { type: node.type };
  if (node.type === 'heading') {
    const level = node.attrs?.level;
    if (!SUBHEAD_LEVELS.includes(level as 2 | 3)) throw new Error(`subhead level ${String(level)} is not allowed`);
    out.attrs = { level };
  } else if (node.type === 'figure') {
    out.attrs = { ...cleanFigureAttributes(node.attrs ?? {}) };
  } else if (node.type === 'table') {
    const caption = node.attrs?.caption;
    if (typeof caption === 'string' && caption.trim() !== '') out.attrs = { caption: lineText(caption).slice(0, 500) };
  } else if (node.type === 'orderedList') {
    const start = node.attrs?.start;
    out.attrs = { start: typeof start === 'number' && Number.isInteger(start) ? start : 1 };
  }
  if (node.text !== undefined) out.text = node.text;
  if (node.marks) {
    const marks = node.marks.flatMap((mark) => {
      if (mark.type !== 'link') return [{ type: mark.type }];
      const href = mark.attrs?.href;
      return typeof href === 'string' && isAllowedHref(href) ? [{ type: 'link', attrs: { href: href.trim() } }] : [];
    });
    if (marks.length > 0) out.marks = marks;
  }
  if (node.content) out.content = node.content.map(cleanNode);
  return out;
}

const SHA256 = /^[0-9a-f]{64}$/;
const MIMES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
const TAKEN_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

const textAttr = (value: unknown, max: number): string => (typeof value === 'string' ? lineText(value).slice(0, max) : '');
const sizeAttr = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1e6 ? value : null);

/**
 * Keeps only what a figure may carry. A media path that is not one of the library's own files (a
 * URL, an absolute path, a `..`) becomes "photo awaited": the caption and credit survive, the
 * reference does not. Only a display copy may be shown: a `src` naming the original (edited by
 * hand) would carry its GPS position into every export.
 */
function cleanFigureAttributes(attrs: Record<string, unknown>): FigureAttributes {
  const media = (value: unknown, path: RegExp): string | null => (typeof value === 'string' && path.test(value) ? value : null);
  const src = media(attrs.src, DISPLAY_PATH);
  return {
    ...EMPTY_FIGURE,
    src,
    original: src ? media(attrs.original, ORIGINAL_PATH) : null,
    sha256: src && typeof attrs.sha256 === 'string' && SHA256.test(attrs.sha256) ? attrs.sha256 : null,
    mime: src && typeof attrs.mime === 'string' && MIMES.has(attrs.mime) ? attrs.mime : null,
    width: src ? sizeAttr(attrs.width) : null,
    height: src ? sizeAttr(attrs.height) : null,
    alt: textAttr(attrs.alt, 2000),
    credit: textAttr(attrs.credit, 300),
    agency: textAttr(attrs.agency, 300),
    takenAt: typeof attrs.takenAt === 'string' && TAKEN_AT.test(attrs.takenAt) ? attrs.takenAt : null,
  };
}

/** The plain text of a body, one line per block, for counts and search. */
export function bodyText(doc: BodyDoc): string {
  const parts: string[] = [];
  const walk = (node: BodyNode): void => {
    if (node.text !== undefined) parts.push(node.text);
    else if (node.type === 'hardBreak') parts.push('\n');
    node.content?.forEach(walk);
    if (BLOCKS_WITH_BREAK.has(node.type)) parts.push('\n');
  };
  doc.content.forEach(walk);
  return parts.join('');
}
