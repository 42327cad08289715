import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { workerImporter } from '../core/import';
import { Library, acquireLock, type LibraryLock } from '../core/library';
import { libraryHandlers, type Desktop, type Handlers } from '../handlers';

/** The library the app has open, with the lock that makes the app its only writer. */
export class LibrarySession {
  private constructor(
    readonly library: Library,
    private readonly lock: LibraryLock,
    readonly handlers: Handlers,
  ) {}

  static async open(root: string, create: boolean, desktop: Desktop): Promise<LibrarySession> {
    if (create) await mkdir(root, { recursive: true });
    const lock = await acquireLock(root, 'app', new Date());
    try {
      const library = await Library.open({ root, recover: lock.tookOver, deferIndexWrites: true, checkFiles: false, importer: workerImporter(join(__dirname, 'importWorker.cjs')) });
      return new LibrarySession(library, lock, libraryHandlers(library, desktop));
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.library.close();
    await this.lock.release();
  }
}
