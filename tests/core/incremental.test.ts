import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BodyDoc, articleCounts, cleanBody, cleanBodyAgainst, readableText, type BodyNode } from '../../electron/core/article';
import { Library } from '../../electron/core/library';
import { countText, deepNfc } from '../../electron/core/text';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

// Text as typed, in NFC or not, with marks and spaces that split words or do not.
const text = fc.array(fc.constantFrom('a', 'B', 'à', 'ạ', 'ă', 'đ', 'ệ', 'ơ', 'ư', 'Đ', '\u0300', '\u0301', ' ', '.', ',', '-'), { minLength: 1, maxLength: 24 }).map((chars) => chars.join(''));
const inline = fc.oneof(
  text.map((value) => ({ type: 'text', text: value })),
  text.map((value) => ({ type: 'text', text: value, marks: [{ type: 'bold' }] })),
  fc.constantFrom('https://example.vn/a', 'javascript:alert(1)').map((href) => ({ type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href, target: '_blank' } }] })),
  fc.constant({ type: 'hardBreak' }),
);
const paragraph = fc.array(inline, { maxLength: 4 }).map((content) => ({ type: 'paragraph', ...(content.length ? { content } : {}) }));
const block: fc.Arbitrary<BodyNode> = fc.oneof(
  { arbitrary: paragraph, weight: 4 },
  fc.record({ type: fc.constant('heading'), attrs: fc.record({ level: fc.constantFrom(2, 3, 1) }), content: fc.array(inline, { minLength: 1, maxLength: 2 }) }),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((items) => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [item] })) })),
  text.map((caption) => ({ type: 'figure', attrs: { src: 'media/a.jpg', alt: 'ảnh', credit: 'Lê Minh', evil: 'x' }, content: [{ type: 'text', text: caption }] })),
  // Not allowed on their own: refused by both.
  {
    arbitrary: fc.constantFrom<BodyNode[]>([{ type: 'listItem', content: [{ type: 'paragraph' }] }], [{ type: 'text', text: 'lạc' }], [{ type: 'nope' }]).map(([node]) => node as BodyNode),
    weight: 1,
  },
);

/** What a full save would do with the incoming body: check the shape, normalize, clean it all. */
function fullClean(incoming: unknown): BodyDoc | 'refused' {
  const parsed = BodyDoc.safeParse(incoming);
  if (!parsed.success) return 'refused';
  try {
    return cleanBody(deepNfc(parsed.data));
  } catch {
    return 'refused';
  }
}

function againstStored(stored: BodyDoc, incoming: unknown): BodyDoc | 'refused' {
  try {
    return cleanBodyAgainst(stored, incoming);
  } catch {
    return 'refused';
  }
}

describe('a save checks only the blocks that changed', () => {
  it('gives what cleaning the whole body gives, and refuses the same bodies', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.nat(8), fc.nat(3), fc.array(block, { maxLength: 3 }), (blocks, at, removed, inserted) => {
        const stored = fullClean({ type: 'doc', content: blocks });
        fc.pre(stored !== 'refused');
        // The same stored blocks as fresh copies (they come over the bridge), with an edit in between.
        const copy = structuredClone(stored.content);
        copy.splice(Math.min(at, copy.length), removed, ...structuredClone(inserted));
        const incoming = { type: 'doc', content: copy };
        expect(againstStored(stored, incoming)).toEqual(fullClean(structuredClone(incoming)));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the unchanged blocks as the stored objects and refuses a body of the wrong shape', () => {
    const stored = cleanBody({ type: 'doc', content: ['Một', 'Hai', 'Ba'].map((value) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] })) });
    const incoming = structuredClone(stored);
    (incoming.content[1] as { content: object[] }).content[0] = { type: 'text', text: 'Hai đã sửa' };
    const saved = cleanBodyAgainst(stored, incoming);
    expect(saved.content[0]).toBe(stored.content[0]);
    expect(saved.content[2]).toBe(stored.content[2]);
    expect(saved.content[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Hai đã sửa' }] });
    expect(() => cleanBodyAgainst(stored, { type: 'doc', content: 'x' })).toThrow(/shape/);
    expect(() => cleanBodyAgainst(stored, { type: 'doc', content: [] })).toThrow();
  });
});

describe('a save that carries only the changed blocks', () => {
  it('applies them to the stored body, checks them, and refuses a change made against another body', async () => {
    const library = await Library.open({ root: await tempDir() });
    const paragraphs = ['Một', 'Hai', 'Ba'].map((value) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] }));
    const created = await library.create({ body: { type: 'doc', content: paragraphs } });
    const edited = await library.save(
      created.id,
      {
        bodyChange: {
          at: 1,
          remove: 1,
          insert: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Hai\u0301' }] },
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Mới' }] },
          ],
          length: 3,
        },
      },
      created.revision,
    );
    expect(edited.body.content.map((node) => node.content?.[0]?.text)).toEqual(['Một', 'Haí', 'Mới', 'Ba']);
    expect(library.summary(created.id).wordCount).toBe(4);
    expect((await library.get(created.id)).body).toEqual(edited.body);
    await expect(library.save(created.id, { bodyChange: { at: 0, remove: 0, insert: [], length: 3 } }, edited.revision)).rejects.toMatchObject({ code: 'out-of-step' });
    await expect(library.save(created.id, { bodyChange: { at: 3, remove: 2, insert: [], length: 4 } }, edited.revision)).rejects.toMatchObject({ code: 'out-of-step' });
    await expect(library.save(created.id, { bodyChange: { at: 0, remove: 0, insert: [{ type: 'listItem' }], length: 4 } }, edited.revision)).rejects.toMatchObject({ code: 'invalid' });
    expect((await library.get(created.id)).revision).toBe(edited.revision);
  });
});

describe('counts block by block', () => {
  it('equal counting the whole readable text at once', () => {
    fc.assert(
      fc.property(text, fc.array(block, { minLength: 1, maxLength: 8 }), (sapo, blocks) => {
        const body = fullClean({ type: 'doc', content: blocks });
        fc.pre(body !== 'refused');
        expect(articleCounts({ sapo, body })).toEqual(countText(readableText({ sapo, body })));
      }),
      { numRuns: 300 },
    );
  });
});

describe('coalesced search updates (the app)', () => {
  it('answers the next query with the latest save, and writes the change down on close', async () => {
    const root = await tempDir();
    const library = await Library.open({ root, deferIndexWrites: true });
    const article = await library.create({ headline: 'Bão số 3' });
    await library.save(article.id, { sapo: 'Gió giật cấp 12 ở Hải Phòng.' }, article.revision);
    expect((await library.finder.find('hai phong')).map((hit) => hit.id)).toEqual([article.id]);
    await library.save(article.id, { sapo: 'Gió đã yếu dần ở Quảng Ninh.' }, article.revision + 1);
    await library.close();
    const reopened = await Library.open({ root });
    expect(await reopened.finder.find('hai phong')).toEqual([]);
    expect((await reopened.finder.find('quang ninh')).map((hit) => hit.id)).toEqual([article.id]);
  });
});
