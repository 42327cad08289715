import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { Figure } from './figure';
import { isAllowedHref } from './link';
import { Subhead } from './subhead';
import { BodyTable, BodyTableCell, BodyTableHeader, BodyTableRow } from './table';

export { SUBHEAD_LEVELS } from './subhead';

/**
 * The body's nodes and marks: paragraphs, H2/H3 subheads, bold, italic, links (http, https and
 * mailto only), blockquotes, bullet and ordered lists, hard breaks, figures (photos with
 * caption, credit and alt text) and tables (a header row, cells of text). The editor adds its node views
 * and keyboard behaviour on top; the library validates stored bodies against the same schema, so
 * the two can never disagree.
 */
export function bodyExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // It appends a paragraph to any body that ends in a list or quote, so merely opening such an
      // article would change it and save a new revision. Enter twice leaves a list instead.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url.includes(':') ? url : `https://${url}`),
      },
    }),
    Subhead,
    Figure,
    BodyTable,
    BodyTableRow,
    BodyTableHeader,
    BodyTableCell,
  ];
}
