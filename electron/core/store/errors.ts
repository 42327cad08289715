import { MessageError, errorText, message, type ErrorKey, type Message, type MessageValue } from '../messages';

/** What went wrong, in terms the bridge, the CLI and the interface all understand. */
export type LibraryErrorCode = 'not-found' | 'damaged' | 'conflict' | 'locked' | 'io' | 'invalid' | 'unsupported' | 'out-of-step';

export class LibraryError extends MessageError {
  constructor(
    readonly code: LibraryErrorCode,
    said: Message,
  ) {
    super(said);
    this.name = 'LibraryError';
  }
}

/** Turns a Node file-system error into words a reporter can act on. */
export function describeIoError(error: unknown, path: string): MessageValue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return message('diskFull', { path });
    case 'EACCES':
    case 'EPERM':
      return message('permissionDenied', { path });
    case 'EROFS':
      return message('readOnly', { path });
    case 'ENOENT':
      return message('ioNotFound', { path });
    default:
      return errorText(error);
  }
}

/** "Could not <doing>: <why>", from a file-system error (a LibraryError passes through). */
export function ioError(error: unknown, path: string, doing: ErrorKey): LibraryError {
  if (error instanceof LibraryError) return error;
  return new LibraryError('io', message('ioFailed', { doing: message(doing), reason: describeIoError(error, path) }));
}
