import MarkdownIt from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import { parse as parseYaml } from 'yaml';
import type { ArticlePatch, BodyDoc } from '../article/schema';
import { bodySchema } from '../schema';
import { EMPTY_FIGURE } from '../schema/figure';
import type { ConversionNotes } from '../schema/prepareHtml';
import { detectLanguage, languageFromDeclaration } from '../text';
import { notesOf } from './bodyFromDom';
import { ImportError } from './importError';
import { bodyRules, type MarkdownEnv } from './markdownRules';
import { tidyBody } from './tidyBody';
import type { ImportedArticle } from './types';
import { message, errorText } from '../messages';

let parser: MarkdownParser | undefined;

/**
 * CommonMark with GFM's pipe tables, raw HTML off ("<not a tag>" stays text, no markup passes
 * through), read by prosemirror-markdown into the body's schema after `bodyRules` has mapped what
 * the schema does not hold.
 */
function markdownParser(): MarkdownParser {
  if (parser) return parser;
  const md = new MarkdownIt('commonmark', { html: false, linkify: false }).enable('table');
  bodyRules(md);
  parser = new MarkdownParser(bodySchema(), md, {
    paragraph: { block: 'paragraph' },
    blockquote: { block: 'blockquote' },
    bullet_list: { block: 'bulletList' },
    ordered_list: { block: 'orderedList', getAttrs: (tok) => ({ start: Number(tok.attrGet('start') ?? 1) }) },
    list_item: { block: 'listItem' },
    // The headline is the article's H1: the body's subheads are H2 and H3.
    heading: { block: 'heading', getAttrs: (tok) => ({ level: tok.tag === 'h1' || tok.tag === 'h2' ? 2 : 3 }) },
    hardbreak: { node: 'hardBreak' },
    em: { mark: 'italic' },
    strong: { mark: 'bold' },
    link: { mark: 'link', getAttrs: (tok) => ({ href: tok.attrGet('href') }) },
    figure: { block: 'figure', getAttrs: (tok) => ({ ...EMPTY_FIGURE, ...(tok.meta as object) }) },
    table: { block: 'table' },
    thead: { ignore: true },
    tbody: { ignore: true },
    tr: { block: 'tableRow' },
    th: { block: 'tableHeader' },
    td: { block: 'tableCell' },
    hr: { ignore: true, noCloseToken: true },
  });
  return parser;
}

type Block = BodyDoc['content'][number];
const TABLE_CAPTION = /^Table: (.+)$/;

/**
 * Tables as Copydesk writes them in Markdown: a GFM table needs a header row, so one without gets
 * an empty one, dropped here; its caption follows it as Pandoc writes one (`Table: …`).
 */
function tableShapes(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const node of blocks) {
    const previous = out.at(-1);
    const only = node.type === 'paragraph' && node.content?.length === 1 ? node.content[0] : undefined;
    const caption = only?.text !== undefined && !only.marks ? TABLE_CAPTION.exec(only.text)?.[1] : undefined;
    if (previous?.type === 'table' && !previous.attrs?.caption && caption) {
      previous.attrs = { ...previous.attrs, caption };
      continue;
    }
    if (node.type === 'table' && node.content) {
      const [first, ...rest] = node.content;
      const empty = first?.content?.every((cell) => cell.type === 'tableHeader' && !(cell.content ?? []).some((p) => (p.content ?? []).length > 0));
      out.push(empty && rest.length > 0 ? { ...node, content: rest } : node);
      continue;
    }
    out.push(node.content && node.text === undefined && !['paragraph', 'heading', 'figure'].includes(node.type) ? { ...node, content: tableShapes(node.content) } : node);
  }
  return out;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Markdown with YAML front matter, as Hugo, Jekyll and Astro write it: title, author(s), date,
 * tags, description (the sapo), lang, dateline, source, section. A paragraph holding only an image
 * becomes a figure; the paragraph after it, when it ends in a credit, is its caption.
 */
export function parseMarkdown(text: string, name: string): ImportedArticle {
  const front = FRONT_MATTER.exec(text);
  const meta = front ? readFrontMatter(front[1] ?? '', name) : null;
  const notes: ConversionNotes = new Map();
  const fields: ArticlePatch = { ...meta?.fields };
  const env: MarkdownEnv = { notes, takeHeadline: !fields.headline };
  const doc = markdownParser().parse(meta ? text.slice((front as RegExpExecArray)[0].length) : text, env);
  if (env.headline !== undefined && !fields.headline) fields.headline = env.headline;
  fields.body = tidyBody({ type: 'doc', content: tableShapes((doc.toJSON() as BodyDoc).content) });
  fields.language ??= detectLanguage(`${fields.headline ?? ''}\n${fields.sapo ?? ''}\n${doc.textBetween(0, doc.content.size, ' ', ' ')}`.slice(0, 20_000));
  return { fields, photos: [], notes: notesOf(notes) };
}

/**
 * Front matter is a YAML mapping: a block between `---` lines that is not one (a thematic break,
 * a heading underlined with dashes) is the body's own Markdown and is read as such.
 */
function readFrontMatter(yamlText: string, name: string): { fields: ArticlePatch } | null {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    if (!/^\s*[\w-]+\s*:/m.test(yamlText)) return null;
    throw new ImportError(message('badFrontMatter', { name, reason: errorText(error).split('\n')[0] ?? '' }));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const meta = data as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined);
  const list = (value: unknown): string[] | undefined =>
    Array.isArray(value)
      ? value.map(text).filter((item): item is string => !!item)
      : typeof value === 'string'
        ? value
            .split(/[,;]/)
            .map((item) => item.trim())
            .filter(Boolean)
        : undefined;
  const fields: ArticlePatch = {};
  const headline = text(meta.title);
  if (headline) fields.headline = headline;
  const sapo = text(meta.description ?? meta.summary ?? meta.sapo);
  if (sapo) fields.sapo = sapo;
  const byline = list(meta.authors ?? meta.author ?? meta.byline);
  if (byline) fields.byline = byline;
  const tags = list(meta.tags ?? meta.keywords);
  if (tags) fields.tags = tags;
  const source = text(meta.source);
  if (source) fields.source = source;
  const section = text(meta.section ?? meta.category);
  if (section) fields.section = section;
  const date = text(meta.date)?.slice(0, 10);
  const place = text(meta.dateline);
  if ((date && /^\d{4}-\d{2}-\d{2}$/.test(date)) || place) fields.dateline = { place: place ?? '', date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
  const language = languageFromDeclaration(text(meta.lang ?? meta.language));
  if (language) fields.language = language;
  return { fields };
}
