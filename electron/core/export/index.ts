import type { Article } from '../article';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';
import type { ExportBundle, ExportFormat, ExportOptions } from './types';
import { exportWire } from './wire';

export { EXPORT_FORMATS, type ExportFormat, type ExportBundle, type ExportFile, type ExportOptions } from './types';
export { exportHtml, EXPORT_CSP, EXPORT_STYLE_HASH } from './html';
export { exportMarkdown } from './markdown';
export { exportWire } from './wire';
export { writeBundle } from './writeBundle';

/** One function per format, from the stored article to the files of the export. */
export function exportArticle(article: Article, format: ExportFormat, options: ExportOptions): Promise<ExportBundle> {
  switch (format) {
    case 'html':
      return exportHtml(article, options);
    case 'md':
      return exportMarkdown(article, options);
    case 'txt':
      return Promise.resolve(exportWire(article));
  }
}
