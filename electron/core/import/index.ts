import { decodeText } from './decodeText';
import { formatFromName, type ImportFormat } from './formats';
import { ImportError } from './importError';
import type { ImportedArticle } from './types';
import { parseWire } from './wire';

export { ImportError } from './importError';
export { decodeText } from './decodeText';
export { parseWire } from './wire';
export { parseCaptionLine } from './credit';
export type { ImportedArticle } from './types';

export { IMPORT_FORMATS, IMPORT_ACCEPT, formatFromName, type ImportFormat } from './formats';

/** Reads a file of a known format into article fields. Throws ImportError for what cannot be read. */
export function importBytes(bytes: Uint8Array, name: string, format: ImportFormat | null = formatFromName(name)): ImportedArticle {
  switch (format) {
    case 'txt':
      return parseWire(decodeText(bytes, name));
    case null:
      throw new ImportError(`${name}: Copydesk cannot tell its format from its name. Import plain-text wire copy (.txt).`);
  }
}
