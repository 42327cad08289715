import { access, constants, mkdir, stat } from 'node:fs/promises';
import { LibraryError, ioError } from '../store/errors';
import type { LibraryLayout } from '../store/layout';
import { message } from '../messages';

/** Checks the library folder before anything is read: it exists (or is made), is a folder, can be written. */
export async function prepareFolder(layout: LibraryLayout, create: boolean, readOnly: boolean): Promise<void> {
  const info = await stat(layout.root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw ioError(error, layout.root, 'doOpenLibrary');
  });
  if (info === null && !create) throw new LibraryError('not-found', message('libraryFolderMissing', { path: layout.root }));
  if (info !== null && !info.isDirectory()) throw new LibraryError('invalid', message('notAFolder', { path: layout.root }));
  if (readOnly) return;
  try {
    await mkdir(layout.articles, { recursive: true });
    await access(layout.root, constants.W_OK);
  } catch (error) {
    throw new LibraryError('io', message('libraryNotWritable', { path: layout.root, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
}
