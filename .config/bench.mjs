// `npm run bench [-- --quick] [-- --out FILE]`: bundles the suite (tests/bench) and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// Inside the project (dist/ is not committed), so sharp and the others resolve from node_modules.
const outfile = 'dist/bench/bench.cjs';
await build({
  entryPoints: ['tests/bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['sharp', 'playwright-core', 'electron', 'minisearch'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, COPYDESK_ROOT: process.cwd() } });
process.exit(result.status ?? 1);
