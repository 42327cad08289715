import type { Node as PmNode } from '@tiptap/pm/model';

export interface PlacedWord {
  word: string;
  from: number;
  to: number;
}

/** A word as the spell checker sees it: letters (with marks), hyphens and apostrophes inside. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/** The text blocks (paragraphs, subheads, captions) that overlap `from`–`to`, with where each starts. */
export function textblocksIn(doc: PmNode, from: number, to: number): Array<{ node: PmNode; pos: number }> {
  const blocks: Array<{ node: PmNode; pos: number }> = [];
  doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
    if (node.isTextblock) {
      blocks.push({ node, pos });
      return false;
    }
    return true;
  });
  return blocks;
}

/** Every word of a text block, with its place in the document (the block starts at `pos`). */
export function wordsOf(block: PmNode, pos: number): PlacedWord[] {
  const words: PlacedWord[] = [];
  block.forEach((child, offset) => {
    if (!child.isText || !child.text) return;
    const start = pos + 1 + offset;
    for (const match of child.text.matchAll(WORD)) {
      words.push({ word: match[0], from: start + (match.index ?? 0), to: start + (match.index ?? 0) + match[0].length });
    }
  });
  return words;
}
