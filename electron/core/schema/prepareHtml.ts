import { parseCaptionLine } from './captionLine';
import { addNote, type ConversionNoteKind, type ConversionNotes } from './conversionNotes';
import { all, rename } from './domParts';
import { prepareTable } from './prepareTable';

export { addNote, type ConversionNoteKind, type ConversionNotes } from './conversionNotes';

/** Gone with everything inside them: nothing in them is the article's text, and some of it runs. */
const ACTIVE = ['script', 'style', 'template', 'noscript', 'link', 'meta', 'base', 'head', 'title'];
const MEDIA = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'canvas', 'svg', 'map', 'portal', 'dialog'];
const CONTROLS = ['input', 'button', 'select', 'textarea', 'option'];
/** Elements that start a block of their own, inside which an image would break the text. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'address',
  'center',
  'dl',
  'dt',
  'dd',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'pre',
  'hr',
  'body',
  'form',
  'fieldset',
  'details',
  'summary',
  'hgroup',
]);

/** Blocks of text: an image inside one is inside a sentence. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'summary', 'address', 'pre']);

export interface PrepareOptions {
  /**
   * Figures copied out of the editor itself (`data-figure`) keep their fields, photo included: a
   * figure cut and pasted inside an article moves whole. Off for files from elsewhere, where such
   * attributes name no photo of this article.
   */
  ownFigures?: boolean;
}

export interface PreparedHtml {
  notes: ConversionNotes;
  /** The `src` of each figure's image, in body order: a Word document's photos are matched by it. */
  figureSources: (string | null)[];
}

/**
 * Reshapes an HTML fragment, in place, into what the body's schema reads without losing words: the
 * one step before ProseMirror's DOMParser, shared by import (on the server DOM) and by paste (on
 * the page's). Active content goes; code becomes paragraphs; a figure holds one image and its
 * caption (the credit at the caption's end read into the figure's fields), anything else it held
 * follows it; an image inside a sentence follows its paragraph instead of splitting it; a data
 * table becomes a plain grid with its header row, a layout table gives its cells' content back.
 * Works on any standard DOM (linkedom in core, the browser's in the editor).
 */
export function prepareHtml(root: Element, options: PrepareOptions = {}): PreparedHtml {
  const notes: ConversionNotes = new Map();
  const doc = root.ownerDocument;
  remove(root, ACTIVE, notes, 'activeContent');
  remove(root, MEDIA, notes, 'embeddedMedia');
  remove(root, CONTROLS, notes, 'formControls');
  // A MathML formula keeps its text; the TeX source some pages add beside it would repeat it.
  for (const annotation of all(root, 'annotation, annotation-xml')) annotation.remove();
  addNote(notes, 'math', all(root, 'math').length);
  addNote(notes, 'rule', all(root, 'hr').length);
  for (const element of all(root, '[class*="dropcap" i], [class*="drop-cap" i]')) rename(element, 'span');
  for (const pre of all(root, 'pre')) codeAsParagraphs(pre, doc, notes);
  addNote(notes, 'headingLevel', all(root, 'h4, h5, h6').length);
  for (const table of all(root, 'table').reverse()) prepareTable(table, doc, notes);
  for (const figure of all(root, 'figure')) prepareFigure(figure, doc, options.ownFigures === true);
  for (const img of all(root, 'img')) if (!img.closest('figure')) looseImage(img, doc, notes);
  return { notes, figureSources: all(root, 'figure').map((figure) => figure.querySelector('img')?.getAttribute('src') ?? null) };
}

function remove(root: Element, tags: string[], notes: ConversionNotes, kind: ConversionNoteKind): void {
  const found = all(root, tags.join(','));
  // An element inside another one removed is gone with it: count what the reporter would have seen.
  addNote(notes, kind, found.filter((element) => !element.parentElement?.closest(tags.join(','))).length);
  for (const element of found) element.remove();
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).localName);
}

/** Code is not part of a news body: each line of it a paragraph of text, exactly as written. */
function codeAsParagraphs(pre: Element, doc: Document, notes: ConversionNotes): void {
  // Some pages end a code line with <br> rather than a newline.
  for (const br of all(pre, 'br')) br.replaceWith(doc.createTextNode('\n'));
  const lines = (pre.textContent ?? '').replace(/\n$/, '').split('\n');
  const paragraphs = lines.map((line) => {
    const p = doc.createElement('p');
    // Leading spaces are indentation the paragraph keeps: non-breaking, so HTML does not fold them.
    p.textContent = line.replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length));
    return p;
  });
  pre.replaceWith(...paragraphs);
  addNote(notes, 'code');
}

