import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for one case's library (on the same disk as the system's temp folder). */
export async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'copydesk-bench-'));
}

/** Progress on stderr, so a long run shows where it is. */
export function step(what: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${what}\n`);
}
