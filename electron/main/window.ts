import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, IpcMain } from 'electron';
import { lifecycle } from '../contract';
import { APP_URL } from './appProtocol';
import { isTrustedSender, lockDownContents, secureWebPreferences } from './security';
import type { WindowState } from './settings';
import { DEFAULT_SIZE, MIN_SIZE, trackWindow } from './windowState';

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  ipcMain: IpcMain;
  openExternal(url: string): Promise<void>;
  preload: string;
  /** Where the window opens (see windowBounds), and whether maximized. */
  place?: { bounds: { x?: number; y?: number; width: number; height: number }; maximized: boolean };
  /** Told whenever the window is moved, resized, maximized or closed. */
  onPlace?(state: WindowState): void;
  /** What the page opens first (the article last open, say): `#/article/<id>`. */
  hash?: string;
}

/** How long a closing window waits for the page to save before it closes anyway. */
export const CLOSE_FLUSH_TIMEOUT_MS = 5000;

export function createMainWindow(deps: WindowDeps): BrowserWindowType {
  const window = new deps.BrowserWindow({
    ...(deps.place?.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Copydesk',
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: secureWebPreferences(deps.preload),
  });
  lockDownContents(window.webContents, deps.openExternal);
  guardClose(window, deps.ipcMain);
  window.once('ready-to-show', () => {
    if (deps.place?.maximized) window.maximize();
    window.show();
  });
  const onPlace = deps.onPlace;
  if (onPlace) trackWindow(window, onPlace);
  void window.loadURL(`${APP_URL}${deps.hash ?? ''}`);
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
