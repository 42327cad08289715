import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LibraryLayout } from './layout';

/**
 * Copies a damaged file, byte for byte, into the library's quarantine/ before it is rebuilt.
 * Returns where it went (relative to the library), or null when it could not be kept.
 */
export async function keepInQuarantine(layout: LibraryLayout, path: string, now: Date): Promise<string | null> {
  const name = `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${basename(path)}`;
  try {
    await mkdir(layout.quarantine, { recursive: true });
    await copyFile(path, join(layout.quarantine, name));
    return `quarantine/${name}`;
  } catch {
    return null;
  }
}
