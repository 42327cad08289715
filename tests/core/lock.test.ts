import { spawn } from 'node:child_process';
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, UNREADABLE_LOCK_SETTLE_MS, acquireLock, liveLockHolder } from '../../electron/core/library';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
const now = new Date('2026-03-01T08:00:00Z');

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
}

describe('one writer per library', () => {
  it('refuses a second writer while the first holds the lock, and says who holds it', async () => {
    const root = await tempDir();
    const lock = await acquireLock(root, 'app', now);
    await expect(acquireLock(root, 'cli', now)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/open in the Copydesk app \(process \d+ on .+\)\. Close it there first\./),
    });
    expect(await liveLockHolder(root)).toMatchObject({ owner: 'app', pid: process.pid });
    await lock.release();
    await expect(stat(join(root, LOCK_FILE))).rejects.toThrow();
    const again = await acquireLock(root, 'cli', now);
    await again.release();
  });

  it('takes over a lock left by a process that has died', async () => {
    const root = await tempDir();
    const { hostname } = await import('node:os');
    await writeFile(join(root, LOCK_FILE), JSON.stringify({ pid: await deadPid(), host: hostname(), owner: 'app', since: now.toISOString() }));
    expect(await liveLockHolder(root)).toBeNull();
    const lock = await acquireLock(root, 'cli', now);
    expect(JSON.parse(await readFile(join(root, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'cli' });
    await lock.release();
  });

  it('respects a lock held from another machine on a shared folder', async () => {
    const root = await tempDir();
    await writeFile(join(root, LOCK_FILE), JSON.stringify({ pid: 1, host: 'desk-07.newsroom', owner: 'app', since: now.toISOString() }));
    await expect(acquireLock(root, 'cli', now)).rejects.toThrow(/on desk-07\.newsroom/);
  });

  it('does not release a lock that another process has since taken', async () => {
    const root = await tempDir();
    const lock = await acquireLock(root, 'app', now);
    const foreign = JSON.stringify({ pid: 1, host: 'elsewhere', owner: 'app', since: now.toISOString() });
    await writeFile(join(root, LOCK_FILE), foreign);
    await lock.release();
    expect(await readFile(join(root, LOCK_FILE), 'utf8')).toBe(foreign);
  });

  it('says when the library folder does not exist', async () => {
    await expect(acquireLock(join(await tempDir(), 'missing'), 'cli', now)).rejects.toThrow(/does not exist/);
  });
});

describe('a lock that cannot be read', () => {
  it('is taken as held while it is new (another process is writing it), and left alone', async () => {
    const root = await tempDir();
    await writeFile(join(root, LOCK_FILE), '');
    await expect(acquireLock(root, 'cli', now)).rejects.toMatchObject({ code: 'locked', message: expect.stringMatching(/being locked by another program/) });
    expect(await readFile(join(root, LOCK_FILE), 'utf8')).toBe('');
  });

  it('is taken over once it is old: its writer died before filling it', async () => {
    const root = await tempDir();
    const path = join(root, LOCK_FILE);
    await writeFile(path, '{"pid": 12');
    const old = new Date(Date.now() - UNREADABLE_LOCK_SETTLE_MS - 1000);
    await utimes(path, old, old);
    const lock = await acquireLock(root, 'cli', now);
    expect(lock.tookOver).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid, owner: 'cli' });
    await lock.release();
  });
});

describe('taking the lock', () => {
  it('records the holder with its process start time, and takes over a live PID that started at another time', async () => {
    const root = await tempDir();
    const lock = await acquireLock(root, 'app', now);
    expect(lock.info.started).toBeGreaterThan(Date.now() - process.uptime() * 1000 - 3000);
    expect(lock.info.started).toBeLessThan(Date.now());
    await lock.release();
    const { hostname } = await import('node:os');
    // process.ppid runs, but not since the start of 1970.
    await writeFile(join(root, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), owner: 'app', since: now.toISOString(), started: 5_000 }));
    const again = await acquireLock(root, 'cli', now);
    expect(again.tookOver).toBe(true);
    await again.release();
  });

  it('leaves nothing behind when the disk is full: no empty lock, no temp file', async () => {
    const root = await tempDir();
    const full = async (path: string, text: string): Promise<void> => {
      // Like a full disk: the file is created, then the write fails.
      await writeFile(path, text.slice(0, 0), { flag: 'wx' });
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    await expect(acquireLock(root, 'cli', now, full)).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/the disk is full/) });
    expect(await readdir(root)).toEqual([]);
  });

  it('takes over a stale lock though a process that died while taking it over left its claim', async () => {
    const root = await tempDir();
    const { hostname } = await import('node:os');
    const stale = JSON.stringify({ pid: await deadPid(), host: hostname(), owner: 'app', since: now.toISOString() });
    await writeFile(join(root, LOCK_FILE), stale);
    const { createHash } = await import('node:crypto');
    const claim = join(root, `${LOCK_FILE}.takeover-${createHash('sha256').update(stale).digest('hex').slice(0, 24)}-0`);
    await writeFile(claim, '1');
    const old = new Date(Date.now() - 60_000);
    await utimes(claim, old, old);
    const lock = await acquireLock(root, 'cli', now);
    expect(lock.tookOver).toBe(true);
    await lock.release();
  });
});
