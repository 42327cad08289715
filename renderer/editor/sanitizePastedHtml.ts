import { isAllowedHref } from '../../electron/core/schema/link';

const DROPPED = 'script, style, iframe, frame, object, embed, applet, form, input, button, select, textarea, svg, math, template, noscript, canvas, video, audio, link, meta, base, img';

/**
 * Pasted HTML, made inert before the editor reads it: parsed in a document of its own (where
 * nothing loads or runs), active elements and every event handler removed, links kept only when
 * http, https or mailto. Images are dropped: photos come in through the photo pipeline.
 */
export function sanitizePastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(html.normalize('NFC'), 'text/html');
  for (const element of document.querySelectorAll(DROPPED)) element.remove();
  for (const element of document.body.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) {
      const keep = name === 'href' ? isAllowedHref(element.getAttribute('href') ?? '') : ['colspan', 'rowspan', 'start'].includes(name);
      if (!keep) element.removeAttribute(name);
    }
  }
  return document.body.innerHTML;
}
