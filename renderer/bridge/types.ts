import type { ErrorCode, MenuCommand, VerbInput, VerbName, VerbOutput } from '../../electron/contract';

/** A failed bridge call, with the contract's error code and a message fit to show. */
export class BridgeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/** The verbs of the contract as the interface calls them: resolved values, thrown BridgeErrors. */
export type Bridge = { [K in VerbName]: (input: VerbInput<K>) => Promise<VerbOutput<K>> } & {
  readonly transport: 'ipc' | 'http';
  /** Runs `listener` when the window is about to close or the page to unload. */
  onBeforeClose(listener: () => Promise<void>): () => void;
  /** Menu items chosen in the app's menu bar (the browser harness has none). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
