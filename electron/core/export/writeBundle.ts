import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../store/durableFile';
import { LibraryError } from '../store/errors';
import type { ExportBundle } from './types';
import { message } from '../messages';

/**
 * Writes an export into `folder`, which must be new or empty: an export never overwrites files
 * that are already there. Returns the absolute paths written, the main file first.
 */
export async function writeBundle(folder: string, bundle: ExportBundle): Promise<{ main: string; files: string[] }> {
  const existing = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0) throw new LibraryError('conflict', message('exportFolderNotEmpty', { path: folder }));
  const files: string[] = [];
  for (const file of bundle.files) {
    const path = join(folder, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFileDurably(path, file.data);
    files.push(path);
  }
  return { main: join(folder, bundle.main), files };
}