/** A figure with one image and its caption; a figure without an image is just its content. */
function prepareFigure(figure: Element, doc: Document, ownFigures: boolean): void {
  const images = all(figure, 'img');
  const caption = figure.querySelector('figcaption');
  if (images.length === 0 && figure.hasAttribute('data-figure')) {
    // Copydesk's own figure whose photo is still awaited: caption and credit, no image yet.
    if (caption && !figure.hasAttribute('data-credit')) readCredit(caption, figure);
    return;
  }
  if (images.length === 0) {
    if (caption) rename(caption, 'p');
    figure.replaceWith(...figure.childNodes);
    return;
  }
  const [first] = images as [Element, ...Element[]];
  // Whatever else the figure held (a quote, a table, a second photo, an attribution beside the
  // photo in its frame) follows it, words intact.
  caption?.remove();
  first.remove();
  const rest = [...figure.childNodes];
  const fresh = doc.createElement('figure');
  if (ownFigures && figure.hasAttribute('data-figure')) {
    for (const { name, value } of [...figure.attributes]) if (name.startsWith('data-')) fresh.setAttribute(name, value);
  }
  fresh.append(first);
  if (caption) {
    // A figure of the editor's own has its credit as a field already; its caption is only caption.
    if (!fresh.hasAttribute('data-credit')) readCredit(caption, fresh);
    fresh.append(caption);
  }
  figure.replaceWith(fresh, ...rest);
}

/**
 * The credit at the end of a caption ("… ẢNH: VŨ LỢI", "… (Photo: AFP)", or Copydesk's own
 * `<span class="credit">`) moves from the caption's text into the figure's credit and agency.
 */
function readCredit(caption: Element, figure: Element): void {
  const span = caption.querySelector('.credit');
  if (span) {
    const credit = parseCaptionLine(span.textContent ?? '', true);
    if (credit) {
      span.remove();
      setCredit(figure, credit.credit, credit.agency);
      return;
    }
  }
  const text = caption.textContent ?? '';
  const credit = parseCaptionLine(text.replace(/\s+/g, ' ').trim(), true);
  if (!credit) return;
  const kept = credit.caption.length;
  let seen = 0;
  // Walk the caption's text in order; what lies past the caption's own words is the credit.
  const texts = textNodes(caption);
  const collapsed = (value: string) => value.replace(/\s+/g, ' ');
  let started = false;
  for (const node of texts) {
    let value = collapsed(node.data);
    if (!started) {
      const trimmed = value.replace(/^\s+/, '');
      if (trimmed === '') continue;
      value = trimmed;
      started = true;
    }
    if (seen >= kept) node.data = '';
    else if (seen + value.length > kept) node.data = value.slice(0, kept - seen);
    seen += value.length;
  }
  setCredit(figure, credit.credit, credit.agency);
}

function textNodes(node: Node, found: Text[] = []): Text[] {
  if (node.nodeType === 3) found.push(node as Text);
  else for (const child of node.childNodes) textNodes(child, found);
  return found;
}

function setCredit(figure: Element, credit: string, agency: string): void {
  figure.setAttribute('data-credit', credit);
  figure.setAttribute('data-agency', agency);
}

/**
 * An image outside any figure. Alone in its block (a Word picture, a Markdown image line), it is a
 * figure in that place; inside a sentence, the figure follows the block and the sentence (and the
 * link around it) stays whole. In a table cell, only its description stays. Tracking pixels go.
 */
function looseImage(img: Element, doc: Document, notes: ConversionNotes): void {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if ((width > 0 && width <= 2) || (height > 0 && height <= 2)) {
    img.remove();
    return;
  }
  const cell = img.closest('td, th');
  if (cell) {
    const alt = img.getAttribute('alt') ?? '';
    img.replaceWith(doc.createTextNode(alt));
    addNote(notes, 'tableImages');
    return;
  }
  let block: Element | null = img.parentElement;
  while (block && !isBlock(block)) block = block.parentElement;
  const figure = doc.createElement('figure');
  if (!block || !TEXT_BLOCKS.has(block.localName)) {
    // Among blocks (a <div>, an <article>, a list item): the photo stands where it is.
    img.replaceWith(figure);
    figure.append(img);
    captionFromNext(figure, figure, doc);
    return;
  }
  figure.append(img);
  if ((block.textContent ?? '').trim() === '' && block.querySelectorAll('img').length === 0) {
    captionFromNext(block, figure, doc);
    block.replaceWith(figure);
    return;
  }
  block.after(figure);
  addNote(notes, 'inlineImage');
}

/** The paragraph after a picture, when it ends in a photo credit, is its caption (Word, Markdown). */
function captionFromNext(holder: Element, figure: Element, doc: Document): void {
  let next = holder.nextSibling;
  while (next && next.nodeType === 3 && (next.textContent ?? '').trim() === '') next = next.nextSibling;
  if (!next || next.nodeType !== 1 || (next as Element).localName !== 'p') return;
  const text = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!parseCaptionLine(text, true)) return;
  const caption = doc.createElement('figcaption');
  caption.append(...next.childNodes);
  next.remove();
  readCredit(caption, figure);
  figure.append(caption);
}
