import { constants } from 'node:fs';
import { lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { MessageError, message } from '../messages';

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

async function syncDirectory(path: string): Promise<void> {
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

/** A file of the library that is not read: a link out of it, not a plain file, or too large. */
export class OwnFileError extends MessageError {}

/** The library's JSON files (index, search snapshot): a 100,000-article index is some 50 MB. */
export const MAX_OWN_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Opens one of the library's own files without following a link at its name: through a link, a
 * read or a write could reach any file on the disk. (Windows has no O_NOFOLLOW: the name is looked
 * at first there.)
 */
async function openOwn(path: string, flags: number, mode?: number): Promise<FileHandle> {
  const noFollow = constants.O_NOFOLLOW as number | undefined;
  if (
    noFollow === undefined &&
    (await lstat(path).then(
      (info) => info.isSymbolicLink(),
      () => false,
    ))
  )
    throw new OwnFileError(message('fileIsLink'));
  try {
    return await open(path, flags | (noFollow ?? 0), mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new OwnFileError(message('fileIsLink'));
    throw error;
  }
}

/**
 * Reads one of the library's own files, as the library wrote it: a link at its name is not
 * followed, a pipe or device is not read (it could block for ever), and a file larger than
 * `maxBytes` is refused before any of it is read.
 */
export async function readOwnFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await openOwn(path, constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new OwnFileError(message('fileNotPlain'));
    if (info.size > maxBytes) {
      throw new OwnFileError(message('fileTooLarge', { megabytes: Math.ceil(info.size / 1048576), limit: Math.round(maxBytes / 1048576) }));
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** `readOwnFile`, as UTF-8 text. */
export async function readOwnText(path: string, maxBytes: number): Promise<string> {
  return (await readOwnFile(path, maxBytes)).toString('utf8');
}

/**
 * Adds a line to one of the library's own files (a journal), creating it if needed, never through
 * a link at its name: appended through a link, the line would land in any file of the computer.
 */
export async function appendOwnFile(path: string, text: string): Promise<void> {
  const handle = await openOwn(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o644);
  try {
    await handle.appendFile(text);
  } finally {
    await handle.close();
  }
}

/** How a file is written; tests pass one that fails like a full or read-only disk. */
export type FileWriter = (path: string, data: string | Uint8Array) => Promise<void>;

/**
 * A lowdb adapter over `writeFileDurably`. Reads go through `parse`, which receives the file's
 * text and must validate it (it throws on a damaged file); a missing file reads as null.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly parse: (text: string) => T,
    private readonly writeFile: FileWriter = writeFileDurably,
    /** Larger files are refused unread (OwnFileError). @default MAX_OWN_FILE_BYTES */
    private readonly maxBytes = MAX_OWN_FILE_BYTES,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readOwnText(this.path, this.maxBytes);
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
