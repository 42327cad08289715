import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, type BodyDoc, type BodyNode } from '../../electron/core/article';
import { exportHtml, exportMarkdown } from '../../electron/core/export';
import { importBytes } from '../../electron/core/import';
import { tidyBody } from '../../electron/core/import/tidyBody';
import { EMPTY_FIGURE } from '../../electron/core/schema';
import { fixtureMedia } from '../helpers/exportFixtures';
import { draftArticle } from '../helpers/draftArticle';

/**
 * Random bodies in the schema, in the shape every importer gives (`tidyBody`: no empty paragraph
 * between blocks, no space at the edge of bold or italic, no line break ending a block), taken
 * through an export and back: the body must come back exactly.
 */

// Letters, Vietnamese among them, and every character Markdown or HTML gives a meaning to.
const CHARS = [...'aZ9ăệĐ ', ...'*_`[]()#>-+=!\\<&|~:.;"\'', '\u00a0', '1.', '- ', '# ', '&amp;', '<b>'];
const word = (chars: string[]) => fc.array(fc.constantFrom(...chars), { minLength: 2, maxLength: 8 }).map((parts) => parts.join(''));

const LINKS = ['https://example.vn/a?b=1&c=2', 'mailto:desk@example.com', 'https://example.com/path(1)'];
const markSet = fc.record({ bold: fc.boolean(), italic: fc.boolean(), link: fc.option(fc.constantFrom(...LINKS), { nil: undefined }) });

type Options = { chars: string[]; breaks: boolean };

function inline({ chars, breaks }: Options): fc.Arbitrary<BodyNode[]> {
  // Runs of text the way prose has them: marked words with plain spaces between them.
  const text = fc.tuple(word(chars), markSet).map(([value, marks]): BodyNode => {
    const list = [...(marks.bold ? [{ type: 'bold' }] : []), ...(marks.italic ? [{ type: 'italic' }] : []), ...(marks.link ? [{ type: 'link', attrs: { href: marks.link } }] : [])];
    return list.length > 0 ? { type: 'text', text: value, marks: list } : { type: 'text', text: value };
  });
  const piece = breaks ? fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'hardBreak' }) }) : text;
  return fc
    .array(piece, { minLength: 1, maxLength: 6 })
    .map((pieces) => pieces.flatMap((node, i) => (i > 0 && node.text !== undefined && pieces[i - 1]?.text !== undefined ? [{ type: 'text', text: ' ' }, node] : [node])));
}

const paragraph = (options: Options) => inline(options).map((content): BodyNode => ({ type: 'paragraph', content }));

function blocks(options: Options): fc.Arbitrary<BodyNode[]> {
  const { block } = fc.letrec<{ block: BodyNode; item: BodyNode }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: paragraph(options) },
      // A Markdown heading is one line: a subhead's line break is a space there (the one mapping this test leaves out).
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(2, 3), inline({ ...options, breaks: false })).map(([level, content]): BodyNode => ({ type: 'heading', attrs: { level }, content })) },
      { weight: 1, arbitrary: fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content): BodyNode => ({ type: 'blockquote', content })) },
      { weight: 1, arbitrary: fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((content): BodyNode => ({ type: 'bulletList', content })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.integer({ min: 0, max: 12 }), fc.array(tie('item'), { minLength: 1, maxLength: 3 }))
          .map(([start, content]): BodyNode => ({ type: 'orderedList', attrs: { start }, content })),
      },
      { weight: 1, arbitrary: figure(options) },
      { weight: 1, arbitrary: table(options) },
    ),
    item: fc.tuple(paragraph(options), fc.array(tie('block'), { maxLength: 2 })).map(([first, rest]): BodyNode => ({ type: 'listItem', content: [first, ...rest] })),
  }));
  return fc.array(block, { minLength: 1, maxLength: 6 });
}

const CREDITS: [string, string][] = [
  ['Ngọc Hà', 'TTXVN'],
  ['Văn Dũng', ''],
  ['', ''],
];

