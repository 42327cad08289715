// Bundles the Node-side entry points (main, preload, CLI, browser harness, the import worker) into dist/.
// The renderer is built by Vite (.config/vite.config.ts).
import { build } from 'esbuild';
import { chmod, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // sharp loads its native binary at run time: it stays in node_modules (unpacked from the asar).
  // The Hunspell dictionaries read their files beside their own module: they stay there too.
  external: ['electron', 'sharp', 'dictionary-vi', 'dictionary-en'],
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs' }),
  // A sandboxed preload can require only `electron`: everything else is bundled in.
  build({ ...common, platform: 'browser', target: 'chrome140', entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/cli/copydesk.ts'], outfile: 'dist/cli/copydesk.cjs', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['electron/web/harness.ts'], outfile: 'dist/web/harness.cjs' }),
  // Imports run in a worker thread beside each of the two processes that serve a window.
  build({ ...common, entryPoints: ['electron/core/import/importWorker.ts'], outfile: 'dist/main/importWorker.cjs' }),
  build({ ...common, entryPoints: ['electron/core/import/importWorker.ts'], outfile: 'dist/web/importWorker.cjs' }),
]);
await chmod('dist/cli/copydesk.cjs', 0o755);

// The renderer's CSP, for the Vite config to write into index.html: it is computed from the HTML
// export's own style (electron/csp.ts), whose modules a config loaded natively could not import.
await build({ ...common, format: 'esm', entryPoints: ['electron/csp.ts'], outfile: 'dist/config/csp.mjs', sourcemap: false });
const { RENDERER_CSP } = await import(pathToFileURL(resolve('dist/config/csp.mjs')).href);
await writeFile('dist/config/csp.json', JSON.stringify({ RENDERER_CSP }));
