import MarkdownIt from 'markdown-it';
import { cleanBody } from '../article/body';
import { bodySchema } from '../schema';
import { lineText } from '../text/controls';
import type { BodyDoc, BodyNode } from '../article/schema';

/**
 * An imported body, in the shape the library stores (`cleanBody`), without the empty paragraphs a page or a document leaves between its blocks
 * (spacers, empty <p>s, blank lines in Word), keeping those the schema needs: a list item's first
 * paragraph, a table cell's, the only one in a quote or in the body.
 */
export function tidyBody(doc: BodyDoc): BodyDoc {
  const content = tidyBlocks(doc.content, 'doc');
  const tidy = cleanBody({ type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
  // Through the schema once more: marks in its order, whatever order they came in.
  return cleanBody(bodySchema().nodeFromJSON(tidy).toJSON() as BodyDoc);
}

const isEmptyParagraph = (node: BodyNode): boolean => node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'hardBreak' || (child.text ?? '').trim() === '');

function tidyBlocks(nodes: BodyNode[], parent: string): BodyNode[] {
  if (parent === 'tableCell' || parent === 'tableHeader') return nodes.map((node) => tidyNode(node, true));
  const kept = nodes.map((node) => tidyNode(node)).filter((node) => !isEmptyParagraph(node));
  // A list item opens with a paragraph (an empty one before a list, a quote or a photo); a quote holds one at least.
  if ((parent === 'listItem' && kept[0]?.type !== 'paragraph') || (kept.length === 0 && parent === 'blockquote')) return [{ type: 'paragraph' }, ...kept];
  return kept;
}

function tidyNode(node: BodyNode, inCell = false): BodyNode {
  if (!node.content) return node;
  if (node.content.every((child) => child.text !== undefined || child.type === 'hardBreak')) {
    // A subhead and a table cell are one line in every format but HTML: a line break there is a space.
    const content = tidyInline(node.content, inCell || node.type === 'heading');
    // A caption is read up to its credit and trimmed: its edges hold no space.
    if (node.type === 'figure') trimEdges(content);
    const { content: _old, ...rest } = node;
    return content.length > 0 ? { ...rest, content } : rest;
  }
  return { ...node, content: tidyBlocks(node.content, node.type) };
}

const SPACE: BodyNode = { type: 'text', text: ' ' };

/**
 * A link's address as every format reads it back: percent-encoded where a URL must be (a space,
 * a letter outside ASCII), as a Markdown reader stores what it reads, so an address from a page
 * survives the trip through Markdown unchanged.
 */
const normalizeLink = (
  (md) => (href: string) =>
    md.normalizeLink(href)
)(new MarkdownIt());

function withLinksNormalized(node: BodyNode): BodyNode {
  if (!node.marks?.some((mark) => mark.type === 'link')) return node;
  return { ...node, marks: node.marks.map((mark) => (mark.type === 'link' ? { ...mark, attrs: { ...mark.attrs, href: normalizeLink(String(mark.attrs?.href ?? '')) } } : mark)) };
}

const EMPHASIS = new Set(['bold', 'italic']);
const markKey = (node: BodyNode): string => JSON.stringify(node.marks ?? []);

/**
 * Inline content in the one shape every format writes alike: bold and italic do not begin or end
 * with a space (Markdown cannot say so, and a reader cannot see it), a block does not end in a line
 * break (CommonMark has none there), and neighbouring texts with the same marks are one text.
 */
function tidyInline(nodes: BodyNode[], oneLine: boolean): BodyNode[] {
  const out: BodyNode[] = [];
  const push = (node: BodyNode): void => {
    if (node.text === '') return;
    const last = out.at(-1);
    if (last?.text !== undefined && node.text !== undefined && markKey(last) === markKey(node)) last.text += node.text;
    else out.push({ ...node });
  };
  if (oneLine) nodes = nodes.filter((node, i) => node.type !== 'hardBreak' || nodes[i - 1]?.type !== 'hardBreak').map((node) => (node.type === 'hardBreak' ? SPACE : node));
  nodes = nodes.map((node) => {
    // A break carries no marks (no format can say it is bold); a text holds no line ends or control characters.
    if (node.type === 'hardBreak') return { type: 'hardBreak' };
    return node.text !== undefined ? withLinksNormalized({ ...node, text: lineText(node.text) }) : node;
  });
  nodes.forEach((node, i) => {
    if (node.text === undefined || !node.marks?.some((mark) => EMPHASIS.has(mark.type))) return push(node);
    const before = nodes[i - 1];
    const after = nodes[i + 1];
    // A neighbour across a link's edge does not share the emphasis: in Markdown the bracket stands between them.
    const link = (other: BodyNode | undefined) => JSON.stringify(other?.marks?.find((mark) => mark.type === 'link') ?? null);
    const outside = (neighbour: BodyNode | undefined): BodyNode['marks'] => {
      const sameLink = link(neighbour) === link(node);
      const kept = (node.marks ?? []).filter((mark) => !EMPHASIS.has(mark.type) || (sameLink && neighbour?.marks?.some((other) => JSON.stringify(other) === JSON.stringify(mark))));
      return kept.length > 0 ? kept : undefined;
    };
    const [, lead = '', middle = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(node.text) ?? [];
    const piece = (text: string, marks: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
    // Spaces alone keep an emphasis only inside it (on both sides): at its edge, they are outside it.
    if (middle === '') {
      const kept = (outside(before) ?? []).filter((mark) => !EMPHASIS.has(mark.type) || (outside(after) ?? []).some((other) => JSON.stringify(other) === JSON.stringify(mark)));
      return push(piece(node.text, kept.length > 0 ? kept : undefined));
    }
    if (lead) push(piece(lead, outside(before)));
    push(piece(middle, node.marks));
    if (trail) push(piece(trail, outside(after)));
  });
  while (out.at(-1)?.type === 'hardBreak') out.pop();
  return out;
}

function trimEdges(content: BodyNode[]): void {
  // Spaces alone at an edge (a space, a link around nothing but spaces) go whole, then the edges' own.
  while (content[0]?.text !== undefined && content[0].text.trim() === '') content.shift();
  while (content.at(-1)?.text !== undefined && (content.at(-1)?.text ?? '').trim() === '') content.pop();
  const first = content[0];
  if (first?.text !== undefined) first.text = first.text.replace(/^\s+/u, '');
  const last = content.at(-1);
  if (last?.text !== undefined) last.text = last.text.replace(/\s+$/u, '');
}
