import { httpBridge } from './bridge/httpTransport';
import { ipcBridge } from './bridge/ipcTransport';
import type { Bridge } from './bridge/types';
import type { Message } from '../electron/core/messages';

export { BridgeError, type Bridge } from './bridge/types';

/**
 * The one API object: the preload's when running in the app, HTTP when in the browser harness.
 * `say` puts what went wrong in the interface language.
 */
export function createBridge(say?: (said: Message) => string): Bridge {
  return window.copydesk ? ipcBridge(window.copydesk, say) : httpBridge(window.location, window.sessionStorage, window.history, say);
}
