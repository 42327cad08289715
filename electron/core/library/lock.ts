import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { LibraryError, ioError } from '../store/errors';
import { TEMP_SUFFIX, readOwnText } from '../store/durableFile';
import { processStartTime } from './processStart';
import { message, type Message } from '../messages';

export const LOCK_FILE = '.copydesk.lock';

/**
 * A lock file that cannot be read as a lock (empty, half written by a system without hard links,
 * damaged) is taken as held until it is this old: a writer fills its lock within milliseconds.
 */
export const UNREADABLE_LOCK_SETTLE_MS = 10_000;

/** A take-over claim older than this was left by a process that died taking over (it takes milliseconds). */
const CLAIM_STALE_MS = 10_000;

export const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  owner: z.enum(['app', 'cli']),
  since: z.string(),
  /** When the holding process started (ms since 1970), so a process that took its PID later is not taken for it. */
  started: z.number().optional(),
  /** Unique to this taking of the lock: a release never removes a lock taken since by someone else. */
  token: z.string().optional(),
});
export type LockInfo = z.infer<typeof LockInfo>;

export interface LibraryLock {
  readonly info: LockInfo;
  /** The lock was left by a writer that no longer runs: it may have stopped mid-write. */
  readonly tookOver: boolean;
  release(): Promise<void>;
}

/** What lies at the lock's path: a lock, something that is not (yet) one, or nothing. */
type Seen = { kind: 'lock'; info: LockInfo; identity: string } | { kind: 'unreadable'; ageMs: number; identity: string } | { kind: 'none' };

/**
 * Takes the one-writer lock of a library. A lock left by a process that no longer runs on this
 * machine is taken over; a live one (or one from another machine on a shared folder) is refused
 * with a message that says who holds it.
 *
 * Hand-written rather than proper-lockfile: its take-over of a stale lock removes and re-creates
 * it, so two processes that find the same stale lock can both end up holding it
 * (moxystudio/node-proper-lockfile#121), the very failure this lock exists to prevent. Here:
 * - the lock appears whole or not at all (written to a temp file, then hard-linked into place);
 * - a stale lock is replaced only by the one process that wins an exclusive claim named after
 *   that very lock, and which then sees it still in place;
 * - a lock's holder is its PID and that process's start time, so a reused PID is not the holder.
 */
export async function acquireLock(root: string, owner: LockInfo['owner'], now: Date, write: LockWriter = writeNew): Promise<LibraryLock> {
  const path = join(root, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), owner, since: now.toISOString(), token: randomBytes(8).toString('hex') };
  const started = await processStartTime(process.pid);
  if (started !== null) info.started = started;
  const text = JSON.stringify(info);
  for (let attempt = 0; attempt < 8; attempt++) {
    if (await createWhole(root, path, text, write)) return heldLock(path, info, false);
    const seen = await look(path);
    if (seen.kind === 'none') continue;
    if (seen.kind === 'lock' && (await isLive(seen.info))) throw new LibraryError('locked', lockedMessage(root, seen.info));
    if (seen.kind === 'unreadable' && seen.ageMs < UNREADABLE_LOCK_SETTLE_MS) throw new LibraryError('locked', message('lockBeingTaken', { path: root }));
    if (await takeOver(root, path, seen.identity, info, write)) return heldLock(path, info, true);
  }
  throw new LibraryError('locked', message('lockContended', { path: root }));
}

/** Who holds the library's lock now, as its file says (alive or not). */
export async function readLock(root: string): Promise<LockInfo | null> {
  const seen = await look(join(root, LOCK_FILE));
  return seen.kind === 'lock' ? seen.info : null;
}

export async function liveLockHolder(root: string): Promise<LockInfo | null> {
  const holder = await readLock(root);
  return holder && (await isLive(holder)) ? holder : null;
}

export function lockedMessage(root: string, holder: LockInfo): Message {
  return message(holder.owner === 'app' ? 'lockedByApp' : 'lockedByCommand', { path: root, pid: holder.pid, host: holder.host });
}

function heldLock(path: string, info: LockInfo, tookOver: boolean): LibraryLock {
  return { info, tookOver, release: () => releaseLock(path, info) };
}

/** How the lock's temp file is written: created new, filled and flushed. Tests pass one that fails like a full disk. */
export type LockWriter = (path: string, text: string) => Promise<void>;

const writeNew: LockWriter = (path, text) => writeFile(path, text, { flag: 'wx', flush: true });

