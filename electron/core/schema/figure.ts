import { Node } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/** A figure's attributes. The caption is the node's inline content. */
export interface FigureAttributes {
  /** The display copy, relative to the article folder; null while the photo is awaited. */
  src: string | null;
  /** The original as received, relative to the article folder. */
  original: string | null;
  sha256: string | null;
  mime: string | null;
  /** Of the display copy, for the exports' width and height attributes. */
  width: number | null;
  height: number | null;
  alt: string;
  /** The photographer(s), as a name: the "ẢNH:"/"Photo:" label is presentation, not stored. */
  credit: string;
  /** The agency or owner, if any. */
  agency: string;
  /** When the photo was taken (camera local time), from its metadata. */
  takenAt: string | null;
}

export const EMPTY_FIGURE: FigureAttributes = {
  src: null,
  original: null,
  sha256: null,
  mime: null,
  width: null,
  height: null,
  alt: '',
  credit: '',
  agency: '',
  takenAt: null,
};

/** The display copy, the only picture a figure shows and an export carries: its metadata (GPS too) stripped. */
export const DISPLAY_PATH = /^media\/[0-9a-f]{64}\.display\.(?:jpg|png)$/;
/** The photo as received, metadata and all: kept beside the display copy, never shown or exported. */
export const ORIGINAL_PATH = /^media\/[0-9a-f]{64}\.(?:jpg|png|webp|gif)$/;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure at the selection (after the current block when inside text). */
      insertFigure: (attributes: Partial<FigureAttributes>, caption?: string) => ReturnType;
      /** Moves the figure at `pos` one block up or down. */
      moveFigure: (pos: number, direction: -1 | 1) => ReturnType;
    };
  }
}

const DATA: Record<keyof FigureAttributes, string> = {
  src: 'data-src',
  original: 'data-original',
  sha256: 'data-sha256',
  mime: 'data-mime',
  width: 'data-width',
  height: 'data-height',
  alt: 'data-alt',
  credit: 'data-credit',
  agency: 'data-agency',
  takenAt: 'data-taken-at',
};
/** Read only from the editor's own copy (`data-figure`): a page's figure brings words, never a file reference. */
const MEDIA = new Set<keyof FigureAttributes>(['src', 'original', 'sha256', 'mime', 'width', 'height', 'takenAt']);

/**
 * Each field travels as a data attribute, so that a figure copied inside the editor pastes whole.
 * A figure from elsewhere gives its alt text from its image and its credit from `prepareHtml`.
 */
function attribute(key: keyof FigureAttributes, fallback: FigureAttributes[keyof FigureAttributes]) {
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => {
      const own = element.hasAttribute('data-figure');
      if (MEDIA.has(key) && !own) return fallback;
      const value = element.getAttribute(DATA[key]);
      if (value === null) return key === 'alt' ? (element.querySelector('img')?.getAttribute('alt') ?? '').trim() : fallback;
      return typeof fallback === 'number' || key === 'width' || key === 'height' ? Number(value) || null : value;
    },
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[key];
      return value === null || value === '' ? {} : { [DATA[key]]: String(value) };
    },
  };
}

/**
 * A news photo: the image, an inline caption (bold, italic, links), the photographer's credit,
 * the agency and alt text, kept as separate fields. The editor adds its node view to this node.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic link',
  draggable: true,
  isolating: true,
  defining: true,

  addAttributes() {
    return Object.fromEntries((Object.keys(EMPTY_FIGURE) as (keyof FigureAttributes)[]).map((key) => [key, attribute(key, EMPTY_FIGURE[key])]));
  },

  parseHTML() {
    // A page's <figure> reaches here holding one image and its caption: prepareHtml sees to that.
    return [{ tag: 'figure', contentElement: (figure) => figure.querySelector('figcaption') ?? figure.ownerDocument.createElement('figcaption') }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as FigureAttributes;
    return ['figure', { 'data-figure': '', ...HTMLAttributes }, ['img', { src: attrs.src ?? '', alt: attrs.alt }], ['figcaption', 0]];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes, caption) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes.figure;
          if (!type) return false;
          const content = caption ? state.schema.text(caption) : undefined;
          const node = type.create({ ...EMPTY_FIGURE, ...attributes }, content);
          const { $from } = state.selection;
          if (dispatch) {
            let at: number;
            if ($from.depth === 0) at = state.selection.to;
            else if ($from.depth === 1 && $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0) {
              // An empty paragraph gives its place to the figure.
              at = $from.before(1);
              tr.delete(at, $from.after(1));
            } else at = $from.after(1); // after the paragraph, rather than splitting the sentence
            tr.insert(at, node);
            // Something to type into after a figure that ends the body.
            const paragraph = state.schema.nodes.paragraph;
            if (paragraph && at + node.nodeSize === tr.doc.content.size) tr.insert(at + node.nodeSize, paragraph.create());
            // The cursor goes into the caption: what a reporter writes next. A further photo lands after this one.
            tr.setSelection(TextSelection.create(tr.doc, at + 1 + node.content.size));
          }
          return true;
        },
      moveFigure:
        (pos, direction) =>
        ({ state, tr, dispatch }) => {
          const $pos = state.doc.resolve(pos);
          const node = state.doc.nodeAt(pos);
          if (!node || node.type.name !== 'figure' || $pos.depth !== 0) return false;
          const index = $pos.index(0);
          const neighbour = state.doc.maybeChild(index + direction);
          if (!neighbour) return false;
          if (dispatch) {
            tr.delete(pos, pos + node.nodeSize);
            const target = direction === -1 ? pos - neighbour.nodeSize : pos + neighbour.nodeSize;
            tr.insert(target, node);
          }
          return true;
        },
    };
  },
});

/** What a figure still lacks before the piece can go out. */
export type FigureGap = 'photo' | 'caption' | 'credit' | 'alt';

export function figureGaps(node: PmNode): FigureGap[] {
  const attrs = node.attrs as FigureAttributes;
  const gaps: ('photo' | 'caption' | 'credit' | 'alt')[] = [];
  if (!attrs.src) gaps.push('photo');
  if (node.textContent.trim() === '') gaps.push('caption');
  if (attrs.credit.trim() === '') gaps.push('credit');
  if (attrs.alt.trim() === '') gaps.push('alt');
  return gaps;
}
