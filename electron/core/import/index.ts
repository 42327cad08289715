import { decodeText } from './decodeText';
import { parseDocx } from './docx';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { formatFromName, type ImportFormat } from './formats';
import { ImportError } from './importError';
import type { ImportedArticle } from './types';
import { parseWire } from './wire';
import { message } from '../messages';

export { ImportError } from './importError';
export { decodeText } from './decodeText';
export { parseWire } from './wire';
export { parseMarkdown } from './markdown';
export { parseHtml } from './html';
export { parseDocx } from './docx';
export { parseCaptionLine } from './credit';
export type { ImportedArticle, ImportNote, ImportResult } from './types';
export { workerImporter, type Importer, type WorkerLimits } from './workerImporter';

export { IMPORT_FORMATS, IMPORT_ACCEPT, formatFromName, type ImportFormat } from './formats';

/** Reads a file of a known format into article fields. Throws ImportError for what cannot be read. */
export async function importBytes(bytes: Uint8Array, name: string, format: ImportFormat | null = formatFromName(name)): Promise<ImportedArticle> {
  switch (format) {
    case 'txt':
      return parseWire(decodeText(bytes, name));
    case 'md':
      return parseMarkdown(decodeText(bytes, name), name);
    case 'html': {
      const { fields, photos, notes } = parseHtml(decodeText(bytes, name));
      return { fields, photos, notes };
    }
    case 'docx':
      return parseDocx(bytes, name);
    case null:
      throw new ImportError(message('unknownFormat', { name }));
  }
}
