import { bodySchema, isAllowedHref, SUBHEAD_LEVELS } from '../schema';
import type { BodyDoc, BodyNode } from './schema';

const BLOCKS_WITH_BREAK = new Set(['paragraph', 'heading', 'listItem', 'blockquote']);

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

function cleanNode(node: BodyNode): BodyNode {
  const out: BodyNode = { type: node.type };
  if (node.type === 'heading') {
    const level = node.attrs?.level;
    if (!SUBHEAD_LEVELS.includes(level as 2 | 3)) throw new Error(`subhead level ${String(level)} is not allowed`);
    out.attrs = { level };
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
