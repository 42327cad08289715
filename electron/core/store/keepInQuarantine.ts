import { copyFile, lstat, mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LibraryLayout } from './layout';

/**
 * Copies a damaged file, byte for byte, into the library's quarantine/ before it is rebuilt (or
 * moves it there, with `move`: a folder, say). Returns where it went (relative to the library), or
 * null when it could not be kept.
 */
export async function keepInQuarantine(layout: LibraryLayout, path: string, now: Date, move = false): Promise<string | null> {
  const name = `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${basename(path)}`;
  try {
    await mkdir(layout.quarantine, { recursive: true });
    // A link is moved itself: copying it would copy whatever it points to, anywhere on the disk.
    const link = await lstat(path).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    await (move || link ? rename : copyFile)(path, join(layout.quarantine, name));
    return `quarantine/${name}`;
  } catch {
    return null;
  }
}
