import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireLock, liveLockHolder } from '../../electron/core/library';
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
