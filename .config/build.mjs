// Bundles the Node-side entry points (main, preload, CLI, browser harness, the import worker) into dist/.
// The renderer is built by Vite (.config/vite.config.ts).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

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