function figure(options: Options): fc.Arbitrary<BodyNode> {
  return fc.tuple(word(options.chars), fc.constantFrom(...CREDITS), inline({ ...options, breaks: false })).map(([alt, [credit, agency], caption]): BodyNode => ({
    type: 'figure',
    attrs: { src: null, original: null, sha256: null, mime: null, width: null, height: null, alt: alt.trim(), credit, agency, takenAt: null },
    // Without a credit, the caption travels as the image's title: text, no marks. With one, a "(" just
    // before the credit is read as the credit's own bracket ("… (Ảnh: …)"), so captions here do not end in one.
    content: credit
      ? caption.map((node, i) => (i === caption.length - 1 && node.text ? { ...node, text: node.text.replace(/\($/, ')') } : node))
      : [{ type: 'text', text: caption.map((node) => node.text ?? '').join('') }],
  }));
}

function table(options: Options): fc.Arbitrary<BodyNode> {
  const cell = (type: string) =>
    fc.option(inline({ ...options, breaks: false }), { nil: undefined }).map((content): BodyNode => ({ type, content: [content ? { type: 'paragraph', content } : { type: 'paragraph' }] }));
  // A table of one cell is a frame around its content, on the web and so in the importer: two cells at least.
  return fc.integer({ min: 1, max: 3 }).chain((width) =>
    fc
      .tuple(
        fc.boolean(),
        fc.array(fc.array(cell('tableCell'), { minLength: width, maxLength: width }), { minLength: width === 1 ? 2 : 1, maxLength: 3 }),
        fc.array(cell('tableHeader'), { minLength: width, maxLength: width }).filter((cells) => cells.some((cell) => cell.content?.[0]?.content)) /* an empty header row reads as none */,
        fc.option(word(options.chars), { nil: undefined }),
      )
      .map(([header, rows, head, caption]): BodyNode => ({
        type: 'table',
        ...(caption?.trim() ? { attrs: { caption: caption.trim().replace(/\s+/g, ' ') } } : {}),
        content: [...(header ? [head] : []), ...rows].map((content) => ({ type: 'tableRow', content })),
      })),
  );
}

const article = (body: BodyDoc): Article => draftArticle({ headline: 'Tiêu đề', body });

/** A body as every importer gives it. */
const canonical = (content: BodyNode[]): BodyDoc => tidyBody({ type: 'doc', content });

/** HTML folds white space as a browser shows it: no space at a line's edges, one between words. */
function folded(doc: BodyDoc): BodyDoc {
  const fold = (node: BodyNode): BodyNode => {
    if (!node.content) return node;
    if (!node.content.every((child) => child.text !== undefined || child.type === 'hardBreak')) return { ...node, content: node.content.map(fold) };
    const content = node.content.map((child, i, all) => {
      if (child.text === undefined) return child;
      let text = child.text.replace(/\s+/g, ' ');
      if (i === 0 || all[i - 1]?.type === 'hardBreak') text = text.replace(/^ /, '');
      if (i === all.length - 1 || all[i + 1]?.type === 'hardBreak') text = text.replace(/ $/, '');
      return { ...child, text };
    });
    return { ...node, content };
  };
  return tidyBody({ type: 'doc', content: doc.content.map(fold) });
}

async function roundTrip(body: BodyDoc, format: 'md' | 'html'): Promise<BodyDoc | undefined> {
  const exported = format === 'md' ? await exportMarkdown(article(body), { readMedia: fixtureMedia }) : await exportHtml(article(body), { readMedia: fixtureMedia });
  const main = exported.files.find((file) => file.path === exported.main)?.data;
  const again = await importBytes(Buffer.from(String(main)), format === 'md' ? 'a.md' : 'a.html');
  return again.fields.body;
}

describe('conversion round trips on random bodies', () => {
  it('body → Markdown → body is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(blocks({ chars: CHARS, breaks: true }), async (content) => {
        const body = canonical(content);
        expect(await roundTrip(body, 'md')).toEqual(body);
      }),
      { numRuns: 300 },
    );
  });

  it('body → HTML → body is the identity (HTML folds runs of spaces, so words here have one between them)', async () => {
    const chars = CHARS.filter((char) => !/\s/.test(char));
    await fc.assert(
      fc.asyncProperty(blocks({ chars, breaks: true }), async (content) => {
        const body = folded(canonical(content));
        expect(await roundTrip(body, 'html')).toEqual(body);
      }),
      { numRuns: 200 },
    );
  });
});

/** Bodies the random search once found failing, kept so they are tried on every run. */
describe('bodies the property search found', () => {
  const text = (value: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  const p = (...content: BodyNode[]): BodyNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
  const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
  const figure = (caption: BodyNode[]): BodyNode => ({
    type: 'figure',
    attrs: { ...EMPTY_FIGURE, alt: 'aa', credit: 'Ngọc Hà', agency: 'TTXVN' },
    ...(caption.length > 0 ? { content: caption } : {}),
  });

  it.each([
    // A numbered list from 8 on its item's marker line: "10." must not move where the item's text begins.
    [
      'a list on a marker line past 9',
      [{ type: 'bulletList', content: [item(p(), { type: 'orderedList', attrs: { start: 8 }, content: [item(p(text('aa'))), item(p(text('aa'))), item(p(text('aa')))] })] }, p(text('aa'))],
    ],
    // A caption ending in "(" before its credit is not a credit in parentheses.
    ['a caption ending in an open parenthesis', [figure([text('aa (')]), p(text('aa'))]],
    // A photo with a credit and no caption yet.
    ['a credit without a caption', [figure([]), p(text('aa'))]],
    // Two empty paragraphs before a photo in a list item: one stays, the item still opens with a paragraph.
    ['empty paragraphs before a photo in a list item', [{ type: 'bulletList', content: [item(p({ type: 'hardBreak' }), p({ type: 'hardBreak' }), figure([text('aa')]))] }]],
    // A link around nothing but spaces at a caption's end.
    ['a caption ending in a link of spaces', [figure([text('aa'), text(' '), text('  ', [{ type: 'link', attrs: { href: 'https://example.vn/a?b=1&c=2' } }])]), p(text('aa'))]],
  ] as [string, BodyNode[]][])('%s: through Markdown and back, the same body', async (_name, content) => {
    const body = canonical(content);
    expect(await roundTrip(body, 'md')).toEqual(body);
  });
});
