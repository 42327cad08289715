import { describe, expect, it } from 'vitest';
import { checklistOf } from '../../electron/core/article';
import { EMPTY_FIGURE } from '../../electron/core/schema';
import { draftArticle } from '../helpers/draftArticle';

const SHA = 'b'.repeat(64);

describe('the ready-to-export checklist, in core', () => {
  it('names what a stored article lacks: its fields, and each photo’s file, caption, credit and alt text', () => {
    const article = draftArticle({
      headline: 'Lũ về miền Trung',
      byline: ['Lê Minh'],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Nước lên nhanh.' }] },
          {
            type: 'figure',
            attrs: {
              ...EMPTY_FIGURE,
              src: `media/${SHA}.display.jpg`,
              original: `media/${SHA}.jpg`,
              sha256: SHA,
              mime: 'image/jpeg',
              width: 800,
              height: 600,
              credit: 'Lê Minh',
              alt: 'Nước ngập phố',
            },
            content: [{ type: 'text', text: 'Phố Huế ngập' }],
          },
          { type: 'figure', attrs: { ...EMPTY_FIGURE, credit: '' }, content: [{ type: 'text', text: 'Ảnh chờ' }] },
        ],
      },
    });
    const open = checklistOf(article)
      .filter((item) => !item.done)
      .map((item) => item.id);
    expect(open).toEqual(['sapo', 'photo-2', 'credit-2', 'alt-2']);
    expect(checklistOf(article).find((item) => item.id === 'caption-1')).toMatchObject({ done: true, label: { key: 'caption', n: 1 }, target: { pos: expect.any(Number) } });
  });
});
