import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { parseCaptionLine } from '../schema/captionLine';
import { isAllowedHref } from '../schema/link';
import { addNote, type ConversionNotes } from '../schema/prepareHtml';

/** What the Markdown importer passes through markdown-it's `env`. */
export interface MarkdownEnv {
  notes: ConversionNotes;
  /** Take the first top-level H1 out of the body as the headline (when the front matter gave none). */
  takeHeadline: boolean;
  headline?: string;
}

/**
 * markdown-it's token stream, reshaped into what the body's schema holds, before
 * prosemirror-markdown's parser reads it: the same mapping `prepareHtml` makes for HTML.
 */
export function bodyRules(md: InstanceType<typeof MarkdownIt>): void {
  md.core.ruler.push('copydesk_code', codeAsParagraphs);
  md.core.ruler.push('copydesk_marks', markRules);
  md.core.ruler.push('copydesk_images', images);
  md.core.ruler.push('copydesk_cells', cellParagraphs);
  md.core.ruler.push('copydesk_headline', headline);
}

const envOf = (state: StateCore): MarkdownEnv => state.env as unknown as MarkdownEnv;

function token(state: StateCore, type: string, tag: string, nesting: 1 | 0 | -1): Token {
  return new state.Token(type, tag, nesting);
}

function inlineToken(state: StateCore, children: Token[], content: string): Token {
  const inline = token(state, 'inline', '', 0);
  inline.children = children;
  inline.content = content;
  return inline;
}

function textToken(state: StateCore, content: string): Token {
  const text = token(state, 'text', '', 0);
  text.content = content;
  return text;
}

/** Code is not part of a news body: each line a paragraph of text, exactly as written. */
function codeAsParagraphs(state: StateCore): void {
  const out: Token[] = [];
  for (const tok of state.tokens) {
    if (tok.type !== 'fence' && tok.type !== 'code_block') {
      out.push(tok);
      continue;
    }
    addNote(envOf(state).notes, 'code');
    for (const line of tok.content.replace(/\n$/, '').split('\n')) {
      const text = line.replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length));
      out.push(token(state, 'paragraph_open', 'p', 1), inlineToken(state, text ? [textToken(state, text)] : [], text), token(state, 'paragraph_close', 'p', -1));
    }
  }
  state.tokens = out;
}

/**
 * Inline marks the schema holds once: emphasis inside emphasis (`*_a_*`, `****a****`) is one
 * italic or bold; inline code is its text; a link the article may not carry keeps its words.
 * Headings the body has no level for and rules are counted for the notes.
 */
function markRules(state: StateCore): void {
  const { notes } = envOf(state);
  for (const block of state.tokens) {
    if (block.type === 'hr') addNote(notes, 'rule');
    if (block.type === 'heading_open' && /^h[4-6]$/.test(block.tag)) addNote(notes, 'headingLevel');
    if (block.type !== 'inline' || !block.children) continue;
    const depth: Record<string, number> = { em: 0, strong: 0, link: 0 };
    const kept: Token[] = [];
    const dropped: boolean[] = [];
    for (const tok of block.children) {
      const [kind, edge] = tok.type.split('_') as [string, string | undefined];
      if (tok.type === 'code_inline') {
        kept.push(textToken(state, tok.content));
        continue;
      }
      if ((kind === 'em' || kind === 'strong') && (edge === 'open' || edge === 'close')) {
        if (edge === 'open' && (depth[kind] as number)++ > 0) continue;
        if (edge === 'close' && --(depth[kind] as number) > 0) continue;
      }
      if (tok.type === 'link_open') {
        const allowed = isAllowedHref(String(tok.attrGet('href') ?? ''));
        dropped.push(!allowed);
        if (!allowed) {
          addNote(notes, 'droppedLink');
          continue;
        }
      }
      if (tok.type === 'link_close' && dropped.pop()) continue;
      kept.push(tok);
    }
    block.children = kept;
  }
}

function altOf(image: Token): string {
  const text = (tokens: Token[]): string => tokens.map((tok) => (tok.type === 'image' ? text(tok.children ?? []) : tok.type === 'softbreak' || tok.type === 'hardbreak' ? ' ' : tok.content)).join('');
  return text(image.children ?? []).trim();
}

/**
 * Images become figures. A paragraph holding only an image is a figure in its place, and the
 * paragraph after it, when it ends in a photo credit, is its caption; an image inside a sentence
 * follows its block as a figure and leaves the sentence (and a link around it) whole; an image in
 * a table cell leaves its description.
 */
