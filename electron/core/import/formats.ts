/** The formats Copydesk imports. Pure: shared with the bridge contract. */
export const IMPORT_FORMATS = ['txt'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat> = { txt: 'txt', text: 'txt' };

/** The format a file's name implies, or null. */
export function formatFromName(name: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

/** File types the import dialog offers. */
export const IMPORT_ACCEPT = '.txt,.text,text/plain';
