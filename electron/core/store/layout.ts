import { join } from 'node:path';
import { ArticleId } from '../article/schema';
import { LibraryError } from './errors';
import { message } from '../messages';

/** A creation in progress: the article is built here and renamed into place. */
export const STAGING_PREFIX = '.new-';

/**
 * Where everything lives inside a library folder. Documented in docs/library-format.md and resources/. An article
 * id becomes a folder name, so a path is made only from a valid id: "../../elsewhere" never is.
 */
export class LibraryLayout {
  constructor(readonly root: string) {}

  get index(): string {
    return join(this.root, 'library.json');
  }
  get articles(): string {
    return join(this.root, 'articles');
  }
  get trash(): string {
    return join(this.root, 'trash');
  }
  get search(): string {
    return join(this.root, 'search');
  }
  /** The library's own words for the spell checker. */
  get dictionary(): string {
    return join(this.root, 'dictionary.json');
  }
  get quarantine(): string {
    return join(this.root, 'quarantine');
  }
  articleDir(id: string): string {
    return join(this.articles, validId(id));
  }
  /** Where a new article is built before it is renamed into `articleDir`. */
  stagingDir(id: string): string {
    return join(this.articles, `${STAGING_PREFIX}${validId(id)}`);
  }
  articleFile(id: string): string {
    return join(this.articleDir(id), 'article.json');
  }
  mediaDir(id: string): string {
    return join(this.articleDir(id), 'media');
  }
  trashDir(id: string): string {
    return join(this.trash, validId(id));
  }
}

/** The id, when it is one; throws otherwise. */
export function validId(id: string): string {
  if (!ArticleId.safeParse(id).success) throw new LibraryError('invalid', message('notAnArticleId', { id }));
  return id;
}

/** The marker a trashed article's folder carries. */
export const TRASH_MARKER = 'trashed.json';
