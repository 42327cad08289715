import type { Article } from '../article';
import { MediaError, figureFromPhoto, storePhoto, type GivenPhotoText, type PhotoImport } from '../media';
import { articlePart } from '../store/contained';
import { LibraryError, ioError } from '../store/errors';
import type { ArticleWrites } from './articleWrites';
import { cleanUnreferencedMedia, type MediaCleanUp } from './cleanMedia';
import type { LibraryContext } from './context';
import type { RevisionStore } from './revisions';

/** A photo kept and its figure, as the command line's add-photo reports it. */
export type AddedFigure = ReturnType<typeof figureFromPhoto> & { media: PhotoImport['media'] };

/** The photos in an article's media folder: kept, placed, and the unused ones moved to the trash. */
export class ArticlePhotos {
  constructor(
    private readonly context: LibraryContext,
    private readonly writes: ArticleWrites,
    private readonly revisions: RevisionStore,
  ) {}

  /**
   * Keeps a photo in the article's media folder and says what its metadata holds. The article
   * itself is not changed: the editor places the figure, and its next save records it.
   */
  keep(id: string, bytes: Uint8Array, name: string): Promise<PhotoImport> {
    return this.writes.run(async () => {
      await this.writes.get(id);
      const media = await articlePart(this.context.layout.root, id, 'media');
      try {
        return await storePhoto(media, bytes, name);
      } catch (error) {
        if (error instanceof MediaError) throw new LibraryError('invalid', error.said);
        throw ioError(error, this.context.layout.mediaDir(id), 'doKeepPhoto');
      }
    });
  }

  /** Keeps a photo and appends its figure to the article, in one save (the CLI's add-photo). */
  async add(id: string, bytes: Uint8Array, name: string, given: GivenPhotoText = {}): Promise<{ article: Article; figure: AddedFigure }> {
    const imported = await this.keep(id, bytes, name);
    const figure = figureFromPhoto(imported, given);
    const current = await this.writes.get(id);
    const node = { type: 'figure', attrs: { ...figure.attrs }, ...(figure.caption ? { content: [{ type: 'text', text: figure.caption }] } : {}) };
    const article = await this.writes.save(id, { body: { type: 'doc', content: [...current.body.content, node] } }, current.revision);
    return { article, figure: { ...figure, media: imported.media } };
  }

  /** Moves the photos an article and its snapshots no longer use into the library's trash (see cleanUnreferencedMedia). */
  cleanUnused(id: string): Promise<MediaCleanUp> {
    return this.writes.run(async () => {
      const revisions = await Promise.all((await this.revisions.list(id)).map(async (revision) => (await this.revisions.get(id, revision.id))?.article));
      return cleanUnreferencedMedia(
        this.context.layout,
        await this.writes.get(id),
        this.context.now(),
        revisions.filter((article) => article !== undefined),
      );
    });
  }
}
