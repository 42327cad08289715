import { join } from 'node:path';

/** Where everything lives inside a library folder. Documented in README and resources/. */
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
    return join(this.articles, id);
  }
  articleFile(id: string): string {
    return join(this.articleDir(id), 'article.json');
  }
  mediaDir(id: string): string {
    return join(this.articleDir(id), 'media');
  }
  trashDir(id: string): string {
    return join(this.trash, id);
  }
}

/** The marker a trashed article's folder carries. */
export const TRASH_MARKER = 'trashed.json';
