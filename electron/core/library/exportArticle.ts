import type { Article } from '../article';
import { exportArticle, writeBundle, type ExportBundle, type ExportFormat } from '../export';
import { DISPLAY_PATH } from '../schema/figure';
import { slugify } from '../text';
import { articlePart } from '../store/contained';
import { readOwnFile } from '../store/durableFile';
import { LibraryError, ioError } from '../store/errors';
import { MAX_PHOTO_BYTES } from '../media/limits';
import type { LibraryLayout } from '../store/layout';
import { unusedFolder } from './unusedFolder';
import { message } from '../messages';

/** Exports a stored article: the files in memory, or written into a new or empty folder. */
export class ArticleExporter {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly get: (id: string) => Promise<Article>,
  ) {}

  /** The files of an export, in memory, made from the stored article (see core/export). */
  async bundle(id: string, format: ExportFormat, singleFile = false): Promise<ExportBundle> {
    return this.bundleOf(await this.get(id), format, singleFile);
  }

  /** Writes an export into a new folder named after the article inside `parent`. */
  async into(id: string, format: ExportFormat, parent: string, singleFile = false): Promise<{ folder: string; main: string; files: string[] }> {
    const article = await this.get(id);
    const folder = await unusedFolder(parent, `${slugify(article.headline) || article.id}-${format}`);
    return { folder, ...(await this.write(await this.bundleOf(article, format, singleFile), folder)) };
  }

  /** Writes an export into `folder`, which must be new or empty. */
  async intoFolder(id: string, format: ExportFormat, folder: string, singleFile = false): Promise<{ main: string; files: string[] }> {
    return this.write(await this.bundle(id, format, singleFile), folder);
  }

  private bundleOf(article: Article, format: ExportFormat, singleFile: boolean): Promise<ExportBundle> {
    return exportArticle(article, format, { singleFile, readMedia: (src) => this.readMedia(article.id, src) });
  }

  private async write(bundle: ExportBundle, folder: string): Promise<{ main: string; files: string[] }> {
    try {
      return await writeBundle(folder, bundle);
    } catch (error) {
      throw ioError(error, folder, 'doWriteExport');
    }
  }

  private async readMedia(id: string, src: string): Promise<Uint8Array> {
    if (!DISPLAY_PATH.test(src)) throw new LibraryError('invalid', message('notALibraryPhoto', { src }));
    // A photo file that is a link is not read: it could be any file of the computer.
    const path = await articlePart(this.layout.root, id, src);
    try {
      return await readOwnFile(path, MAX_PHOTO_BYTES);
    } catch (error) {
      throw ioError(error, src, 'doReadExportPhoto');
    }
  }
}
