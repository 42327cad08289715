import type { Node as PmNode } from '@tiptap/pm/model';
import { BlockCounter, type TextCounts } from '../../electron/core/text';

/** After a keystroke only the block typed in is counted again (see BlockCounter). */
const counter = new BlockCounter<PmNode>((block) => block.textBetween(0, block.content.size, '\n', '\n'));

/**
 * The counts of the sapo and the body together, equal to `countText` over the sapo, a line break
 * and the body's text with its blocks on lines of their own.
 */
export function articleTextCounts(sapo: string, doc: PmNode): TextCounts {
  const blocks: PmNode[] = [];
  doc.forEach((block) => blocks.push(block));
  return counter.count(sapo, blocks);
}
