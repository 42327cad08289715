import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

/**
 * When a process started, in ms since 1970, or null where this system does not say. Linux: from
 * /proc (its start in clock ticks since boot, plus the boot time); macOS and the BSDs: from `ps`.
 * Both the holder's own record and the later check come from here, so they agree to the second.
 */
export async function processStartTime(pid: number): Promise<number | null> {
  try {
    if (process.platform === 'linux') return await fromProc(pid);
    if (process.platform === 'darwin' || process.platform.endsWith('bsd')) return await fromPs(pid);
  } catch {
    return null;
  }
  return null;
}

/** The kernel's clock ticks per second as /proc counts them (USER_HZ, 100 on every Linux build in use). */
const USER_HZ = 100;

async function fromProc(pid: number): Promise<number | null> {
  const [stat, system] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile('/proc/stat', 'utf8')]);
  // The command name (field 2) may hold spaces and parentheses: the fields after it follow its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]);
  const boot = Number(/^btime (\d+)$/m.exec(system)?.[1]);
  return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + (ticks * 1000) / USER_HZ : null;
}

async function fromPs(pid: number): Promise<number | null> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'lstart=', '-p', String(pid)], { env: { ...process.env, LC_ALL: 'C' } });
  const time = Date.parse(stdout.trim());
  return Number.isNaN(time) ? null : time;
}
