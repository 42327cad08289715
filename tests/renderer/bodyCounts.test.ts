import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText } from '../../electron/core/text';
import { bodyExtensions } from '../../electron/core/schema';
import { articleTextCounts } from '../../renderer/article/bodyCounts';

const schema = getSchema(bodyExtensions());

/** What the status bar counted before: the sapo and the whole body's text, counted in one go. */
const wholeText = (sapo: string, doc: PmNode) => countText(`${sapo}\n${doc.textBetween(0, doc.content.size, '\n', '\n')}`);

const text = fc.stringMatching(/^[a-zàáạảãđêếệ .,\n-]{1,40}$/).map((value) => value.replace(/\n/g, ' '));
const paragraph = text.map((value) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] }));
const block = fc.oneof(
  paragraph,
  text.map((value) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: value }] })),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [item] })) })),
  text.map((value) => ({ type: 'paragraph', content: [{ type: 'text', text: value }, { type: 'hardBreak' }, { type: 'text', text: value }] })),
);

describe('article counts by block', () => {
  it('equal counting the whole text at once, for any body', () => {
    fc.assert(
      fc.property(text, fc.array(block, { minLength: 1, maxLength: 12 }), (sapo, content) => {
        const doc = PmNode.fromJSON(schema, { type: 'doc', content });
        expect(articleTextCounts(sapo, doc)).toEqual(wholeText(sapo, doc));
      }),
    );
  });

  it('count again only the block that changed, and still agree after an edit', () => {
    const doc = PmNode.fromJSON(schema, {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hà Nội mùa thu' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'two words' }] },
      ],
    });
    expect(articleTextCounts('sapo', doc)).toEqual(wholeText('sapo', doc));
    const edited = doc.replace(3, 3, doc.slice(doc.content.size - 6, doc.content.size - 1));
    expect(edited.child(1)).toBe(doc.child(1));
    expect(articleTextCounts('sapo', edited)).toEqual(wholeText('sapo', edited));
    expect(articleTextCounts('sapo', edited).words).toBe(7);
  });
});
