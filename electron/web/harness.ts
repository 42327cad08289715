import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Library, LibraryError, acquireLock } from '../core/library';
import { libraryHandlers } from '../handlers';
import { readMediaFile } from '../mediaFiles';
import { MemoryPreferences } from '../preferences';
import { chooseLibrary } from '../paths';
import { startWebServer } from './server';
import { message } from '../core/messages';

/** `npm run web -- --library DIR [--port N] [--exports DIR]`: the workstation in any browser, on this machine only. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { library: { type: 'string' }, port: { type: 'string' }, exports: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LibraryError('invalid', message('badPort', { value: String(values.port) }));
  const choice = chooseLibrary(values.library, process.env);
  if (choice.isDefault) await mkdir(choice.root, { recursive: true });
  const lock = await acquireLock(choice.root, 'app', new Date());
  const library = await Library.open({ root: choice.root, recover: lock.tookOver, deferIndexWrites: true, checkFiles: false });
  // Settings last as long as the harness runs; "the system's language" is the browser's.
  const preferences = new MemoryPreferences();
  const server = await startWebServer({
    // A browser tab has no folder picker: exports go to --exports, or to Documents/Copydesk Exports.
    handlers: libraryHandlers(library, { exportsFolder: resolve(values.exports ?? join(homedir(), 'Documents', 'Copydesk Exports')), preferences }),
    preferences,
    staticDir: join(__dirname, '..', 'renderer'),
    readMedia: (pathname) => readMediaFile(library.root, pathname),
    port,
  });
  process.stdout.write(`Copydesk is serving the library ${choice.root}\nOpen ${server.url}\n`);
  const stop = (): void => {
    void server
      .close()
      .then(() => library.close())
      .then(() => lock.release())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`copydesk web: ${error instanceof LibraryError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
