import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { isAllowedHref } from '../../electron/core/schema';

/**
 * What a reader sees of a Markdown document, as a list of blocks (`h2: text`, `li>p: text`, …):
 * the structure and the words, with emphasis and links marked inline. Rendered by markdown-it as
 * CommonMark with GFM tables and raw HTML off (as Copydesk reads Markdown: `<b>` is text), then
 * mapped as docs/formats.md says an import maps it, so that the source and Copydesk's export of it
 * can be compared: H1 → H2 (the first one is the headline, taken out by the caller), H4–H6 → H3,
 * code → its lines as paragraphs, inline code → text, rules left out, emphasis inside the same
 * emphasis once, links Copydesk may not carry → their words, an image → a figure after its block,
 * an image in a table cell → its description. Loose and tight lists read alike (a reader sees the
 * same items), as do whitespace runs and spaces at an emphasis edge.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false }).enable('table');

export function renderedShape(source: string, options: { headline?: string } = {}): string[] {
  const html = markdown.render(source);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Element;
  if (options.headline !== undefined) {
    const first = [...body.children].find((child) => child.localName === 'h1' && collapse(child.textContent ?? '') === options.headline);
    first?.remove();
  }
  mapAsImport(body, document as unknown as Document);
  const blocks: string[] = [];
  shape(body, '', blocks);
  return blocks;
}

function all(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

function rename(element: Element, tag: string, doc: Document): Element {
  const fresh = doc.createElement(tag);
  fresh.append(...element.childNodes);
  element.replaceWith(fresh);
  return fresh;
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function mapAsImport(body: Element, doc: Document): void {
  for (const h of all(body, 'h1')) rename(h, 'h2', doc);
  for (const h of all(body, 'h4, h5, h6')) rename(h, 'h3', doc);
  for (const pre of all(body, 'pre')) {
    const lines = (pre.textContent ?? '').replace(/\n$/, '').split('\n');
    pre.replaceWith(
      ...lines.map((line) => {
        const p = doc.createElement('p');
        p.textContent = line.replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length));
        return p;
      }),
    );
  }
  for (const code of all(body, 'code')) unwrap(code);
  for (const hr of all(body, 'hr')) hr.remove();
  for (const tag of ['em', 'strong']) for (const inner of all(body, `${tag} ${tag}`)) unwrap(inner);
  for (const link of all(body, 'a')) if (!isAllowedHref(link.getAttribute('href') ?? '')) unwrap(link);
  for (const img of all(body, 'td img, th img')) img.replaceWith(doc.createTextNode(img.getAttribute('alt') ?? ''));
  for (const img of all(body, 'img').reverse()) {
    const figure = doc.createElement('figure');
    figure.setAttribute('alt', collapse(img.getAttribute('alt') ?? ''));
    // Copydesk reads an image's title as Markdown (the caption it writes there keeps its marks).
    figure.textContent = parseHTML(`<p>${markdown.renderInline(img.getAttribute('title') ?? '')}</p>`).document.querySelector('p')?.textContent ?? '';
    let block: Element | null = img.parentElement;
    while (block && !/^(p|h\d|li|blockquote|body|td|th)$/.test(block.localName)) block = block.parentElement;
    img.remove();
    if (!block || block.localName === 'body' || block.localName === 'li' || block.localName === 'blockquote') {
      (block ?? body).append(figure);
      continue;
    }
    block.after(figure);
    if (collapse(block.textContent ?? '') === '' && !block.querySelector('br')) block.remove();
  }
}

const BLOCKS = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'figure', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'th', 'td']);

function shape(element: Element, path: string, out: string[]): void {
  for (const child of element.children) {
    const name = child.localName;
    if (!BLOCKS.has(name)) continue;
    const here = name === 'thead' || name === 'tbody' ? path : path ? `${path}>${name}` : name;
    if (name === 'figure') out.push(`${here}[${child.getAttribute('alt')}]: ${collapse(child.textContent ?? '')}`);
    else if (name === 'ol') out.push(`${here} start=${child.getAttribute('start') ?? '1'}`);
    if (TEXT_BLOCKS.has(name)) {
      const text = inline(child, name === 'h2' || name === 'h3');
      // An empty paragraph is nothing a reader sees (and the importer keeps none between blocks).
      if (text !== '' || name !== 'p') out.push(`${here}: ${text}`);
    } else if (name === 'li' && [...child.childNodes].some((node) => node.nodeType === 3 || (node.nodeType === 1 && !BLOCKS.has((node as Element).localName)))) {
      // A tight list's item: each run of its text is the paragraph a loose list would have there.
      let run: Element | null = null;
      for (const node of [...child.childNodes]) {
        if (node.nodeType === 1 && BLOCKS.has((node as Element).localName)) {
          run = null;
          continue;
        }
        if (!run) {
          run = child.ownerDocument.createElement('p');
          node.before(run);
        }
        run.append(node);
      }
      shape(child, here, out);
    } else if (name !== 'figure') shape(child, here, out);
  }
}

/** A block's inline content with its marks, whitespace at a mark's edge moved outside it. */
function inline(block: Element, heading: boolean): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const element = node as Element;
      const name = element.localName;
      if (name === 'br') {
        parts.push(heading ? ' ' : '⏎');
        return;
      }
      const mark = name === 'strong' ? 'b' : name === 'em' ? 'i' : name === 'a' ? `a ${element.getAttribute('href')}` : null;
      if (mark) parts.push(`⟨${mark}⟩`);
      for (const child of element.childNodes) walk(child);
      if (mark) parts.push(`⟨/${mark.split(' ')[0]}⟩`);
    }
  };
  for (const child of block.childNodes) walk(child);
  let text = parts.join('').replace(/[ \t\r\n]+/g, ' ');
  for (let before = ''; before !== text;) {
    before = text;
    text = text
      .replace(/ (⟨\/[^⟩]+⟩)/g, '$1 ')
      .replace(/(⟨[^/⟩][^⟩]*⟩) /g, ' $1')
      .replace(/⟨([bi])⟩⟨\/\1⟩/g, '')
      .replace(/⟨\/([bi])⟩⟨\1⟩/g, '')
      // A line break carries no emphasis of its own: italic across it and italic on each side read alike.
      .replace(/⟨\/([bi])⟩⏎⟨\1⟩/g, '⏎')
      .replace(/ {2,}/g, ' ')
      .replace(/^⏎+|⏎+$/g, '')
      .replace(/ ?⏎ ?/g, '⏎');
  }
  return text.trim();
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
