import type { ParseArgsConfig } from 'node:util';
import type { Library, LibraryLayout } from '../core/library';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  positionals: string[];
  values: Values;
  json: boolean;
  /** Opens the library to read; nothing is written. */
  read(): Promise<Library>;
  /** Opens the library to write, holding its lock for the rest of the command. */
  write(): Promise<Library>;
  /**
   * The library's folder as it is, not opened (`check` looks at what opening would refuse, links
   * out of it among them); with `lock`, holding its lock for the rest of the command.
   */
  folder(lock: boolean): Promise<LibraryLayout>;
  out(text: string): void;
  /** What went wrong with one part of a command that goes on (one file of several). */
  err(text: string): void;
  now(): Date;
}

export interface Command {
  name: string;
  usage: string;
  options: Options;
  /** How many positional arguments the command takes: exactly, or a range. */
  positionals: number | { min: number; max: number };
  /** Returns the exit code. */
  run(context: CommandContext): Promise<number>;
}

/** What the usage line names an argument or an option's value: a path is used as given, an ID is checked, the rest is text. */
export type ArgumentKind = 'id' | 'path' | 'text';

const KINDS: Record<string, ArgumentKind> = { ID: 'id', FILE: 'path', IMAGE: 'path', DIR: 'path' };

/**
 * The kinds of a command's arguments, read from its usage line, which names them for the user
 * (`copydesk add-photo ID IMAGE [--caption T]`, `copydesk import FILE...`): the positionals in
 * order, and each option's value.
 */
export function argumentKinds(usage: string): { positionals: ArgumentKind[]; rest: ArgumentKind | null; options: Record<string, ArgumentKind> } {
  const words = usage.split(/\s+/).slice(2);
  const end = words.findIndex((word) => word.startsWith('[') || word.startsWith('-'));
  const named = words.slice(0, end === -1 ? undefined : end);
  const positionals = named.map((word) => KINDS[word.replace(/\.\.\.$/, '').split('|')[0] as string] ?? 'text');
  // `FILE...`: every further argument is of the last one's kind.
  const rest = named.at(-1)?.endsWith('...') ? (positionals.at(-1) ?? null) : null;
  const options: Record<string, ArgumentKind> = {};
  for (const [, name, value] of usage.matchAll(/--([a-z-]+)[ =]([A-Z]+)\b/g)) options[name as string] = KINDS[value as string] ?? 'text';
  return { positionals, rest, options };
}

/** A mistake in how the command was called: exit code 2 and the usage line. */
export class UsageError extends Error {}

export function printJson(context: CommandContext, value: unknown): void {
  context.out(JSON.stringify(value, null, 2));
}

export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
