import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where a library lives when nobody names one: the user's Documents/Copydesk. */
export function defaultLibraryPath(documents = join(homedir(), 'Documents')): string {
  return join(documents, 'Copydesk');
}

export interface LibraryChoice {
  root: string;
  /** The default library is created on first use; a folder the user named must already exist. */
  isDefault: boolean;
}

/** --library DIR, else $COPYDESK_LIBRARY, else the default library. */
export function chooseLibrary(flag: string | undefined, env: NodeJS.ProcessEnv): LibraryChoice {
  if (flag) return { root: flag, isDefault: false };
  const fromEnv = env.COPYDESK_LIBRARY;
  if (fromEnv) return { root: fromEnv, isDefault: false };
  return { root: defaultLibraryPath(), isDefault: true };
}