function images(state: StateCore): void {
  const { notes } = envOf(state);
  const tokens = state.tokens;
  const out: Token[] = [];
  let cellDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.type === 'th_open' || tok.type === 'td_open') cellDepth++;
    if (tok.type === 'th_close' || tok.type === 'td_close') cellDepth--;
    const children = tok.type === 'inline' ? (tok.children ?? []) : [];
    const found = children.filter((child) => child.type === 'image');
    if (found.length === 0) {
      out.push(tok);
      continue;
    }
    const rest = children.filter((child) => child.type !== 'image');
    if (cellDepth > 0) {
      tok.children = children.map((child) => (child.type === 'image' ? textToken(state, altOf(child)) : child));
      addNote(notes, 'tableImages', found.length);
      out.push(tok);
    } else if (isOnlyImage(rest) && tokens[i - 1]?.type === 'paragraph_open' && tokens[i + 1]?.type === 'paragraph_close') {
      out.pop();
      const caption = found.length === 1 ? captionAfter(tokens, i + 2, (tokens[i - 1] as Token).level) : null;
      found.forEach((image, n) => out.push(...figureTokens(state, altOf(image), n === found.length - 1 && caption ? caption : titleCaption(state, image))));
      i += caption ? 4 : 1;
    } else {
      // The figures of a sentence's images follow the block that held them.
      tok.children = rest;
      out.push(tok, ...(tokens[i + 1] ? [tokens[i + 1] as Token] : []), ...found.flatMap((image) => figureTokens(state, altOf(image), titleCaption(state, image))));
      addNote(notes, 'inlineImage', found.length);
      i += 1;
    }
  }
  state.tokens = out;
}

/** Only links wrapped around nothing, or blank text, besides the image. */
function isOnlyImage(rest: Token[]): boolean {
  return rest.every((child) => child.type === 'link_open' || child.type === 'link_close' || (child.type === 'text' && child.content.trim() === '') || child.type === 'softbreak');
}

interface Caption {
  children: Token[];
  credit: string;
  agency: string;
}

/** The paragraph starting at `index`, when its line ends in a photo credit: the caption, credit cut off. */
function captionAfter(tokens: Token[], index: number, level: number): Caption | null {
  const paragraph = tokens[index];
  const inline = tokens[index + 1];
  if (paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline' || tokens[index + 2]?.type !== 'paragraph_close' || paragraph.level !== level) return null;
  const children = inline.children ?? [];
  if (children.some((child) => child.type === 'image' || child.type === 'hardbreak')) return null;
  const text = children.map((child) => (child.type === 'softbreak' ? ' ' : child.content)).join('');
  const credit = parseCaptionLine(text, true);
  if (!credit) return null;
  const keep = credit.caption.length;
  let seen = 0;
  let started = false;
  const kept: Token[] = [];
  let open = 0;
  for (const child of children) {
    if (child.type !== 'text' && child.type !== 'softbreak') {
      // A mark opened within the caption's words closes where it closed; one opened in the credit is left out.
      if (child.nesting === -1 && open > 0) {
        open--;
        kept.push(child);
      } else if (child.nesting !== -1 && seen < keep) {
        if (child.nesting === 1) open++;
        kept.push(child);
      }
      continue;
    }
    let value = child.type === 'softbreak' ? ' ' : child.content;
    if (!started) {
      value = value.replace(/^\s+/, '');
      if (value === '') continue;
      started = true;
    }
    if (seen < keep) {
      const copy = Object.assign(Object.create(Object.getPrototypeOf(child) as object) as Token, child, { type: 'text', content: value.slice(0, keep - seen) });
      kept.push(copy);
    }
    seen += value.length;
  }
  if (open !== 0) return null;
  return { children: kept, credit: credit.credit, agency: credit.agency };
}

/**
 * Copydesk writes a caption that has no credit as the image's title, in Markdown (its bold,
 * italic and links): read as Markdown, through the same rules as any text.
 */
function titleCaption(state: StateCore, image: Token): Caption | null {
  const title = String(image.attrGet('title') ?? '');
  if (!title) return null;
  const [inline] = state.md.parseInline(title, state.env);
  const children = (inline?.children ?? []).filter((child) => child.type !== 'image');
  return { children: children.length > 0 ? children : [textToken(state, title)], credit: '', agency: '' };
}

function figureTokens(state: StateCore, alt: string, caption: Caption | null): Token[] {
  const open = token(state, 'figure_open', 'figure', 1);
  open.meta = { alt, credit: caption?.credit ?? '', agency: caption?.agency ?? '' };
  const children = caption?.children ?? [];
  return [open, inlineToken(state, children, children.map((child) => child.content).join('')), token(state, 'figure_close', 'figure', -1)];
}

/** GFM puts a cell's text straight in the cell; the schema's cell holds a paragraph. */
function cellParagraphs(state: StateCore): void {
  const out: Token[] = [];
  for (const tok of state.tokens) {
    if (tok.type === 'th_close' || tok.type === 'td_close') out.push(token(state, 'paragraph_close', 'p', -1));
    out.push(tok);
    if (tok.type === 'th_open' || tok.type === 'td_open') out.push(token(state, 'paragraph_open', 'p', 1));
  }
  state.tokens = out;
}

/** The first top-level H1 with words is the headline, unless the front matter named one. */
function headline(state: StateCore): void {
  const env = envOf(state);
  const tokens = state.tokens;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.type !== 'heading_open' || tok.tag !== 'h1' || tok.level !== 0) continue;
    const text = (tokens[i + 1]?.children ?? [])
      .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content))
      .join('')
      .trim();
    // An empty `#` names nothing: it stays where it is, a subhead like any other H1.
    if (first && env.takeHeadline && text !== '') {
      env.headline = text;
      tokens.splice(i, 3);
      i--;
    } else addNote(env.notes, 'headingLevel');
    first = false;
  }
}
