import type { Node as PmNode } from '@tiptap/pm/model';
import { MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { stringify } from 'yaml';
import type { Article, BodyNode } from '../article';
import { bodySchema } from '../schema';
import { creditLine } from '../schema/credit';
import { isAllowedHref } from '../schema/link';
import { slugify } from '../text';
import { exportImages, figuresOf, type ExportImage } from './images';
import type { ExportBundle, ExportOptions } from './types';

/**
 * Text that must stay text: every character that can open markup anywhere is backslash-escaped
 * (CommonMark allows that for any ASCII punctuation), and those that do so only at the start of a
 * line (headings, quotes, list markers) when they stand there.
 */
function escapeText(text: string, startOfLine: boolean): string {
  const escaped = oneLine(text).replace(/[\\`*_[\]<>&~|]/g, (char) => `\\${char}`);
  if (!startOfLine) return escaped;
  return escaped.replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1').replace(/^([>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * A line end inside a text would end the Markdown line it stands in: what followed would be read as
 * a block of its own (a heading, a list, raw HTML after a blank line). Inside one block, a line end
 * reads as a space anyway.
 */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** A link or image destination, in angle brackets when it holds spaces or brackets. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\\]/g, (char) => `\\${char}`)}>` : url;
}

function serializer(article: Article, figureImages: (ExportImage | undefined)[]): MarkdownSerializer {
  let figure = 0;
  return new MarkdownSerializer(
    {
      paragraph(state, node) {
        state.renderInline(node);
        state.closeBlock(node);
      },
      heading(state, node) {
        state.write(`${state.repeat('#', node.attrs.level as number)} `);
        state.renderInline(node, false);
        state.closeBlock(node);
      },
      blockquote(state, node) {
        state.wrapBlock('> ', null, node, () => state.renderContent(node));
      },
      bulletList(state, node) {
        state.renderList(node, '  ', () => '- ');
      },
      orderedList(state, node) {
        const start = (node.attrs.start as number) || 1;
        const width = String(start + node.childCount - 1).length;
        state.renderList(node, state.repeat(' ', width + 2), (i) => {
          const number = String(start + i);
          return `${state.repeat(' ', width - number.length)}${number}. `;
        });
      },
      listItem(state, node) {
        state.renderContent(node);
      },
      hardBreak(state, node, parent, index) {
        for (let i = index + 1; i < parent.childCount; i++) {
          if (parent.child(i).type !== node.type) {
            state.write('\\\n');
            return;
          }
        }
      },
      text(state, node, parent, index) {
        // First in its block, or after a line break: where heading and list markers would count.
        const lineStart = index === 0 || parent.child(index - 1).type.name === 'hardBreak';
        state.text(escapeText(node.text ?? '', lineStart), false);
      },
      // The shape the Markdown importer reads back: the image alone in a paragraph, then the caption
      // ending in its credit.
      figure(state, node) {
        const image = figureImages[figure++];
        // Alt text, credit and agency come from the reporter or from a photo's own IPTC/XMP: text
        // like any other, escaped so that neither Markdown nor the raw HTML CommonMark lets through
        // can start in them.
        const alt = escapeText(String(node.attrs.alt ?? ''), false);
        state.write(`![${alt}](${image ? destination(image.url) : ''})`);
        state.closeBlock(node);
        const credit = creditLine(String(node.attrs.credit ?? ''), String(node.attrs.agency ?? ''), article.language);
        if (node.childCount === 0 && !credit) return;
        state.renderInline(node);
        if (credit) state.write(node.childCount > 0 ? ` ${escapeText(credit, false)}` : escapeText(credit, true));
        state.closeBlock(node);
      },
    },
    {
      italic: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
      bold: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
      link: {
        open: (_state: MarkdownSerializerState, mark) => (isAllowedHref(String(mark.attrs.href)) ? '[' : ''),
        close: (_state: MarkdownSerializerState, mark) => (isAllowedHref(String(mark.attrs.href)) ? `](${destination(String(mark.attrs.href))})` : ''),
      },
    },
    { strict: true },
  );
}

/**
 * YAML front matter in the shape Hugo, Jekyll and Astro read as is. The values are data, quoted by
 * the YAML writer wherever they need it, so no text can add a key of its own (`layout:`,
 * `permalink:`); they stay the reporter's exact text, one line each, because the site's templates
 * escape them for HTML (Hugo, Astro and Eleventy's Nunjucks by default, Jekyll's with `| escape`).
 */
function frontMatter(article: Article): string {
  const data: Record<string, unknown> = { title: oneLine(article.headline) };
  if (article.sapo) data.description = oneLine(article.sapo);
  if (article.byline.length > 0) data.authors = article.byline.map(oneLine);
  if (article.dateline.date) data.date = article.dateline.date;
  if (article.dateline.place) data.dateline = oneLine(article.dateline.place);
  if (article.source) data.source = oneLine(article.source);
  if (article.tags.length > 0) data.tags = article.tags.map(oneLine);
  data.lang = article.language;
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** The article as CommonMark with YAML front matter; photos in images/ (or embedded). */
export async function exportMarkdown(article: Article, options: ExportOptions): Promise<ExportBundle> {
  const images = await exportImages(article, options);
  const figureImages = figuresOf(article).map((node: BodyNode) => images.get(node));
  const doc: PmNode = bodySchema().nodeFromJSON(article.body);
  const body = serializer(article, figureImages).serialize(doc, { tightLists: true });
  const main = `${slugify(article.headline) || article.id}.md`;
  const text = `${frontMatter(article)}\n${body.trim()}\n`;
  return { main, files: [{ path: main, data: text }, ...[...images.values()].flatMap((image) => (image.file ? [image.file] : []))] };
}
