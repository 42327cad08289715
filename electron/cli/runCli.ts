import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LibraryError, Library, acquireLock, type LibraryLock } from '../core/library';
import { deepNfc } from '../core/text';
import { chooseLibrary } from '../paths';
import { UsageError, type Command, type CommandContext } from './command';
import { addPhotoCommand } from './commands/addPhoto';
import { checkCommand } from './commands/check';
import { cleanMediaCommand } from './commands/cleanMedia';
import { exportCommand } from './commands/export';
import { historyCommand } from './commands/history';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { newCommand } from './commands/new';
import { restoreCommand } from './commands/restore';
import { searchCommand } from './commands/search';
import { setCommand } from './commands/set';
import { showCommand } from './commands/show';

export const commands: Command[] = [newCommand, importCommand, listCommand, searchCommand, showCommand, setCommand, historyCommand, restoreCommand, exportCommand, addPhotoCommand, cleanMediaCommand, checkCommand];

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  now?: () => Date;
}

const GLOBAL_OPTIONS = { library: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export function usage(): string {
  return ['Usage: copydesk COMMAND [--library DIR] ...', '', ...commands.map((command) => `  ${command.usage}`), '', 'The library is --library DIR, else $COPYDESK_LIBRARY, else ~/Documents/Copydesk.'].join('\n');
}

/** Runs one command line and returns its exit code: 0 done, 1 failed, 2 called wrongly. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = argv.map((arg) => arg.normalize('NFC'));
  const command = commands.find((candidate) => candidate.name === args[0]);
  if (!command) {
    if (args[0] === undefined || args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
      io.stdout(usage());
      return args[0] === undefined ? 2 : 0;
    }
    io.stderr(`copydesk: unknown command "${args[0]}"\n\n${usage()}`);
    return 2;
  }
  let lock: LibraryLock | undefined;
  try {
    const parsed = parseArgs({ args: args.slice(1), options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      io.stdout(`Usage: ${command.usage}`);
      return 0;
    }
    const { min, max } = typeof command.positionals === 'number' ? { min: command.positionals, max: command.positionals } : command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      const count = min === max ? `${min === 0 ? 'no' : min} argument${min === 1 ? '' : 's'}` : `${min} to ${max} arguments`;
      throw new UsageError(`${command.name} takes ${count}`);
    }
    const now = io.now ?? (() => new Date());
    const choice = chooseLibrary(parsed.values.library, io.env);
    const context: CommandContext = {
      positionals: parsed.positionals,
      values: deepNfc(parsed.values),
      json: parsed.values.json === true,
      read: () => Library.open({ root: choice.root, readOnly: true }),
      write: async () => {
        if (choice.isDefault) await mkdir(choice.root, { recursive: true });
        lock = await acquireLock(choice.root, 'cli', now());
        return Library.open({ root: choice.root, clock: now, recover: lock.tookOver });
      },
      out: io.stdout,
      now,
    };
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`copydesk: ${(error as Error).message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof LibraryError) {
      io.stderr(`copydesk: ${error.message}`);
      return 1;
    }
    io.stderr(`copydesk: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    await lock?.release();
  }
}

function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}
