import { DISPLAY_PATH, ORIGINAL_PATH, isAllowedHref } from '../../electron/core/schema';
import { rename } from '../../electron/core/schema/domParts';
import { prepareHtml } from '../../electron/core/schema/prepareHtml';

/** The attributes each pasted element may keep (anything else, event handlers first, goes). */
const KEPT: Record<string, readonly string[]> = {
  a: ['href'],
  ol: ['start'],
  img: ['alt'],
  table: ['data-caption'],
  figure: ['data-credit', 'data-agency', 'data-alt'],
};
/** A figure copied inside the editor: its photo fields, kept only when they name a library photo. */
const OWN_FIGURE = ['data-figure', 'data-src', 'data-original', 'data-sha256', 'data-mime', 'data-width', 'data-height', 'data-taken-at'];
/** Bold and italic set as style (Google Docs, Word Online), read before the style goes. */
const WEIGHT = /(?:^|;)\s*font-weight\s*:\s*([^;]+)/i;
const SLANT = /(?:^|;)\s*font-style\s*:\s*([^;]+)/i;

/**
 * Pasted HTML, made inert and shaped as import shapes a file: parsed in a document of its own
 * (where nothing loads or runs), then through the same `prepareHtml` as an imported page (tables
 * keep their rows and cells, figures their caption and credit, code its lines), then stripped of
 * every attribute the body's parse rules do not read; links kept only when http, https or mailto.
 */
export function sanitizePastedHtml(html: string): string {
  return preparePasted(inertBody(html.normalize('NFC')));
}

/**
 * Pasted HTML parsed into a document with no window (a template's): nothing in it loads, runs or
 * is styled. Chromium still reports each inline style and handler it meets to the page's CSP,
 * which refuses them; what this returns carries none, so the editor's own parse reports nothing.
 */
export function inertBody(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const body = template.content.ownerDocument.createElement('body');
  body.append(template.content);
  return body;
}

/** The work of `sanitizePastedHtml` on a parsed body (any standard DOM). */
export function preparePasted(body: HTMLElement): string {
  // A picture outside a figure is decoration or a link's icon: a photo comes in through the photo
  // pipeline. In a table cell its description stays (prepareHtml), in a figure its caption does.
  for (const img of body.querySelectorAll('img')) if (!img.closest('figure, td, th')) img.remove();
  prepareHtml(body, { ownFigures: true });
  for (const element of body.querySelectorAll('[style]')) styleAsTags(element);
  for (const element of body.querySelectorAll('*')) keepReadAttributes(element);
  return body.innerHTML;
}

function keepReadAttributes(element: Element): void {
  const kept = KEPT[element.localName] ?? [];
  const ownFigure = element.localName === 'figure' && isOwnFigure(element);
  for (const { name, value } of [...element.attributes]) {
    // ProseMirror's own mark on text copied from an editor: how deep the copied slice was open.
    if (name === 'data-pm-slice') continue;
    if (name === 'href' && !isAllowedHref(value)) element.removeAttribute(name);
    else if (!kept.includes(name) && !(ownFigure && OWN_FIGURE.includes(name))) element.removeAttribute(name);
  }
}

/**
 * Bold and italic given as style become the tags the editor reads; a `<b>` styled back to normal
 * weight (Google Docs wraps a whole copied document in one) is not bold. No style is kept: the
 * editor draws its own.
 */
function styleAsTags(element: Element): void {
  const style = element.getAttribute('style') ?? '';
  element.removeAttribute('style');
  const weight = WEIGHT.exec(style)?.[1]?.trim().toLowerCase();
  const slant = SLANT.exec(style)?.[1]?.trim().toLowerCase();
  let target = element;
  const plain = (value: string) => value === 'normal' || (Number(value) > 0 && Number(value) < 600);
  if ((weight && plain(weight) && ['b', 'strong'].includes(target.localName)) || (slant === 'normal' && ['i', 'em'].includes(target.localName))) target = rename(target, 'span');
  if (weight && (/^bold/.test(weight) || Number(weight) >= 600) && !['b', 'strong'].includes(target.localName)) wrapContent(target, 'strong');
  if ((slant === 'italic' || slant === 'oblique') && !['i', 'em'].includes(target.localName)) wrapContent(target, 'em');
}

function wrapContent(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...element.childNodes);
  element.append(wrapper);
}

function isOwnFigure(figure: Element): boolean {
  if (!figure.hasAttribute('data-figure')) return false;
  const src = figure.getAttribute('data-src');
  const original = figure.getAttribute('data-original');
  return (src === null || DISPLAY_PATH.test(src)) && (original === null || ORIGINAL_PATH.test(original));
}
