import { access, constants, mkdir, stat } from 'node:fs/promises';
import { LibraryError, ioError } from './errors';
import type { LibraryLayout } from './layout';

/** Checks the library folder before anything is read: it exists (or is made), is a folder, can be written. */
export async function prepareFolder(layout: LibraryLayout, create: boolean, readOnly: boolean): Promise<void> {
  const info = await stat(layout.root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw ioError(error, layout.root, 'open the library');
  });
  if (info === null && !create) throw new LibraryError('not-found', `The library folder does not exist: ${layout.root}`);
  if (info !== null && !info.isDirectory()) throw new LibraryError('invalid', `Not a folder: ${layout.root}`);
  if (readOnly) return;
  try {
    await mkdir(layout.articles, { recursive: true });
    await access(layout.root, constants.W_OK);
  } catch (error) {
    throw new LibraryError('io', `The library folder cannot be written to: ${layout.root} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
