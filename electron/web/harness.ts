import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { workerImporter } from '../core/import';
import { Library, LibraryError, acquireLock } from '../core/library';
import { libraryHandlers } from '../handlers';
import { readMediaFile } from '../mediaFiles';
import { MemoryPreferences } from '../preferences';
import { chooseLibrary } from '../paths';
import { startWebServer } from './server';
import { errorText, message } from '../core/messages';

const USAGE = `Usage: npm run web -- [--library DIR] [--port N] [--exports DIR]

Serves the Copydesk workstation to a browser on this machine only (127.0.0.1), for the library
DIR (else $COPYDESK_LIBRARY, else ~/Documents/Copydesk). Prints the address to open, which carries
the key every request needs. --port picks the port (any free one when left out); exports go to
--exports DIR (else ~/Documents/Copydesk Exports). Ctrl+C stops it and lets go of the library.`;

/** `npm run web -- --library DIR [--port N] [--exports DIR]`: the workstation in any browser, on this machine only. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { library: { type: 'string' }, port: { type: 'string' }, exports: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LibraryError('invalid', message('badPort', { value: String(values.port) }));
  const choice = chooseLibrary(values.library, process.env);
  if (choice.isDefault) await mkdir(choice.root, { recursive: true });
  const lock = await acquireLock(choice.root, 'app', new Date());
  let library: Library | undefined;
  try {
    library = await Library.open({ root: choice.root, recover: lock.tookOver, deferIndexWrites: true, checkFiles: false, importer: workerImporter(join(__dirname, 'importWorker.cjs')) });
    const opened = library;
    // Settings last as long as the harness runs; "the system's language" is the browser's.
    const preferences = new MemoryPreferences();
    const server = await startWebServer({
      // A browser tab has no folder picker: exports go to --exports, or to Documents/Copydesk Exports.
      handlers: libraryHandlers(opened, { exportsFolder: resolve(values.exports ?? join(homedir(), 'Documents', 'Copydesk Exports')), preferences }),
      preferences,
      staticDir: join(__dirname, '..', 'renderer'),
      readMedia: (pathname) => readMediaFile(opened.root, pathname),
      port,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new LibraryError('invalid', message('portInUse', { port }));
      throw error;
    });
    process.stdout.write(`Copydesk is serving the library ${choice.root}\nOpen ${server.url}\n`);
    const stop = (): void => {
      void server
        .close()
        .then(() => opened.close())
        .then(() => lock.release())
        .finally(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    await library?.close().catch(() => undefined);
    await lock.release();
    throw error;
  }
}

main().catch((error: unknown) => {
  // One line: what went wrong, never a stack trace.
  const said = errorText(error);
  process.stderr.write(`copydesk web: ${said.replace(/\s*\n\s*/g, ' ')}\n`);
  if (!(error instanceof LibraryError)) process.stderr.write('Run `npm run web -- --help` for how to start it.\n');
  process.exitCode = 1;
});
