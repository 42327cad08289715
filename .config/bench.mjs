// `npm run bench [-- --quick] [-- --out FILE] [-- --only core|browser]`: builds the app and the
// bare baseline page, bundles the suite (tests/bench) and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// The workstation as it ships: the same build as `npm run build`.
run('npm', ['run', '--silent', 'build']);

// The baseline page: React and TipTap StarterKit, built for production like the renderer.
await mkdir('dist/bench/bare', { recursive: true });
await build({
  entryPoints: ['tests/bench/bare/bare.tsx'],
  outfile: 'dist/bench/bare/bare.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'chrome130',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile('tests/bench/bare/index.html', 'dist/bench/bare/index.html');

// Inside the project (dist/ is not committed), so sharp and the others resolve from node_modules.
const outfile = 'dist/bench/bench.cjs';
await build({
  entryPoints: ['tests/bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['sharp', 'playwright-core', 'electron', 'minisearch', 'dictionary-vi', 'dictionary-en'],
  logLevel: 'warning',
});
run(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { ...process.env, COPYDESK_ROOT: process.cwd() });
