import { Fragment, type Mark, type Node as PmNode } from '@tiptap/pm/model';
import { MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { isAllowedHref } from '../schema/link';

/** What a figure's image and credit line are, for the serializer (the photo's exported address is the exporter's affair). */
export interface FigureOut {
  url: string;
  credit: string;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const entity = (char: string): string => `&#${char.codePointAt(0) as number};`;

/**
 * Text that must stay text: every character that can open markup anywhere is backslash-escaped
 * (CommonMark allows that for any ASCII punctuation); at the start of a line, what would start a
 * block there (a heading, a quote, a list item, a setext underline) is escaped too.
 */
function escapeText(text: string, startOfLine: boolean): string {
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>&~|!]/g, (char) => `\\${char}`);
  if (!startOfLine) return escaped;
  return escaped
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^([>+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** A link or image destination, in angle brackets when it holds spaces or brackets. */
export function destination(url: string): string {
  return url === '' || /[\s()<>]/.test(url) ? `<${url.replace(/[<>\\]/g, (char) => `\\${char}`)}>` : url;
}

const EMPHASIS = new Set(['bold', 'italic']);
/** `from` holds bold or italic that `to` does not: a delimiter run stands between them. */
const emphasisBetween = (from: readonly Mark[], to: readonly Mark[]): boolean => from.some((mark) => EMPHASIS.has(mark.type.name) && !mark.isInSet(to));
/** A link in `from` that `to` is not in: its bracket stands between them. */
const linkEnds = (from: readonly Mark[], to: readonly Mark[]): boolean => from.some((mark) => mark.type.name === 'link' && !mark.isInSet(to));
const isWordChar = (char: string | undefined): boolean => char !== undefined && !WHITESPACE.test(char) && !PUNCTUATION.test(char);

/**
 * One text node as Markdown. Whitespace where a line starts or ends (at the block's edges, beside
 * a hard break) would be dropped by any CommonMark reader, so it is written as character
 * references; so is a character beside an emphasis delimiter that would stop the delimiter from
 * counting (`**"quoted"**word`: the `w` is written `&#119;`).
 */
function writeText(state: MarkdownSerializerState, node: PmNode, parent: PmNode, index: number): void {
  const before = index > 0 ? parent.child(index - 1) : null;
  const after = index + 1 < parent.childCount ? parent.child(index + 1) : null;
  const lineStart = before === null || before.type.name === 'hardBreak';
  const lineEnd = after === null || after.type.name === 'hardBreak';
  const chars = [...(node.text ?? '')];
  const encoded = new Set<number>();
  if (lineStart) for (let i = 0; i < chars.length && WHITESPACE.test(chars[i] as string); i++) encoded.add(i);
  if (lineEnd) for (let i = chars.length - 1; i >= 0 && WHITESPACE.test(chars[i] as string); i--) encoded.add(i);
  // An emphasis delimiter between this node and its neighbour: mind the characters either side of it.
  if (before?.isText && emphasisBetween(before.marks, node.marks)) {
    // A closing `*` after punctuation (or a link's `)`) counts only before whitespace or punctuation.
    const left = [...(before.text ?? '')].at(-1) ?? '';
    const leftIsPunct = PUNCTUATION.test(left) || linkEnds(before.marks, node.marks);
    if (leftIsPunct && isWordChar(chars[0])) encoded.add(0);
  }
  if (after?.isText && emphasisBetween(after.marks, node.marks)) {
    // An opening `*` before punctuation (or a link's `[`) counts only after whitespace or punctuation.
    const right = [...(after.text ?? '')][0] ?? '';
    const rightIsPunct = PUNCTUATION.test(right) || linkEnds(after.marks, node.marks);
    if (rightIsPunct && isWordChar(chars.at(-1))) encoded.add(chars.length - 1);
  }
  let out = '';
  let run = '';
  const flush = (atStart: boolean): void => {
    out += escapeText(run, atStart);
    run = '';
  };
  chars.forEach((char, i) => {
    if (encoded.has(i)) {
      flush(lineStart && out === '');
      out += entity(char);
    } else run += char;
  });
  flush(lineStart && out === '');
  // A heading's closing run of # would be read as its optional closing sequence.
  if (parent.type.name === 'heading' && after === null) out = out.replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
  state.text(out, false);
}

/**
 * The body's schema as CommonMark (and GFM's pipe tables), written so that any CommonMark reader
 * gets the same text and structure back, and Copydesk's importer the same body: adjacent lists
 * alternate their markers so they stay two lists, a list keeps its first number (0 included).
 */
export function bodySerializer(figures: (node: PmNode) => FigureOut): MarkdownSerializer {
  const listMarker = (parent: PmNode, index: number, node: PmNode): number => {
    let run = 0;
    for (let i = index - 1; i >= 0 && parent.child(i).type === node.type; i--) run++;
    return run % 2;
  };
  // Table cells are written by the serializer itself, without starting the outer document's bookkeeping over.
  let plain: MarkdownSerializer['serialize'] = () => '';
  let parentOf = new WeakMap<PmNode, { parent: PmNode; index: number }>();
  const remember = (node: PmNode): void =>
    node.forEach((child, _offset, index) => {
      parentOf.set(child, { parent: node, index });
      if (!child.isTextblock) remember(child);
    });
  const serializer = new MarkdownSerializer(
    {
      doc(state, node) {
        state.renderContent(node);
      },
      paragraph(state, node) {
        state.renderInline(marksByReach(node));
        state.closeBlock(node);
      },
      heading(state, node) {
        state.write(`${state.repeat('#', node.attrs.level as number)} `);
        state.renderInline(marksByReach(node), false);
        state.closeBlock(node);
      },
      blockquote(state, node) {
        state.wrapBlock('> ', null, node, () => state.renderContent(node));
      },
      bulletList(state, node) {
        const where = parentOf.get(node);
        const marker = where && listMarker(where.parent, where.index, node) === 1 ? '* ' : '- ';
        apart(state, where, firstItemEmpty(node));
        state.renderList(node, '  ', () => marker);
      },
      orderedList(state, node) {
        const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1;
        const where = parentOf.get(node);
        apart(state, where, start !== 1 || firstItemEmpty(node));
        const delimiter = where && listMarker(where.parent, where.index, node) === 1 ? ')' : '.';
        const width = String(start + node.childCount - 1).length;
        state.renderList(node, state.repeat(' ', width + 2), (i) => {
          const number = String(start + i);
          // Markers start where the line starts and the text lines up after them ("9.  a", "10. b"):
          // a space before a marker would move where an enclosing item's text begins, when the
          // list starts on that item's marker line. Past four spaces CommonMark reads code instead.
          const pad = state.repeat(' ', width - number.length);
          return width - number.length <= 3 ? `${number}${delimiter} ${pad}` : `${pad}${number}${delimiter} `;
        });
      },
      listItem(state, node) {
        // An item that opens with an empty paragraph (the schema's filler before a list, a quote, a
        // photo) starts with what follows, on the marker's line: a blank line there would end the item.
        if (node.childCount > 1 && node.firstChild?.childCount === 0) node.forEach((child, _offset, i) => i > 0 && state.render(child, node, i));
        else state.renderContent(node);
      },
      hardBreak(state, node, parent, index) {
        // A heading is one line in Markdown: a break in a subhead is a space there.
        if (parent.type.name === 'heading') {
          state.write(' ');
          return;
        }
        // A break at the end of a block has no Markdown: CommonMark reads a final backslash as text.
        for (let i = index + 1; i < parent.childCount; i++) {
          if (parent.child(i).type !== node.type) {
            state.write('\\\n');
            return;
          }
        }
      },
      text: writeText,
      figure(state, node) {
        const { url, credit } = figures(node);
        const alt = escapeText(String(node.attrs.alt ?? ''), false);
        // A caption without a credit travels in the image's title: as a paragraph of its own it would
        // be read as body text. The title holds the caption as Markdown (its bold, italic and links),
        // escaped once more for the title, which the importer reads back as Markdown.
        const caption = node.childCount > 0 ? inlineMarkdown(plain, node) : '';
        const title = !credit && caption ? ` "${caption.replace(/[\\"&]/g, (char) => `\\${char}`)}"` : '';
        state.write(`![${alt}](${destination(url)}${title})`);
        state.closeBlock(node);
        if (!credit) return;
        state.renderInline(marksByReach(node));
        state.write(node.childCount > 0 ? ` ${escapeText(credit, false)}` : escapeText(credit, true));
        state.closeBlock(node);
      },
      table(state, node) {
        const rows: string[][] = [];
        node.forEach((row) => {
          const cells: string[] = [];
          row.forEach((cell) => cells.push(cellMarkdown(plain, cell)));
          rows.push(cells);
        });
        const header = node.firstChild?.firstChild?.type.name === 'tableHeader' ? (rows.shift() as string[]) : (rows[0] ?? []).map(() => '');
        const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
        const lines = [line(header), line(header.map(() => '---')), ...rows.map(line)];
        lines.forEach((text, i) => {
          if (i > 0) state.ensureNewLine();
          state.write(text);
        });
        state.closeBlock(node);
        const caption = String(node.attrs.caption ?? '');
        // Pandoc's table caption, read back by Copydesk's importer.
        if (caption) {
          state.write(`Table: ${escapeText(caption, false)}`);
          state.closeBlock(node);
        }
      },
    },
    {
      italic: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
      bold: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
      link: {
        // Mixable, so that emphasis running on into a link stays one emphasis around it.
        mixable: true,
        open: (_state: MarkdownSerializerState, mark) => (isAllowedHref(String(mark.attrs.href)) ? '[' : ''),
        close: (_state: MarkdownSerializerState, mark) => (isAllowedHref(String(mark.attrs.href)) ? `](${destination(String(mark.attrs.href))})` : ''),
      },
    },
    { strict: true },
  );
  const serialize = serializer.serialize.bind(serializer);
  plain = serialize;
  serializer.serialize = (doc, options) => {
    parentOf = new WeakMap();
    remember(doc);
    // prosemirror-markdown asks whether its output ends in a line break by reading the output's last
    // character after each write, which makes V8 copy the whole output string every time: quadratic
    // in the article's length (15 s for a 290 KB export; docs/benchmarks.md). Written a few dozen
    // top-level blocks at a time instead, joined by the blank line the serializer puts between them.
    const chunks: string[] = [];
    for (let from = 0, to = 0; from < doc.childCount; from = to) {
      to = Math.min(doc.childCount, from + CHUNK_BLOCKS);
      // Two lists of one kind side by side get an extra blank line between them: never cut there.
      while (to < doc.childCount && doc.child(to).type === doc.child(to - 1).type && /List$/.test(doc.child(to).type.name)) to++;
      const blocks: PmNode[] = [];
      for (let i = from; i < to; i++) blocks.push(doc.child(i));
      const text = serialize(doc.copy(Fragment.fromArray(blocks)), options);
      if (text !== '') chunks.push(text);
    }
    return chunks.join('\n\n');
  };
  return serializer;
}

/** Top-level blocks serialized at a time (see `serializer.serialize`). */
const CHUNK_BLOCKS = 32;

/**
 * Each text's marks in the order they are opened: the one that runs on furthest outermost.
 * prosemirror-markdown opens a text's marks in the order given (the schema's) and reorders only
 * against marks already open, so in `***foo** bar*` the bold would open outside the italic that
 * outlasts it: both would close after "foo" and the italic open again, the space between falling
 * out of it. A stable sort: marks that end together keep the schema's order.
 */
function marksByReach(node: PmNode): PmNode {
  const children: PmNode[] = [];
  node.forEach((child) => children.push(child));
  const reach = (mark: Mark, from: number): number => {
    let end = from;
    while (end + 1 < children.length && mark.isInSet((children[end + 1] as PmNode).marks)) end++;
    return end;
  };
  let changed = false;
  const ordered = children.map((child, i) => {
    if (child.marks.length < 2) return child;
    const marks = [...child.marks].sort((a, b) => reach(b, i) - reach(a, i));
    if (marks.every((mark, k) => mark === child.marks[k])) return child;
    changed = true;
    return child.mark(marks);
  });
  return changed ? node.copy(Fragment.fromArray(ordered)) : node;
}

/**
 * A list may follow a paragraph's line directly only when it starts at 1 and its first item is not
 * empty (CommonMark's rule for interrupting a paragraph); otherwise it would be read as part of the
 * paragraph, or its marker as a heading's underline. Such a list gets the blank line before it.
 */
function apart(state: MarkdownSerializerState, where: { parent: PmNode; index: number } | undefined, needed: boolean): void {
  if (!needed || !where || where.index === 0) return;
  const before = where.parent.child(where.index - 1);
  // A figure ends in a paragraph too (its image line, or its caption), and so does a captioned table.
  if ((before.type.name === 'paragraph' && before.childCount > 0) || before.type.name === 'figure' || (before.type.name === 'table' && before.attrs.caption))
    (state as unknown as { flushClose(size: number): void }).flushClose(2);
}

const firstItemEmpty = (list: PmNode): boolean => list.firstChild?.firstChild?.childCount === 0;

/** A table cell's paragraph on one line: a line break inside it becomes a space (a pipe table row is one line). */
function cellMarkdown(serialize: MarkdownSerializer['serialize'], cell: PmNode): string {
  const paragraph = cell.firstChild;
  if (!paragraph || paragraph.childCount === 0) return '';
  return inlineMarkdown(serialize, paragraph).replace(/\\\n/g, ' ').replace(/\n/g, ' ');
}

/** A text block's content as Markdown on its own (a cell's, a caption's), as a paragraph would write it. */
function inlineMarkdown(serialize: MarkdownSerializer['serialize'], block: PmNode): string {
  const { schema } = block.type;
  const paragraph = block.type === schema.nodes.paragraph ? block : schema.nodes.paragraph?.create(null, block.content);
  return paragraph ? serialize(schema.topNodeType.create(null, paragraph), { tightLists: true }).trim() : '';
}
