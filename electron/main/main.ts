import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { lifecycle, type MenuCommand } from '../contract';
import { LibraryError } from '../core/library/errors';
import { isAllowedHref } from '../core/schema/link';
import type { Desktop } from '../handlers';
import { defaultLibraryPath } from '../paths';
import { THEME_COMMANDS, type Theme } from '../menuCommands';
import { parseRoute, routeHash } from '../route';
import { APP_SCHEME, APP_URL, serveAppRequest } from './appProtocol';
import { editContextMenu } from './contextMenu';
import { registerIpc } from './ipc';
import { LibrarySession } from './librarySession';
import { menuTemplate } from './menu';
import { denyPermissions } from './security';
import { SettingsStore, libraryKey } from './settings';
import { createMainWindow } from './window';
import { windowBounds } from './windowState';

// Registered before `ready`: a standard, secure scheme gets a real origin, so the CSP's 'self'
// and the sender check mean the app's own files and nothing else.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(__dirname, '..', 'renderer');
const preload = join(__dirname, '..', 'preload', 'preload.cjs');
let current: LibrarySession | undefined;
let mainWindow: BrowserWindow | undefined;
let settings: SettingsStore | undefined;

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
  settings = await SettingsStore.open(app.getPath('userData'));
  // The window's own parts (scroll bars, menus, dialogs) and the page's colours follow it.
  nativeTheme.themeSource = settings.current.theme;
  const fallback = defaultLibraryPath(app.getPath('documents'));
  const last = settings.current.lastLibrary;
  let notice = settings.notice;
  try {
    // The library open when the app last closed; the default one if that folder is gone (a
    // drive not plugged in, say), which the reporter is told.
    current = last && last !== libraryKey(fallback) ? await LibrarySession.open(last, false, desktop()).catch((error: Error) => {
      notice = `The library last open, ${last}, could not be opened (${error.message}); the default library is open instead.`;
      return undefined;
    }) : undefined;
    current ??= await LibrarySession.open(fallback, true, desktop());
  } catch (error) {
    return fail((error as Error).message);
  }
  settings.openedLibrary(current.library.root);
  registerIpc(ipcMain, () => {
    if (!current) throw new Error('No library is open.');
    return current.handlers;
  });
  refreshMenu();
  const saved = settings.current.window;
  mainWindow = createMainWindow({
    BrowserWindow,
    ipcMain,
    openExternal,
    preload,
    place: { bounds: windowBounds(saved, screen.getAllDisplays().map((display) => display.workArea)), maximized: saved?.maximized ?? false },
    onPlace: (place) => settings?.rememberWindow(place),
    hash: lastArticleHash(current),
  });
  mainWindow.webContents.on('context-menu', (_event, params) => {
    const items = editContextMenu(params);
    if (items.length > 0 && mainWindow) Menu.buildFromTemplate(items).popup({ window: mainWindow });
  });
  // The article open is remembered for the next start, per library.
  mainWindow.webContents.on('did-navigate-in-page', (_event, url) => {
    const route = parseRoute(new URL(url).hash);
    if (current) settings?.openedArticle(current.library.root, route.screen === 'article' ? route.id : null);
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  if (notice) void dialog.showMessageBox(mainWindow, { type: 'warning', title: 'Copydesk', message: notice });
}

/** The address of the article last open in this library, if it is still there. */
function lastArticleHash(session: LibrarySession): string | undefined {
  const id = settings?.current.lastArticle[libraryKey(session.library.root)];
  if (!id) return undefined;
  try {
    session.library.summary(id);
    return routeHash({ screen: 'article', id });
  } catch {
    return undefined;
  }
}

function refreshMenu(): void {
  const menuActions = {
    openLibrary: () => void chooseLibrary(),
    openRecent: (root: string) => void switchLibrary(root),
    clearRecent: () => {
      settings?.clearRecentLibraries();
      refreshMenu();
    },
    setTheme: (theme: Theme) => {
      settings?.chooseTheme(theme);
      nativeTheme.themeSource = theme;
      mainWindow?.webContents.send(lifecycle.menuCommand, THEME_COMMANDS[theme]);
      refreshMenu();
    },
    send: (command: MenuCommand) => mainWindow?.webContents.send(lifecycle.menuCommand, command),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, menuActions, settings?.current.recentLibraries ?? [], settings?.current.theme)));
}

async function chooseLibrary(): Promise<void> {
  if (!mainWindow) return;
  const picked = await dialog.showOpenDialog(mainWindow, { title: 'Open Library', properties: ['openDirectory', 'createDirectory'] });
  const root = picked.filePaths[0];
  if (picked.canceled || !root) return;
  await switchLibrary(root);
}

/** Opens another library in the window, at the article last open there. */
async function switchLibrary(root: string): Promise<void> {
  if (!mainWindow || (current && libraryKey(current.library.root) === libraryKey(root))) return;
  try {
    const next = await LibrarySession.open(root, false, desktop());
    await current?.close();
    current = next;
    settings?.openedLibrary(root);
    refreshMenu();
    void mainWindow.loadURL(`${APP_URL}${lastArticleHash(next) ?? ''}`);
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
  void Promise.all([current?.close(), settings?.flush()]).finally(() => app.quit());
});
