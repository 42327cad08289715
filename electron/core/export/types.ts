export const EXPORT_FORMATS = ['html', 'md', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Relative to the export folder, with forward slashes. */
  path: string;
  data: string | Uint8Array;
}

/** What an exporter makes: the main file and every file beside it, in memory. */
export interface ExportBundle {
  main: string;
  files: ExportFile[];
}

export interface ExportOptions {
  /** Photos as data URIs inside the main file instead of files in images/. @default false */
  singleFile?: boolean;
  /** Reads a display copy (a figure's `src`, relative to the article folder). */
  readMedia(src: string): Promise<Uint8Array>;
}
