import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ArticleId } from '../core/article';
import { LibraryError, Library, LibraryLayout, acquireLock, prepareFolder, recoverFolder, type LibraryLock } from '../core/library';
import { chooseLibrary } from '../paths';
import { UsageError, argumentKinds, type ArgumentKind, type Command, type CommandContext, type Values } from './command';
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
import { forTerminal } from './forTerminal';
import { errorText } from '../core/messages';

export const commands: Command[] = [
  newCommand,
  importCommand,
  listCommand,
  searchCommand,
  showCommand,
  setCommand,
  historyCommand,
  restoreCommand,
  exportCommand,
  addPhotoCommand,
  cleanMediaCommand,
  checkCommand,
];

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  now?: () => Date;
}

const GLOBAL_OPTIONS = { library: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const GLOBAL_USAGE = 'copydesk [--library DIR] COMMAND [--json] ...';

export function usage(): string {
  return [
    `Usage: ${GLOBAL_USAGE}`,
    '',
    ...commands.map((command) => `  ${command.usage}`),
    '',
    'The library is --library DIR, else $COPYDESK_LIBRARY, else ~/Documents/Copydesk.',
    'Global options go before or after the command.',
  ].join('\n');
}

/**
 * Splits a command line into its command and the rest, global options allowed before the command
 * (`copydesk --library DIR list`, as `git -C DIR status`) as well as after it.
 */
function splitCommand(args: string[]): { name: string | undefined; rest: string[] } {
  let i = 0;
  while (i < args.length && (args[i] as string).startsWith('-')) i += args[i] === '--library' ? 2 : 1;
  return { name: args[i], rest: [...args.slice(0, i), ...args.slice(i + 1)] };
}

/** Runs one command line and returns its exit code: 0 done, 1 failed, 2 called wrongly. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Whatever a command prints, it never sends a terminal a raw control character.
  const stdout = (text: string): void => io.stdout(forTerminal(text));
  const stderr = (text: string): void => io.stderr(forTerminal(text));
  const { name, rest } = splitCommand(argv);
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const help = rest.includes('--help') || rest.includes('-h') || name === 'help';
    if (name === undefined || help) {
      (help ? stdout : stderr)(usage());
      return help ? 0 : 2;
    }
    stderr(`copydesk: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  let lock: LibraryLock | undefined;
  try {
    const parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      stdout(`Usage: ${command.usage}`);
      return 0;
    }
    const { min, max } = typeof command.positionals === 'number' ? { min: command.positionals, max: command.positionals } : command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      const count = min === max ? `${min === 0 ? 'no' : min} argument${min === 1 ? '' : 's'}` : `${min} to ${max} arguments`;
      throw new UsageError(`${command.name} takes ${count}`);
    }
    const kinds = argumentKinds(command.usage);
    const positionals = parsed.positionals.map((value, i) => argument(value, kinds.positionals[i] ?? kinds.rest ?? 'text'));
    const values: Values = Object.fromEntries(Object.entries(parsed.values).map(([key, value]) => [key, optionValue(value, key === 'library' ? 'path' : (kinds.options[key] ?? 'text'))]));
    const now = io.now ?? (() => new Date());
    const choice = chooseLibrary(parsed.values.library, io.env);
    const context: CommandContext = {
      positionals,
      values,
      json: parsed.values.json === true,
      read: () => Library.open({ root: choice.root, readOnly: true }),
      write: async () => {
        if (choice.isDefault) await mkdir(choice.root, { recursive: true });
        lock = await acquireLock(choice.root, 'cli', now());
        return Library.open({ root: choice.root, clock: now, recover: lock.tookOver });
      },
      folder: async (locked) => {
        const layout = new LibraryLayout(choice.root);
        await prepareFolder(layout, false, true);
        if (!locked) return layout;
        lock = await acquireLock(choice.root, 'cli', now());
        // The last writer stopped mid-way: finish what it left, as opening the library would.
        if (lock.tookOver) await recoverFolder(layout, now());
        return layout;
      },
      out: stdout,
      err: stderr,
      now,
    };
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      stderr(`copydesk: ${errorText(error)}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof LibraryError) {
      stderr(`copydesk: ${error.message}`);
      return 1;
    }
    // One line, never a stack trace: the reporter reads it, and a script logs it.
    stderr(`copydesk: unexpected error: ${oneLine(error)}`);
    return 1;
  } finally {
    await lock?.release();
  }
}

/**
 * A positional as its kind wants it: an article id is checked before anything touches the disk; a
 * path is used as the system gave it (macOS names files in NFD: normalized, "No such file"); text
 * is NFC, as the library keeps it.
 */
function argument(value: string, kind: ArgumentKind): string {
  if (kind === 'id' && !ArticleId.safeParse(value).success) throw new UsageError(`"${value}" is not an article id (ids are like 20260301-a1b2c3d4e5)`);
  return kind === 'path' ? value : value.normalize('NFC');
}

function optionValue(value: string | boolean | (string | boolean)[] | undefined, kind: ArgumentKind): Values[string] {
  if (typeof value === 'string') return argument(value, kind);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? argument(item, kind) : String(item)));
  return value;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.replace(/\s*\n\s*/g, ' ');
}

function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}
