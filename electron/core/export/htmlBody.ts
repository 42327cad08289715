import { DOMSerializer, type Node as PmNode } from '@tiptap/pm/model';
import { parseHTML } from 'linkedom';
import type { BodyDoc } from '../article';
import { bodySchema } from '../schema';
import { isAllowedHref } from '../schema/link';

/** What a figure shows in an export: its image's exported address, size and credit line. */
export interface FigureHtml {
  url: string | null;
  width: number | null;
  height: number | null;
  credit: string;
}

/**
 * The body as HTML, through ProseMirror's DOMSerializer from the schema's own `renderHTML`, on
 * linkedom's DOM: a node added to the schema is exported the day it is added, never dropped.
 * Two nodes are written for readers rather than for the editor: a figure (its photo, caption and
 * credit line) and a link (its address alone). A table's header row goes into <thead>.
 */
export function bodyHtml(body: BodyDoc, figure: (node: PmNode) => FigureHtml): string {
  const schema = bodySchema();
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const dom = document;
  const base = DOMSerializer.fromSchema(schema);
  const serializer = new DOMSerializer(
    {
      ...base.nodes,
      figure: (node) => {
        const out = figure(node);
        const element = dom.createElement('figure');
        if (out.url !== null) {
          const img = dom.createElement('img');
          img.setAttribute('src', out.url);
          img.setAttribute('alt', String(node.attrs.alt ?? ''));
          if (out.width !== null && out.height !== null) {
            img.setAttribute('width', String(out.width));
            img.setAttribute('height', String(out.height));
          }
          img.setAttribute('loading', 'lazy');
          element.append(img);
        } else {
          // The photo is awaited: the figure says what it is, so that it imports back as one.
          element.setAttribute('data-figure', '');
          if (node.attrs.alt) element.setAttribute('data-alt', String(node.attrs.alt));
        }
        if (node.childCount > 0 || out.credit) {
          const caption = dom.createElement('figcaption');
          caption.append(serializer.serializeFragment(node.content, { document: dom }));
          if (out.credit) {
            const credit = dom.createElement('span');
            credit.className = 'credit';
            credit.textContent = out.credit;
            if (node.childCount > 0) caption.append(' ');
            caption.append(credit);
          }
          element.append(caption);
        }
        return element;
      },
    },
    {
      ...base.marks,
      link: (mark) => (isAllowedHref(String(mark.attrs.href)) ? ['a', { href: String(mark.attrs.href) }, 0] : ['span', 0]),
    },
  );
  const root = dom.createElement('div');
  root.append(serializer.serializeFragment(schema.nodeFromJSON(body).content, { document: dom }));
  for (const table of root.querySelectorAll('table')) {
    const first = table.querySelector('tr');
    if (first?.querySelector('th')) {
      const head = dom.createElement('thead');
      table.querySelector('tbody')?.before(head);
      head.append(first);
    }
  }
  // A cell's one paragraph is its text: <td>12,5%</td>, as every CMS writes it.
  for (const paragraph of root.querySelectorAll('td > p, th > p')) paragraph.replaceWith(...paragraph.childNodes);
  for (const span of root.querySelectorAll('span:not([class])')) span.replaceWith(...span.childNodes);
  // linkedom writes an HTML document's attribute values with only their quotes escaped (its
  // Attr.toString): an alt text "&amp;" would be read back as "&". Escaped here, once, before writing.
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) if (attribute.value.includes('&')) element.setAttribute(attribute.name, attribute.value.replace(/&/g, '&amp;'));
  }
  return [...root.children].map((child) => child.outerHTML).join('\n');
}
