import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/core/library';

/** Contenders per round, and rounds per case: what it took the old lock to admit two writers many times over. */
const CONTENDERS = 4;
const ROUNDS = Number(process.env.LOCK_ROUNDS ?? 300);

let work: string;
let workers: ChildProcess[] = [];
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-lockrace-'));
  const script = join(work, 'lockWorker.cjs');
  await build({ entryPoints: [resolve(import.meta.dirname, '../helpers/lockWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'silent' });
  workers = Array.from({ length: CONTENDERS }, () => fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
});
afterAll(async () => {
  for (const worker of workers) worker.kill();
  await rm(work, { recursive: true, force: true });
});

interface Answer {
  name: string;
  held: boolean;
  code?: string;
  error?: string;
}

/** Every contender is told to go in the same moment; resolves with every answer. */
function round(root: string, n: number): Promise<Answer[]> {
  return Promise.all(
    workers.map(
      (worker, i) =>
        new Promise<Answer>((done) => {
          worker.once('message', (answer: Answer) => done(answer));
          worker.send({ root, name: `w${i}-r${n}` });
        }),
    ),
  );
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid as number;
}

async function runRounds(lockLeftBefore: () => Promise<string | null>): Promise<void> {
  let contended = 0;
  for (let n = 0; n < ROUNDS; n++) {
    const root = await mkdtemp(join(work, 'lib-'));
    await writeFile(join(root, 'record.json'), '[]');
    const left = await lockLeftBefore();
    if (left !== null) await writeFile(join(root, LOCK_FILE), left);
    const answers = await round(root, n);
    const held = answers.filter((answer) => answer.held).map((answer) => answer.name);
    const refused = answers.filter((answer) => !answer.held);
    if (refused.length > 0) contended++;
    // Refused only because another holds it: never a torn lock, an I/O error or a crash.
    for (const answer of refused) expect(answer.code, answer.error).toBe('locked');
    expect(held.length, `round ${n}`).toBeGreaterThan(0);
    // Every write made under the lock is in the record: no two writers ever held it together.
    const record = JSON.parse(await readFile(join(root, 'record.json'), 'utf8')) as string[];
    expect(record.sort(), `round ${n}`).toEqual(held.sort());
    // Released, and nothing of the taking left behind (no lock, no claim, no temp file).
    expect(await readdir(root), `round ${n}`).toEqual(['record.json']);
    await rm(root, { recursive: true });
  }
  // The contenders really met: most rounds had someone refused.
  expect(contended).toBeGreaterThan(ROUNDS / 2);
}

describe('the one-writer lock under contention', () => {
  it('admits one writer at a time when processes start together on a free library', { timeout: 120_000 }, async () => {
    await runRounds(async () => null);
  });

  it('admits one writer at a time when they find a stale lock left by a process that died', { timeout: 120_000 }, async () => {
    const pid = await deadPid();
    await runRounds(async () => JSON.stringify({ pid, host: hostname(), owner: 'app', since: new Date(0).toISOString() }));
  });

  it('takes a lock whose PID now belongs to another process as stale, and still admits one writer', { timeout: 120_000 }, async () => {
    // This test's own process is alive, but it did not start at that time: its PID was reused.
    await runRounds(async () => JSON.stringify({ pid: process.pid, host: hostname(), owner: 'app', since: new Date(0).toISOString(), started: 1_000 }));
  });
});
