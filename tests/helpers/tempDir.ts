import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh real folder per test, removed afterwards. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-test-'));
    made.push(dir);
    return dir;
  };
}

/** A clock that moves one second per call, so saves have distinct, ordered times. */
export function steppingClock(start = '2026-03-01T08:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

let counter = 0;
export function sequentialIds(): (now: Date) => string {
  return () => `20260301-${String(++counter).padStart(6, '0')}`;
}
