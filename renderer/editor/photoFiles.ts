import type { Editor } from '@tiptap/core';
import { figureFromPhoto } from '../../electron/core/media/figureFromPhoto';
import type { PhotoImport } from '../../electron/core/media/schema';
import type { FigureAttributes } from '../../electron/core/schema/figure';

/** The same limit the core applies, checked first so a huge file is never read into the page. */
export const MAX_PHOTO_BYTES = 50 * 1024 * 1024;

/** Inserts a stored photo as a figure at the selection, caption and credit filled from its metadata. */
export function insertPhoto(editor: Editor, imported: PhotoImport): void {
  const { attrs, caption } = figureFromPhoto(imported);
  editor.chain().focus(undefined, { scrollIntoView: true }).insertFigure(attrs, caption).run();
}

/**
 * Puts a new photo into the figure at `pos`, keeping its caption, credit and alt text; what the
 * figure lacks is filled from the new photo's metadata.
 */
export function replacePhoto(editor: Editor, pos: number, imported: PhotoImport): void {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== 'figure') return;
  const current = node.attrs as FigureAttributes;
  const { attrs, caption } = figureFromPhoto(imported);
  const keep = (own: string, fromFile: string): string => (own.trim() !== '' ? own : fromFile);
  const tr = editor.state.tr.setNodeMarkup(pos, undefined, {
    ...attrs,
    credit: keep(current.credit, attrs.credit),
    agency: keep(current.agency, attrs.agency),
    alt: keep(current.alt, attrs.alt),
  });
  if (node.content.size === 0 && caption !== '') tr.insertText(caption, pos + 1);
  editor.view.dispatch(tr);
}
