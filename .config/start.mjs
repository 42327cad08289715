// `npm start`: the desktop app, with Electron's own program. Electron 45 fetches that program from
// GitHub the first time it starts; where that cannot be reached (a newsroom's closed network), say
// so in a few words and point to the browser harness, instead of a fetch stack trace and advice to
// reinstall that fails the same way.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// Where the electron package lies; the test of this launcher points it at a fresh copy.
const electronDir = process.env.COPYDESK_ELECTRON_DIR ?? dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

/** The Electron program, if it is on this computer. */
function program() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? path : null;
}

let electron = program();
if (!electron) {
  process.stdout.write(`Electron ${version} is not on this computer yet: downloading it (once)…\n`);
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', env: process.env });
  electron = download.status === 0 ? program() : null;
  if (!electron) {
    const said = `${download.stderr ?? ''}\n${download.error?.message ?? ''}`;
    const reason = /^\s*(\w*Error: .+)$/m.exec(said)?.[1] ?? said.trim().split('\n')[0] ?? 'no reason given';
    process.stderr.write(
      [
        `Copydesk cannot start: Electron ${version}, the program the desktop app runs in, is not on this computer and could not be downloaded (${reason.trim()}).`,
        'Electron comes from GitHub; on a network that cannot reach it, run the same workstation in a browser:',
        '  npm run web -- --library ~/Documents/Copydesk',
        'and open the address it prints. To get Electron, run `npm start` once where GitHub can be reached.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
