import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, IpcMain } from 'electron';
import { lifecycle } from '../contract';
import { APP_URL } from './appProtocol';
import { isTrustedSender, lockDownContents, secureWebPreferences } from './security';

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  ipcMain: IpcMain;
  openExternal(url: string): Promise<void>;
  preload: string;
}

/** How long a closing window waits for the page to save before it closes anyway. */
export const CLOSE_FLUSH_TIMEOUT_MS = 5000;

export function createMainWindow(deps: WindowDeps): BrowserWindowType {
  const window = new deps.BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 760,
    minHeight: 520,
    title: 'Copydesk',
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: secureWebPreferences(deps.preload),
  });
  lockDownContents(window.webContents, deps.openExternal);
  guardClose(window, deps.ipcMain);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/**
 * Closing asks the page to write what is still unsaved and waits for its answer, so a reporter
 * who types and quits at once loses nothing. A page that never answers does not keep the
 * window open for ever.
 */
function guardClose(window: BrowserWindowType, ipcMain: IpcMain): void {
  let flushed = false;
  let timer: NodeJS.Timeout | undefined;
  const onReady = (event: Electron.IpcMainEvent): void => {
    if (event.sender !== window.webContents || !isTrustedSender(event)) return;
    flushed = true;
    if (timer) clearTimeout(timer);
    window.close();
  };
  ipcMain.on(lifecycle.closeReady, onReady);
  window.on('close', (event) => {
    if (flushed || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (timer) return;
    window.webContents.send(lifecycle.beforeClose);
    timer = setTimeout(() => {
      flushed = true;
      window.close();
    }, CLOSE_FLUSH_TIMEOUT_MS);
  });
  window.on('closed', () => {
    ipcMain.removeListener(lifecycle.closeReady, onReady);
    if (timer) clearTimeout(timer);
  });
}
