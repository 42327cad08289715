import type { ParseArgsConfig } from 'node:util';
import type { Library } from '../core/library';

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
  out(text: string): void;
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

/** A mistake in how the command was called: exit code 2 and the usage line. */
export class UsageError extends Error {}

export function printJson(context: CommandContext, value: unknown): void {
  context.out(JSON.stringify(value, null, 2));
}

export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
