import type { IpcMain } from 'electron';
import { contract, verbNames } from '../contract';
import { dispatch, type Handlers } from '../handlers';
import { isTrustedSender } from './security';

/**
 * Binds every contract verb to its handler. The payload arrives as `unknown` and is parsed by
 * `dispatch`; a request from anything but the app's own page is refused before that.
 */
export function registerIpc(ipcMain: IpcMain, handlers: () => Handlers): void {
  for (const name of verbNames) {
    ipcMain.handle(contract[name].channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted frame.' } };
      return dispatch(handlers(), name, payload);
    });
  }
}
