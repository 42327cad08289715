import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { LibraryError, ioError } from './errors';
import { message, type Message } from '../messages';

export const LOCK_FILE = '.copydesk.lock';

export const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  owner: z.enum(['app', 'cli']),
  since: z.string(),
});
export type LockInfo = z.infer<typeof LockInfo>;

export interface LibraryLock {
  readonly info: LockInfo;
  /** The lock was left by a writer that no longer runs: it may have stopped mid-write. */
  readonly tookOver: boolean;
  release(): Promise<void>;
}

/**
 * Takes the one-writer lock of a library. A lock left by a process that no longer runs on this
 * machine is taken over; a live one (or one from another machine on a shared folder) is refused
 * with a message that says who holds it.
 */
export async function acquireLock(root: string, owner: LockInfo['owner'], now: Date): Promise<LibraryLock> {
  const path = join(root, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), owner, since: now.toISOString() };
  let tookOver = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(info));
      await handle.close();
      return { info, tookOver, release: () => releaseLock(path, info) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new LibraryError('not-found', message('libraryFolderMissing', { path: root }));
      if (code !== 'EEXIST') throw ioError(error, path, 'doLock');
    }
    const holder = await readLock(root);
    if (holder && isLive(holder)) throw new LibraryError('locked', lockedMessage(root, holder));
    await unlink(path).catch(() => undefined);
    tookOver = true;
  }
  throw new LibraryError('locked', message('lockContended', { path: root }));
}

/** Who holds the library's lock now, if anyone alive does. */
export async function readLock(root: string): Promise<LockInfo | null> {
  let text: string;
  try {
    text = await readFile(join(root, LOCK_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    return LockInfo.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

export async function liveLockHolder(root: string): Promise<LockInfo | null> {
  const holder = await readLock(root);
  return holder && isLive(holder) ? holder : null;
}

export function lockedMessage(root: string, holder: LockInfo): Message {
  return message(holder.owner === 'app' ? 'lockedByApp' : 'lockedByCommand', { path: root, pid: holder.pid, host: holder.host });
}

function isLive(holder: LockInfo): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseLock(path: string, info: LockInfo): Promise<void> {
  try {
    const current = LockInfo.parse(JSON.parse(await readFile(path, 'utf8')));
    if (current.pid === info.pid && current.since === info.since) await unlink(path);
  } catch {
    // Already gone or replaced: nothing of ours to release.
  }
}
