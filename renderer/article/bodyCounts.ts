import type { Node as PmNode } from '@tiptap/pm/model';
import { countText, readingMinutes, type TextCounts } from '../../electron/core/text';

/**
 * Counts per top-level block, kept for as long as the block itself lives. ProseMirror keeps every
 * block a change did not touch as the same object, so after a keystroke only the block typed in is
 * counted again, not the whole article.
 */
const perBlock = new WeakMap<PmNode, TextCounts>();

function blockCounts(block: PmNode): TextCounts {
  let counts = perBlock.get(block);
  if (!counts) {
    counts = countText(block.textBetween(0, block.content.size, '\n', '\n'));
    perBlock.set(block, counts);
  }
  return counts;
}

/**
 * The counts of the sapo and the body together, equal to `countText` over the sapo, a line break
 * and the body's text with its blocks on lines of their own. Words and characters add up across
 * blocks because a line break separates words and is not itself a character.
 */
export function articleTextCounts(sapo: string, doc: PmNode): TextCounts {
  const total = { ...countText(sapo) };
  doc.forEach((block) => {
    const counts = blockCounts(block);
    total.words += counts.words;
    total.characters += counts.characters;
  });
  return { ...total, readingMinutes: readingMinutes(total.words) };
}
