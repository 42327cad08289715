import type { ArticlePatch, BodyNode } from '../article/schema';

/** What an importer makes of a file: the article's fields, and any photos the file carried. */
export interface ImportedArticle {
  fields: ArticlePatch;
  /** Photos embedded in the file (a Word document's), each for the figure at `figure` (0-based, in body order). */
  photos: { bytes: Uint8Array; name: string; figure: number }[];
}

export function paragraph(text: string): BodyNode {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}
