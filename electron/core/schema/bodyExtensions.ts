import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { Figure } from './figure';
import { isAllowedHref } from './link';

/** Subheads inside the body: the headline is the article's H1, so the body starts at H2. */
export const SUBHEAD_LEVELS = [2, 3] as const;

/**
 * The body's nodes and marks: paragraphs, H2/H3 subheads, bold, italic, links (http, https and
 * mailto only), blockquotes, bullet and ordered lists, hard breaks, and figures (photos with
 * caption, credit and alt text). The editor adds its node views
 * and keyboard behaviour on top; the library validates stored bodies against the same schema, so
 * the two can never disagree.
 */
export function bodyExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...SUBHEAD_LEVELS] },
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
    Figure,
  ];
}
