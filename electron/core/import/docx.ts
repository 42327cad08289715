import mammoth from 'mammoth';
import { checkArchive } from './checkArchive';
import { parseHtml } from './html';
import { ImportError } from './importError';
import type { ImportedArticle } from './types';
import { wordDocumentModel, wordStyleMap } from './wordStyles';
import { message, errorText } from '../messages';

const PHOTO_SRC = 'copydesk-photo:';

/**
 * A Word document, through mammoth: the Title style is the headline, headings are subheads,
 * Quote, Intense Quote and indented paragraphs are block quotes, bold and italic come from direct
 * formatting and from character styles alike, then the HTML importer reads the result. Each
 * embedded image becomes a figure, and its bytes come along to be stored by the photo pipeline
 * like any other photo.
 */
export async function parseDocx(bytes: Uint8Array, name: string): Promise<ImportedArticle> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError(message('notDocx', { name }));
  }
  const parts = await checkArchive(bytes, name, ['word/styles.xml']);
  const images: { bytes: Uint8Array; name: string }[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: wordStyleMap(parts.get('word/styles.xml') ?? ''),
        transformDocument: wordDocumentModel,
        convertImage: mammoth.images.imgElement(async (image) => {
          const data = await image.readAsBuffer();
          images.push({ bytes: new Uint8Array(data), name: `${name} image ${images.length + 1}` });
          return { src: `${PHOTO_SRC}${images.length - 1}` };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(message('docxDamaged', { name, reason: errorText(error) }));
  }
  // One <article>: its first <h1> (the Title style, or the first Heading 1) is the headline.
  const { fields, figureSources, notes } = parseHtml(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const photos = figureSources.flatMap((src, figure) => {
    const index = src?.startsWith(PHOTO_SRC) ? Number(src.slice(PHOTO_SRC.length)) : NaN;
    const image = images[index];
    return image ? [{ ...image, figure }] : [];
  });
  return { fields, photos, notes };
}
