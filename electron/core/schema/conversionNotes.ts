/**
 * What a conversion mapped or left out, in words a reporter reads after an import: the kind and
 * how many times. Messages are looked up by kind (`importNote.<kind>`).
 */
export const CONVERSION_NOTE_KINDS = [
  'activeContent',
  'embeddedMedia',
  'formControls',
  'code',
  'math',
  'rule',
  'mergedCells',
  'tableImages',
  'layoutTable',
  'headingLevel',
  'droppedLink',
  'inlineImage',
  'pageAround',
] as const;

export type ConversionNoteKind = (typeof CONVERSION_NOTE_KINDS)[number];

export type ConversionNotes = Map<ConversionNoteKind, number>;

export function addNote(notes: ConversionNotes, kind: ConversionNoteKind, count = 1): void {
  if (count > 0) notes.set(kind, (notes.get(kind) ?? 0) + count);
}
