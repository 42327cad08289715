import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { lifecycle, type MenuCommand } from '../contract';
import { LibraryError } from '../core/library/errors';
import { isAllowedHref } from '../core/schema/link';
import type { Desktop } from '../handlers';
import { defaultLibraryPath } from '../paths';
import { APP_SCHEME, serveAppRequest } from './appProtocol';
import { registerIpc } from './ipc';
import { LibrarySession } from './librarySession';
import { menuTemplate } from './menu';
import { denyPermissions } from './security';
import { createMainWindow } from './window';

// Registered before `ready`: a standard, secure scheme gets a real origin, so the CSP's 'self'
// and the sender check mean the app's own files and nothing else.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(__dirname, '..', 'renderer');
const preload = join(__dirname, '..', 'preload', 'preload.cjs');
let current: LibrarySession | undefined;
let mainWindow: BrowserWindow | undefined;

// Only http, https and mailto reach the system, and only from a link the reporter opened (window-open handler).
const openExternal = (url: string): Promise<void> => (isAllowedHref(url) ? shell.openExternal(url) : Promise.resolve()); // eng-disable OPEN_EXTERNAL_JS_CHECK -- the URL is checked by isAllowedHref just before

if (!app.requestSingleInstanceLock()) {
  // Another Copydesk already runs: it gets focus (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (error: unknown) => fail(String(error)));
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, current?.library.root ?? null, request.url));
  try {
    current = await LibrarySession.open(defaultLibraryPath(app.getPath('documents')), true, desktop());
  } catch (error) {
    return fail((error as Error).message);
  }
  registerIpc(ipcMain, () => {
    if (!current) throw new Error('No library is open.');
    return current.handlers;
  });
  const menuActions = {
    openLibrary: () => void chooseLibrary(),
    send: (command: MenuCommand) => mainWindow?.webContents.send(lifecycle.menuCommand, command),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, menuActions)));
  mainWindow = createMainWindow({ BrowserWindow, ipcMain, openExternal, preload });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function chooseLibrary(): Promise<void> {
  if (!mainWindow) return;
  const picked = await dialog.showOpenDialog(mainWindow, { title: 'Open Library', properties: ['openDirectory', 'createDirectory'] });
  const root = picked.filePaths[0];
  if (picked.canceled || !root) return;
  try {
    const next = await LibrarySession.open(root, false, desktop());
    await current?.close();
    current = next;
    mainWindow.webContents.reload();
  } catch (error) {
    dialog.showErrorBox('Copydesk cannot open this library', (error as Error).message);
  }
}

/** The system around the library: the exports folder, the folder picker, the file manager. */
function desktop(): Desktop {
  return {
    exportsFolder: join(app.getPath('documents'), 'Copydesk Exports'),
    chooseFolder: async (current) => {
      const options = { title: 'Export to folder', defaultPath: current, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    openFolder: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new LibraryError('io', `The folder could not be opened: ${problem}`);
    },
  };
}

function fail(message: string): void {
  dialog.showErrorBox('Copydesk cannot start', message);
  app.quit();
}

app.on('window-all-closed', () => {
  void (current?.close() ?? Promise.resolve()).finally(() => app.quit());
});
