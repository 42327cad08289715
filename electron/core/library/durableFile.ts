import { open, rename, readFile, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Temp files of interrupted writes end in this, so `check` can recognise and clear them. */
export const TEMP_SUFFIX = '.copydesk-tmp';

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content: a uniquely
 * named temp file beside the target (two writers never share one), fsync, rename over the target,
 * fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path));
}

export async function syncDirectory(path: string): Promise<void> {
  const dir = await open(path, 'r');
  try {
    await dir.sync();
  } catch (error) {
    // Some file systems (and Windows) cannot fsync a directory; the rename is still atomic there.
    if (!['EINVAL', 'EPERM', 'EISDIR', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await dir.close();
  }
}

/**
 * A lowdb adapter over `writeFileDurably`. Reads go through `parse`, which receives the file's
 * text and must validate it (it throws on a damaged file); a missing file reads as null.
 */
/** How a file is written; tests pass one that fails like a full or read-only disk. */
export type FileWriter = (path: string, data: string | Uint8Array) => Promise<void>;

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly parse: (text: string) => T,
    private readonly writeFile: FileWriter = writeFileDurably,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.parse(text);
  }

  async write(data: T): Promise<void> {
    await this.writeFile(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
