import { httpBridge } from './bridge/httpTransport';
import { ipcBridge } from './bridge/ipcTransport';
import type { Bridge } from './bridge/types';

export { BridgeError, type Bridge } from './bridge/types';

/** The one API object: the preload's when running in the app, HTTP when in the browser harness. */
export function createBridge(): Bridge {
  return window.copydesk ? ipcBridge(window.copydesk) : httpBridge(window.location, window.sessionStorage, window.history);
}
