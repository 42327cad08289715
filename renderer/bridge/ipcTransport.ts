import type { PreloadApi } from '../../electron/contract';
import type { Message } from '../../electron/core/messages';
import { unwrapAll } from './unwrap';
import type { Bridge } from './types';

declare global {
  interface Window {
    copydesk?: PreloadApi;
  }
}

/** The Electron transport: the preload's named verbs, and its close hand-shake. */
export function ipcBridge(api: PreloadApi, say?: (said: Message) => string): Bridge {
  return {
    ...unwrapAll(api, say),
    transport: 'ipc',
    onBeforeClose(listener) {
      return api.onBeforeClose(() => {
        void listener().finally(() => api.closeReady());
      });
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
