import type { Message } from '../messages';
import type { LibraryLayout } from '../store/layout';

/** What the services of one open library share: where it is, whether they may write, where they report. */
export interface LibraryContext {
  layout: LibraryLayout;
  /** Opened to read only: nothing is written, not even a rebuilt index. */
  readOnly: boolean;
  /** What opening and using the library had to repair or could not do, to tell the reporter once. */
  notices: Message[];
  now: () => Date;
  /**
   * Coalesce index and search writes after changes (the app, which closes the library on quit):
   * both are caches, checked against the article files on open. Commands write at once.
   */
  deferWrites: boolean;
}
