import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Library, acquireLock, checkLibrary } from '../../electron/core/library';
import { makePhoto } from '../helpers/photos';
import { repoRoot } from './harness';

/** `npm run test:crash` runs the full 200; `npm test` a shorter loop. */
const WRITES = Number(process.env.CRASH_WRITES ?? 40);
const cli = join(repoRoot, 'dist/cli/copydesk.cjs');
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Runs the command, killing it with SIGKILL after `killAfter` ms if it has not finished. */
function runKilled(args: string[], killAfter: number): Promise<{ killed: boolean; code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stdout });
    });
  });
}

describe('crash safety', () => {
  it(`leaves every article whole, old or new, when writers are killed at random across ${WRITES} writes`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-crash-'));
    made.push(root);
    const photo = join(root, '..', `${root.split('/').pop()}-photo.jpg`);
    const wire = join(root, '..', `${root.split('/').pop()}-wire.txt`);
    made.push(photo, wire);
    await writeFile(photo, await makePhoto({ width: 1200, height: 800, xmp: { description: 'Ảnh', creator: 'Lê Minh' } }));
    await writeFile(wire, 'date 2026-03-01 Theo TTXVN, một bản tin ngắn.\n\nChú thích ảnh ẢNH: LÊ MINH\n');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(JSON.parse((await runKilled(['new', '--headline', 'v0', '--json', '--library', root], 30_000)).stdout).id);
    // What each article may hold: the last version known written, and the one being written.
    const known = new Map(ids.map((id) => [id, new Set([0])]));
    let version = 0;
    let kills = 0;
    for (let write = 0; write < WRITES; write++) {
      const roll = Math.random();
      const id = ids[Math.floor(Math.random() * ids.length)] as string;
      let args: string[];
      if (roll < 0.7) {
        version++;
        known.get(id)?.add(version);
        args = ['set', id, '--headline', `v${version}`, '--sapo', `v${version}`];
      } else if (roll < 0.85) args = ['add-photo', id, photo];
      else args = ['import', wire];
      const result = await runKilled([...args, '--library', root], Math.random() * 450);
      if (result.killed) kills++;

      // The next writer: takes over the dead one's lock, opens (recovering), checks.
      const lock = await acquireLock(root, 'cli', new Date());
      try {
        const library = await Library.open({ root, recover: lock.tookOver });
        const report = await checkLibrary(library.layout);
        expect(report.problems, `after ${args[0]} (killed: ${result.killed})`).toEqual([]);
        for (const articleId of ids) {
          const article = await library.get(articleId);
          // Headline and sapo are written together: never one without the other, never torn.
          expect(article.sapo === article.headline || (article.headline === 'v0' && article.sapo === '')).toBe(true);
          const number = Number(article.headline.slice(1));
          expect(known.get(articleId)?.has(number)).toBe(true);
          // What is on disk now is the version every later write starts from.
          known.set(articleId, new Set([number]));
        }
        for (const summary of library.list()) expect(summary.damaged).toBe(false);
      } finally {
        await lock.release();
      }
    }
    expect(kills).toBeGreaterThan(WRITES / 4);
  }, 600_000);
});
