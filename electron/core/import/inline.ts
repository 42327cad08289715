import type { BodyNode } from '../article/schema';
import { EMPTY_FIGURE } from '../schema/figure';
import { parseCaptionLine } from './credit';

export type InlineMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

/** Inline content being collected, with the marks in force. */
export class InlineBuffer {
  readonly nodes: BodyNode[] = [];
  private marks: InlineMark[] = [];

  text(text: string): void {
    if (text === '') return;
    const last = this.nodes.at(-1);
    if (last?.text !== undefined && sameMarks(last.marks ?? [], this.marks)) last.text += text;
    else this.nodes.push(this.marks.length > 0 ? { type: 'text', text, marks: [...this.marks] } : { type: 'text', text });
  }

  hardBreak(): void {
    this.nodes.push({ type: 'hardBreak' });
  }

  open(mark: InlineMark): void {
    this.marks.push(mark);
  }

  close(type: InlineMark['type']): void {
    const index = this.marks.map((mark) => mark.type).lastIndexOf(type);
    if (index >= 0) this.marks.splice(index, 1);
  }

  /** The collected content, with outer whitespace trimmed; the buffer starts over. */
  take(): BodyNode[] {
    const nodes = this.nodes.splice(0);
    this.marks = [];
    trimEdges(nodes);
    return nodes;
  }
}

function sameMarks(a: unknown[], b: unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function trimEdges(nodes: BodyNode[]): void {
  while (nodes[0]?.type === 'hardBreak') nodes.shift();
  while (nodes.at(-1)?.type === 'hardBreak') nodes.pop();
  const first = nodes[0];
  if (first?.text !== undefined) first.text = first.text.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.text !== undefined) last.text = last.text.replace(/\s+$/, '');
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i]?.text === '') nodes.splice(i, 1);
}

export function inlineText(nodes: BodyNode[]): string {
  return nodes.map((node) => node.text ?? (node.type === 'hardBreak' ? '\n' : '')).join('');
}

/** Inline content without its last `count` characters (a credit cut off a caption). */
export function dropLastCharacters(nodes: BodyNode[], count: number): BodyNode[] {
  const out = nodes.map((node) => ({ ...node }));
  let left = count;
  while (left > 0 && out.length > 0) {
    const last = out.at(-1) as BodyNode;
    const length = last.text?.length ?? 1;
    if (length <= left) {
      out.pop();
      left -= length;
    } else {
      last.text = (last.text ?? '').slice(0, length - left);
      left = 0;
    }
  }
  trimEdges(out);
  return out;
}

export function block(type: string, content: BodyNode[], attrs?: Record<string, unknown>): BodyNode {
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

/**
 * A figure for an image found in a document, its photo awaited. `captionLine` is the paragraph
 * after the image: when it ends in a photo credit, it is the caption and the credit.
 */
export function figureFor(alt: string, captionLine: BodyNode[] | null): { figure: BodyNode; usedCaption: boolean } {
  const credit = captionLine ? parseCaptionLine(inlineText(captionLine)) : null;
  if (!captionLine || !credit) return { figure: block('figure', [], { ...EMPTY_FIGURE, alt }), usedCaption: false };
  const text = inlineText(captionLine);
  const caption = dropLastCharacters(captionLine, text.length - text.indexOf(credit.caption) - credit.caption.length);
  return { figure: block('figure', caption, { ...EMPTY_FIGURE, alt, credit: credit.credit, agency: credit.agency }), usedCaption: true };
}
