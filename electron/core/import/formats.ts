/** The formats Copydesk imports. Pure: shared with the bridge contract. */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Wire copy and documents are small; anything larger is not an article. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<string, ImportFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', xhtml: 'html', docx: 'docx' };

/** The format a file's name implies, or null. */
export function formatFromName(name: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

/** File types the import dialog offers. */
export const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
