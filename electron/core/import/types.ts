import type { Article, ArticlePatch, BodyNode } from '../article/schema';
import type { ConversionNoteKind } from '../schema/prepareHtml';

/** Something the file held that the article maps or leaves out, and how many times. */
export interface ImportNote {
  kind: ConversionNoteKind;
  count: number;
}

/** What an importer makes of a file: the article's fields, and any photos the file carried. */
export interface ImportedArticle {
  fields: ArticlePatch;
  /** Photos embedded in the file (a Word document's), each for the figure at `figure` (0-based, in body order). */
  photos: { bytes: Uint8Array; name: string; figure: number }[];
  /** What was mapped or dropped on the way in (empty when the file fits the article exactly). */
  notes: ImportNote[];
}

/** A file imported into the library: the new article, and what the import mapped or left out. */
export interface ImportResult {
  article: Article;
  notes: ImportNote[];
}

export function paragraph(text: string): BodyNode {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}
