import { runCli } from '../../electron/cli/runCli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the copydesk command in this process, capturing what it prints. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { env, stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
