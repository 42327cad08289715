/**
 * One contender for a library's lock, in a process of its own (bundled by tests/core/lockRace):
 * on each "go" it tries the lock and, holding it, appends its name to the shared record with a
 * read, a pause and a write, so that two holders at once would lose a write.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock } from '../../electron/core/library/lock';
import { LibraryError } from '../../electron/core/store/errors';

interface Go {
  root: string;
  name: string;
}

process.on('message', (go: Go) => {
  void contend(go).then((answer) => process.send?.(answer));
});

async function contend({ root, name }: Go): Promise<{ name: string; held: boolean; code?: string; error?: string }> {
  let lock;
  try {
    lock = await acquireLock(root, 'cli', new Date());
  } catch (error) {
    return { name, held: false, code: error instanceof LibraryError ? error.code : 'unexpected', error: String(error) };
  }
  try {
    const record = join(root, 'record.json');
    const writes = JSON.parse(await readFile(record, 'utf8')) as string[];
    await new Promise((resolve) => setTimeout(resolve, 2));
    await writeFile(record, JSON.stringify([...writes, name]));
    return { name, held: true };
  } finally {
    await lock.release();
  }
}
