import type { BodyDoc, BodyNode } from '../article';
import { figureFromPhoto, type PhotoImport } from '../media';
import type { ImportedArticle } from '../import';

/**
 * Puts the photos a document carried into its figures (the nth figure in body order), the
 * document's own caption, credit and alt text first. A photo the pipeline refuses leaves its
 * figure awaiting a photo, caption intact.
 */
export async function attachPhotos(body: BodyDoc, photos: ImportedArticle['photos'], store: (photo: ImportedArticle['photos'][number]) => Promise<PhotoImport>): Promise<BodyDoc> {
  const figures: BodyNode[] = [];
  const collect = (node: BodyNode): void => {
    if (node.type === 'figure') figures.push(node);
    node.content?.forEach(collect);
  };
  const copy = structuredClone(body);
  copy.content.forEach(collect);
  for (const photo of photos) {
    const figure = figures[photo.figure];
    if (!figure) continue;
    let stored: PhotoImport;
    try {
      stored = await store(photo);
    } catch {
      continue;
    }
    const own = figure.attrs ?? {};
    const text = (key: string): string | undefined => (typeof own[key] === 'string' && own[key] !== '' ? own[key] : undefined);
    const { attrs, caption: fromFile } = figureFromPhoto(stored, { credit: text('credit'), alt: text('alt') });
    figure.attrs = { ...attrs, agency: text('agency') ?? attrs.agency };
    if ((figure.content ?? []).length === 0 && fromFile) figure.content = [{ type: 'text', text: fromFile }];
  }
  return copy;
}
