import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../electron/core/schema';
import { textblocksIn, wordsOf } from '../../renderer/editor/spellingWords';

const schema = getSchema(bodyExtensions());

describe('the words the spell checker looks at', () => {
  it('are the letters of each text block, with their places, marks and inner hyphens or apostrophes kept', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Ông Nguyễn-Văn nói: “đường’s” 2026, TTXVN.' }] },
        { type: 'figure', attrs: { src: null }, content: [{ type: 'text', text: 'Ảnh tư liệu' }] },
      ],
    });
    const blocks = textblocksIn(doc, 0, doc.content.size);
    expect(blocks.map((block) => block.node.type.name)).toEqual(['paragraph', 'figure']);
    const words = blocks.flatMap(({ node, pos }) => wordsOf(node, pos));
    expect(words.map((word) => word.word)).toEqual(['Ông', 'Nguyễn-Văn', 'nói', 'đường’s', 'TTXVN', 'Ảnh', 'tư', 'liệu']);
    for (const word of words) expect(doc.textBetween(word.from, word.to)).toBe(word.word);
  });
});
