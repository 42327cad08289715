/** What went wrong, in terms the bridge, the CLI and the interface all understand. */
export type LibraryErrorCode = 'not-found' | 'damaged' | 'conflict' | 'locked' | 'io' | 'invalid' | 'unsupported' | 'out-of-step';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** Turns a Node file-system error into a sentence a reporter can act on. */
export function describeIoError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return `the disk is full (${path})`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${path})`;
    case 'EROFS':
      return `the disk is read-only (${path})`;
    case 'ENOENT':
      return `not found (${path})`;
    default:
      return `${(error as Error | undefined)?.message ?? String(error)}`;
  }
}

export function ioError(error: unknown, path: string, doing: string): LibraryError {
  if (error instanceof LibraryError) return error;
  return new LibraryError('io', `Could not ${doing}: ${describeIoError(error, path)}`);
}
