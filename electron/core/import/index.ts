import { extname } from 'node:path';
import { decodeText } from './decodeText';
import { ImportError } from './importError';
import type { ImportedArticle } from './types';
import { parseWire } from './wire';

export { ImportError } from './importError';
export { decodeText } from './decodeText';
export { parseWire } from './wire';
export { parseCaptionLine } from './credit';
export type { ImportedArticle } from './types';

export const IMPORT_FORMATS = ['txt'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat> = { '.txt': 'txt', '.text': 'txt' };

/** The format a file's name implies, or null. */
export function formatFromName(name: string): ImportFormat | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

/** Reads a file of a known format into article fields. Throws ImportError for what cannot be read. */
export function importBytes(bytes: Uint8Array, name: string, format: ImportFormat | null = formatFromName(name)): ImportedArticle {
  switch (format) {
    case 'txt':
      return parseWire(decodeText(bytes, name));
    case null:
      throw new ImportError(`${name}: Copydesk cannot tell its format from its name. Import plain-text wire copy (.txt).`);
  }
}
