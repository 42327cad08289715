import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** `parent/name`, or `parent/name-2`, `-3`… : a folder that does not exist yet. */
export async function unusedFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(parent, n === 1 ? name : `${name}-${n}`);
    const taken = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}