/** A temp file beside the lock, holding `text`. Removed by the caller; gone again if it could not be written. */
async function tempWith(root: string, text: string, write: LockWriter): Promise<string> {
  const temp = join(root, `${LOCK_FILE}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await write(temp, text);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return temp;
}

/**
 * Puts the lock in place with its contents, if nothing is there: true when it did. A full disk
 * fails before anything is at the lock's path, so no empty lock is ever left behind.
 */
async function createWhole(root: string, path: string, text: string, write: LockWriter): Promise<boolean> {
  let temp: string;
  try {
    temp = await tempWith(root, text, write);
  } catch (error) {
    throw failure(error, root, path);
  }
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Another process's recovery may clear temp files of the library's root: try again.
    if (code === 'ENOENT') return false;
    // A file system without hard links (FAT, some network shares): create, then fill. A reader
    // that meets it empty takes it as held until it is old (UNREADABLE_LOCK_SETTLE_MS).
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') return createThenFill(path, text, root);
    throw failure(error, root, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function createThenFill(path: string, text: string, root: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw failure(error, root, path);
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw failure(error, root, path);
  }
  await handle.close();
  return true;
}

function failure(error: unknown, root: string, path: string): LibraryError {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new LibraryError('not-found', message('libraryFolderMissing', { path: root }));
  return ioError(error, path, 'doLock');
}

/** A lock is a line of JSON: anything larger is not one. */
const MAX_LOCK_BYTES = 64 * 1024;

async function look(path: string): Promise<Seen> {
  let mtimeMs: number;
  try {
    mtimeMs = (await lstat(path)).mtimeMs;
  } catch {
    return { kind: 'none' };
  }
  let text: string;
  try {
    text = await readOwnText(path, MAX_LOCK_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    // A link (to /dev/zero, say), a pipe or a huge file in the lock's place is not read: it is an
    // unreadable lock, replaced once it is old.
    text = '';
  }
  const identity = createHash('sha256').update(text).digest('hex').slice(0, 24);
  try {
    return { kind: 'lock', info: LockInfo.parse(JSON.parse(text)), identity };
  } catch {
    return { kind: 'unreadable', ageMs: Date.now() - mtimeMs, identity: `${identity}-${Math.round(mtimeMs)}` };
  }
}

/**
 * Replaces the stale lock `identity` with ours, if this process is the one to do it: it must create
 * the claim named after that lock (only one process can) and then find that lock still in place.
 * The claim is what a rename alone cannot give: a rename over the lock would also replace a fresh
 * lock that another process put there a moment before.
 */
async function takeOver(root: string, path: string, identity: string, mine: LockInfo, write: LockWriter): Promise<boolean> {
  const claim = await claimFor(path, identity);
  if (!claim) return false;
  try {
    const still = await look(path);
    if (still.kind === 'none' || still.identity !== identity) return false;
    let temp: string;
    try {
      temp = await tempWith(root, JSON.stringify(mine), write);
    } catch (error) {
      throw failure(error, root, path);
    }
    try {
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw failure(error, root, path);
    }
    // Two processes can only both get here if one sat for CLAIM_STALE_MS inside its claim: the
    // later rename wins, and the other sees it was overtaken.
    const after = await look(path);
    return after.kind === 'lock' && after.info.token === mine.token;
  } finally {
    await unlink(claim).catch(() => undefined);
  }
}

/** Creates the claim on the stale lock `identity`; null when another process holds a live one. */
async function claimFor(path: string, identity: string): Promise<string | null> {
  for (let generation = 0; generation < 4; generation++) {
    const claim = `${path}.takeover-${identity}-${generation}`;
    try {
      await writeFile(claim, String(process.pid), { flag: 'wx' });
      return claim;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
    }
    const age = await stat(claim).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age < CLAIM_STALE_MS) return null;
  }
  return null;
}

async function isLive(holder: LockInfo): Promise<boolean> {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.started === undefined) return true;
  const started = await processStartTime(holder.pid);
  // The PID runs, but a process that started at another time is not the one that took the lock.
  return started === null || Math.abs(started - holder.started) < 2_000;
}

async function releaseLock(path: string, info: LockInfo): Promise<void> {
  const seen = await look(path);
  if (seen.kind !== 'lock') return;
  const current = seen.info;
  const ours = info.token !== undefined ? current.token === info.token : current.pid === info.pid && current.since === info.since;
  // Replaced by another process since: nothing of ours to release.
  if (ours) await unlink(path).catch(() => undefined);
}
