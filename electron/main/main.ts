import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { lifecycle, type MenuCommand } from '../contract';
import { LibraryError } from '../core/store/errors';
import { isAllowedHref } from '../core/schema/link';
import type { Desktop } from '../handlers';
import { createI18n, resolveLanguage, type I18n } from '../i18n';
import { defaultLibraryPath } from '../paths';
import type { PreferenceStore, Preferences } from '../preferences';
import { THEME_COMMANDS, type Theme } from '../menuCommands';
import { parseRoute, routeHash } from '../route';
import { APP_SCHEME, APP_URL, serveAppRequest } from './appProtocol';
import { editContextMenu } from './contextMenu';
import { registerIpc } from './ipc';
import { LibrarySession } from './librarySession';
import { menuTemplate } from './menu';
import { denyPermissions } from './security';
import { CHROMIUM_LOCALES, SettingsStore, chosenLanguageSync, libraryKey } from './settings';
import { createMainWindow } from './window';
import { windowBounds } from './windowState';
import { message, errorText } from '../core/messages';

// Registered before `ready`: a standard, secure scheme gets a real origin, so the CSP's 'self'
// and the sender check mean the app's own files and nothing else.
// codeCache: Chromium keeps the page's compiled script between starts (as it does for web sites), so the
// workstation's script is not compiled again at every start.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

// Chromium's own parts (date fields and their calendars, the page's languages) follow the interface
// language chosen in Settings; a change reaches them at the next start (menus and the page at once).
const chosenAtStart = chosenLanguageSync(app.getPath('userData'));
if (chosenAtStart !== 'system') app.commandLine.appendSwitch('lang', CHROMIUM_LOCALES[chosenAtStart]);

const rendererDir = join(__dirname, '..', 'renderer');
const preload = join(__dirname, '..', 'preload', 'preload.cjs');
let current: LibrarySession | undefined;
let mainWindow: BrowserWindow | undefined;
let settings: SettingsStore | undefined;
let preferences: PreferenceStore | undefined;
// Menus and the app's own dialogs speak the interface language (English until the settings are read).
let i18n: I18n = createI18n('en');

const languageOf = (chosen: Preferences): Parameters<typeof createI18n>[0] => resolveLanguage(chosen.interfaceLanguage, app.getPreferredSystemLanguages());

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
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, current?.library.root ?? null, request.url, preferences?.current()));
  settings = await SettingsStore.open(app.getPath('userData'));
  // Settings › Interface language and Theme: the page changes them through the bridge; the menus,
  // the app's dialogs and the window's own parts follow.
  preferences = settings.preferences((chosen) => {
    nativeTheme.themeSource = chosen.theme;
    i18n.changeLanguage(languageOf(chosen));
    refreshMenu();
  });
  i18n = createI18n(languageOf(preferences.current()));
  const t = i18n.t;
  // The window's own parts (scroll bars, menus, dialogs) and the page's colours follow it.
  nativeTheme.themeSource = settings.current.theme;
  const fallback = defaultLibraryPath(app.getPath('documents'));
  const last = settings.current.lastLibrary;
  const reset = settings.reset;
  let notice: string | null = reset ? (reset.keptAs ? t('desktop.settingsKept', { path: reset.keptAs }) : t('desktop.settingsReset')) : null;
  try {
    // The library open when the app last closed; the default one if that folder is gone (a
    // drive not plugged in, say), which the reporter is told.
    current =
      last && last !== libraryKey(fallback)
        ? await LibrarySession.open(last, false, desktop()).catch((error: Error) => {
            notice = t('desktop.lastLibraryGone', { path: last, reason: error.message });
            return undefined;
          })
        : undefined;
    current ??= await LibrarySession.open(fallback, true, desktop());
  } catch (error) {
    return fail(errorText(error));
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
    place: {
      bounds: windowBounds(
        saved,
        screen.getAllDisplays().map((display) => display.workArea),
      ),
      maximized: saved?.maximized ?? false,
    },
    onPlace: (place) => settings?.rememberWindow(place),
    hash: lastArticleHash(current),
  });
  mainWindow.webContents.on('context-menu', (_event, params) => {
    const items = editContextMenu(params, i18n.t);
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
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, menuActions, i18n.t, settings?.current.recentLibraries ?? [], settings?.current.theme)));
}

async function chooseLibrary(): Promise<void> {
  if (!mainWindow) return;
  const picked = await dialog.showOpenDialog(mainWindow, { title: i18n.t('desktop.openLibrary'), properties: ['openDirectory', 'createDirectory'] });
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
    dialog.showErrorBox(i18n.t('desktop.cannotOpenLibrary'), errorText(error));
  }
}

/** The system around the library: the exports folder, the folder picker, the file manager. */
function desktop(): Desktop {
  return {
    exportsFolder: join(app.getPath('documents'), 'Copydesk Exports'),
    ...(preferences ? { preferences } : {}),
    chooseFolder: async (current) => {
      const options = { title: i18n.t('desktop.exportTo'), defaultPath: current, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    openFolder: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new LibraryError('io', message('folderNotOpened', { reason: problem }));
    },
  };
}

function fail(message: string): void {
  dialog.showErrorBox(i18n.t('desktop.cannotStart'), message);
  app.quit();
}

app.on('window-all-closed', () => {
  void Promise.all([current?.close(), settings?.flush()]).finally(() => app.quit());
});
