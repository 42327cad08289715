import Heading from '@tiptap/extension-heading';

/** Subheads inside the body: the headline is the article's H1, so the body starts at H2. */
export const SUBHEAD_LEVELS = [2, 3] as const;

/**
 * H2 and H3 subheads. Every other heading level is mapped rather than lost: an H1 inside the body
 * (the headline has been taken out by then) becomes an H2, H4 to H6 become H3. Paste and import
 * read the same rules.
 */
export const Subhead = Heading.extend({
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level: level <= 2 ? 2 : 3 } }));
  },
}).configure({ levels: [...SUBHEAD_LEVELS] });
