import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('npm run build', () => {
  it('builds without a wall of warnings: every line it prints is about what it built', { timeout: 120_000 }, async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done, reject) => {
      // The build as `npm test` runs it, not as this test's runner would: vitest sets NODE_ENV=test,
      // under which Vite makes a development bundle (and the end-to-end tests would then run it).
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
      const child = spawn('npm', ['run', '--silent', 'build'], { cwd: root, env });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (exit) => done({ code: exit, output }));
    });
    expect(code, output).toBe(0);
    const noise = output.split('\n').filter((line) => /warn|\(!\)|deprecat|unsupported/i.test(line));
    expect(noise).toEqual([]);
  });
});
