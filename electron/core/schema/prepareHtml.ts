import { parseCaptionLine } from './captionLine';

/**
 * What a conversion mapped or left out, in words a reporter reads after an import: the kind and
 * how many times. Messages are looked up by kind (`importNote.<kind>`).
 */
export type ConversionNoteKind =
  | 'activeContent'
  | 'embeddedMedia'
  | 'formControls'
  | 'code'
  | 'math'
  | 'rule'
  | 'mergedCells'
  | 'tableImages'
  | 'layoutTable'
  | 'headingLevel'
  | 'droppedLink'
  | 'inlineImage';

export type ConversionNotes = Map<ConversionNoteKind, number>;

export function addNote(notes: ConversionNotes, kind: ConversionNoteKind, count = 1): void {
  if (count > 0) notes.set(kind, (notes.get(kind) ?? 0) + count);
}

/** Gone with everything inside them: nothing in them is the article's text, and some of it runs. */
const ACTIVE = ['script', 'style', 'template', 'noscript', 'link', 'meta', 'base', 'head', 'title'];
const MEDIA = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'canvas', 'svg', 'map', 'portal', 'dialog'];
const CONTROLS = ['input', 'button', 'select', 'textarea', 'option'];
/** Elements that start a block of their own, inside which an image would break the text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'address', 'center', 'dl', 'dt', 'dd', 'li', 'ul', 'ol', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'pre', 'hr', 'body', 'form', 'fieldset', 'details', 'summary', 'hgroup',
]);

/** Blocks of text: an image inside one is inside a sentence. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'summary', 'address', 'pre']);

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
export function prepareHtml(root: Element): PreparedHtml {
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
  for (const figure of all(root, 'figure')) prepareFigure(figure, doc);
  for (const img of all(root, 'img')) if (!img.closest('figure')) looseImage(img, doc, notes);
  return { notes, figureSources: all(root, 'figure').map((figure) => figure.querySelector('img')?.getAttribute('src') ?? null) };
}

function all(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

function remove(root: Element, tags: string[], notes: ConversionNotes, kind: ConversionNoteKind): void {
  const found = all(root, tags.join(','));
  // An element inside another one removed is gone with it: count what the reporter would have seen.
  addNote(notes, kind, found.filter((element) => !element.parentElement?.closest(tags.join(','))).length);
  for (const element of found) element.remove();
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).localName);
}

/** Code is not part of a news body: each line of it a paragraph of text, exactly as written. */
function codeAsParagraphs(pre: Element, doc: Document, notes: ConversionNotes): void {
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
function prepareFigure(figure: Element, doc: Document): void {
  const images = all(figure, 'img');
  const caption = figure.querySelector('figcaption');
  if (images.length === 0 && figure.hasAttribute('data-figure')) {
    // Copydesk's own figure whose photo is still awaited: caption and credit, no image yet.
    if (caption) readCredit(caption, figure);
    return;
  }
  if (images.length === 0) {
    if (caption) rename(caption, 'p');
    figure.replaceWith(...figure.childNodes);
    return;
  }
  const [first, ...others] = images as [Element, ...Element[]];
  // Whatever else the figure held (a quote, a table, a second photo) follows it, words intact.
  const rest = [...figure.childNodes].filter((child) => child !== caption && !(child.nodeType === 1 && (child as Element).contains(first)) && child !== first);
  for (const image of others) if (!rest.some((node) => node.contains(image))) rest.push(image);
  const fresh = doc.createElement('figure');
  fresh.append(first);
  if (caption) {
    readCredit(caption, fresh);
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
    const credit = parseCaptionLine(`. ${span.textContent ?? ''}`);
    if (credit) {
      span.remove();
      setCredit(figure, credit.credit, credit.agency);
      return;
    }
  }
  const text = caption.textContent ?? '';
  const credit = parseCaptionLine(text.replace(/\s+/g, ' ').trim());
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
  if (!parseCaptionLine(text)) return;
  const caption = doc.createElement('figcaption');
  caption.append(...next.childNodes);
  next.remove();
  readCredit(caption, figure);
  figure.append(caption);
}

// ---- tables ----

const CELL_BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, dt, dd, section, article, header, footer, address, figure, figcaption, pre, hr';

/** A table of data (rows and columns of figures) rather than a page laid out with one. */
function isDataTable(table: Element, rows: Element[][]): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return false;
  if (table.querySelector('table')) return false;
  if (rows.some((row) => row.some((cell) => cell.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, figure').length > 1))) return false;
  if (table.querySelector('caption, thead, th')) return true;
  // One cell holding everything is a frame around the page, not a table of anything.
  return rows.length > 1 || rows.some((row) => row.length > 1);
}

function rowsOf(table: Element): Element[][] {
  const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
  return rows.map((row) => [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th'));
}

function prepareTable(table: Element, doc: Document, notes: ConversionNotes): void {
  const rows = rowsOf(table);
  if (!isDataTable(table, rows)) {
    // A layout table: its cells' content, in reading order, as blocks of their own.
    const blocks = rows.flat().map((cell) => rename(cell, 'div'));
    const caption = [...table.children].find((child) => child.localName === 'caption');
    table.replaceWith(...(caption ? [rename(caption, 'p')] : []), ...blocks);
    if (rows.length > 0) addNote(notes, 'layoutTable');
    return;
  }
  const header = rows[0] !== undefined && rows[0].length > 0 && (rows[0][0]?.closest('thead') !== null || rows[0].every((cell) => cell.localName === 'th'));
  // The grid: a merged cell keeps its text in its first place, the places it covered stay empty.
  const grid: (Element | null)[][] = rows.map(() => []);
  let merged = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      const colspan = Math.min(50, Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1));
      const rowspan = Math.min(rows.length - r, Math.max(1, Number.parseInt(cell.getAttribute('rowspan') ?? '1', 10) || 1));
      if (colspan > 1 || rowspan > 1) merged++;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) (grid[r + dr] as (Element | null)[])[c + dc] = dr === 0 && dc === 0 ? cell : null;
      c += colspan;
    }
  });
  addNote(notes, 'mergedCells', merged);
  const width = Math.max(1, ...grid.map((row) => row.length));
  const fresh = doc.createElement('table');
  const caption = [...table.children].find((child) => child.localName === 'caption');
  if (caption) fresh.setAttribute('data-caption', (caption.textContent ?? '').replace(/\s+/g, ' ').trim());
  grid.forEach((row, r) => {
    const tr = doc.createElement('tr');
    for (let c = 0; c < width; c++) {
      const cell = doc.createElement(header && r === 0 ? 'th' : 'td');
      const old = row[c];
      if (old) cell.append(...cellInline(old, doc));
      tr.append(cell);
    }
    fresh.append(tr);
  });
  table.replaceWith(fresh);
}

/** A cell's content as one line of text: its blocks joined by line breaks, nested lists item by item. */
function cellInline(cell: Element, doc: Document): Node[] {
  for (const block of all(cell, CELL_BLOCKS).reverse()) {
    const parts: Node[] = [...block.childNodes];
    if (block.previousSibling && (block.previousSibling.textContent ?? '').trim() !== '') parts.unshift(doc.createElement('br'));
    block.replaceWith(...parts);
  }
  for (const list of all(cell, 'ul, ol')) list.replaceWith(...list.childNodes);
  const nodes = [...cell.childNodes];
  while (nodes[0]?.nodeType === 1 && (nodes[0] as Element).localName === 'br') nodes.shift();
  while (nodes.at(-1)?.nodeType === 1 && (nodes.at(-1) as Element).localName === 'br') nodes.pop();
  return nodes;
}
