import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../electron/core/library';
import { useTempDirs } from '../helpers/tempDir';
import type { FakeBrowserWindow } from './fakes';

type FakeWindow = FakeBrowserWindow;

const tempDir = useTempDirs();

const state = vi.hoisted(() => ({
  singleInstance: true,
  documents: '',
  userData: '',
  notices: [] as string[],
  systemLanguages: ['en-US'],
  switches: [] as [string, string][],
  menus: [] as unknown[],
  ipcMain: null as unknown,
  nativeTheme: { themeSource: 'system' },
  ready: Promise.resolve(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  quit: 0,
  schemes: [] as unknown[],
  errors: [] as string[],
  focused: 0,
  windows: [] as unknown[],
}));

vi.mock('electron', async () => {
  const fakes = await import('./fakes');
  class Window extends fakes.FakeBrowserWindow {
    override isMinimized(): boolean {
      return true;
    }
    restore = () => undefined;
    focus = () => void state.focused++;
    constructor(options: Record<string, unknown>) {
      super(options);
      state.windows.push(this);
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => state.singleInstance,
      quit: () => void state.quit++,
      on: (event: string, listener: (...args: unknown[]) => void) => state.appEvents.set(event, listener),
      whenReady: () => state.ready,
      getPath: (name: string) => (name === 'userData' ? state.userData : state.documents),
      getPreferredSystemLanguages: () => state.systemLanguages,
      commandLine: { appendSwitch: (name: string, value: string) => void state.switches.push([name, value]) },
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    ipcMain: (state.ipcMain = new fakes.FakeIpcMain()),
    BrowserWindow: Window,
    Menu: { setApplicationMenu: (menu: unknown) => void state.menus.push(menu), buildFromTemplate: (template: unknown) => template },
    dialog: {
      showErrorBox: (_title: string, message: string) => state.errors.push(message),
      showOpenDialog: vi.fn(),
      showMessageBox: async (_window: unknown, options: { message: string }) => void state.notices.push(options.message),
    },
    nativeTheme: state.nativeTheme,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
    shell: { openExternal: vi.fn() },
  };
});

beforeEach(() => {
  vi.resetModules();
  Object.assign(state, {
    quit: 0,
    schemes: [],
    errors: [],
    notices: [],
    menus: [],
    switches: [],
    systemLanguages: ['en-US'],
    focused: 0,
    appEvents: new Map(),
    windows: [],
    ready: new Promise(() => undefined),
  });
});

describe('the app process', () => {
  it('registers app:// as a secure standard scheme before anything else', async () => {
    state.singleInstance = true;
    state.documents = await tempDir();
    await import('../../electron/main/main');
    expect(state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('leaves at once when another Copydesk already runs', async () => {
    state.singleInstance = false;
    await import('../../electron/main/main');
    expect(state.quit).toBe(1);
    expect(state.windows).toEqual([]);
  });

  it('opens the default library under its lock, and a second launch focuses the window', async () => {
    state.singleInstance = true;
    state.documents = await tempDir();
    state.userData = await tempDir();
    let ready!: () => void;
    state.ready = new Promise<void>((resolve) => (ready = resolve));
    await import('../../electron/main/main');
    ready();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    const lock = JSON.parse(await readFile(join(state.documents, 'Copydesk', '.copydesk.lock'), 'utf8'));
    expect(lock).toMatchObject({ owner: 'app', pid: process.pid });
    state.appEvents.get('second-instance')?.();
    expect(state.focused).toBe(1);
    expect(state.errors).toEqual([]);
  });

  /** Starts the app process with these settings in its user-data folder; resolves with its window. */
  async function startWith(settings: object | null): Promise<FakeWindow> {
    state.singleInstance = true;
    state.documents = await tempDir();
    state.userData = await tempDir();
    if (settings) await writeFile(join(state.userData, 'settings.json'), JSON.stringify(settings));
    state.ready = Promise.resolve();
    await import('../../electron/main/main');
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    return state.windows[0] as FakeWindow;
  }

  /** Closes the window as the reporter does; resolves when the app has quit (settings written). */
  async function quit(): Promise<Record<string, unknown>> {
    state.appEvents.get('window-all-closed')?.();
    await vi.waitFor(() => expect(state.quit).toBe(1));
    return JSON.parse(await readFile(join(state.userData, 'settings.json'), 'utf8'));
  }

  it('reopens the library and the article last open, in the window’s last place, and remembers them again', async () => {
    const root = await tempDir();
    const library = await Library.open({ root });
    const article = await library.create({ headline: 'Bài đang viết dở' });
    await library.close();
    const window = await startWith({
      version: 1,
      window: { x: 100, y: 80, width: 1500, height: 950, maximized: true },
      lastLibrary: root,
      recentLibraries: [root],
      lastArticle: { [root]: article.id },
      theme: 'dark',
    });
    expect(state.nativeTheme.themeSource).toBe('dark');
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1500, height: 950 });
    expect(window.loaded).toEqual([`app://copydesk/index.html#/article/${article.id}`]);
    expect(JSON.parse(await readFile(join(root, '.copydesk.lock'), 'utf8'))).toMatchObject({ owner: 'app' });
    expect(state.notices).toEqual([]);
    // The reporter goes to the trash, then home: no article is open any more.
    window.webContents.emit('did-navigate-in-page', {}, 'app://copydesk/index.html#/trash');
    expect(await quit()).toMatchObject({ lastLibrary: root, recentLibraries: [root], lastArticle: {} });
  });

  it('opens the default library and says why when the library last open is gone', async () => {
    const gone = join(await tempDir(), 'o-dia-rut-ra');
    const window = await startWith({ version: 1, window: null, lastLibrary: gone, recentLibraries: [gone], lastArticle: {} });
    expect(window.loaded).toEqual(['app://copydesk/index.html']);
    await vi.waitFor(() => expect(state.notices).toHaveLength(1));
    expect(state.notices[0]).toMatch(/could not be opened .*the default library is open instead/);
    const defaultLibrary = join(state.documents, 'Copydesk');
    window.webContents.emit('did-navigate-in-page', {}, 'app://copydesk/index.html#/article/20261126-abcdef0123');
    // The drive may come back: the library stays among the recent ones.
    expect(await quit()).toMatchObject({ lastLibrary: defaultLibrary, recentLibraries: [defaultLibrary, gone], lastArticle: { [defaultLibrary]: '20261126-abcdef0123' } });
  });

  it('starts with the defaults, and says so, when its settings file is damaged', async () => {
    state.singleInstance = true;
    const window = await startWith(null);
    expect(window.options).toMatchObject({ width: 1280, height: 860 });
    await quit();
    vi.resetModules();
    // On a Vietnamese system, the app speaks Vietnamese from its first message.
    Object.assign(state, { quit: 0, windows: [], notices: [], appEvents: new Map(), systemLanguages: ['vi-VN', 'en-US'] });
    await writeFile(join(state.userData, 'settings.json'), '{"version": 1, "recentLibr');
    state.ready = Promise.resolve();
    await import('../../electron/main/main');
    await vi.waitFor(() => expect(state.notices).toHaveLength(1));
    expect(state.notices[0]).toMatch(/^Không đọc được tệp cài đặt; Copydesk dùng cài đặt mặc định\. Tệp cũ được giữ lại ở .*settings\.damaged-/);
    await quit();
  });

  it('speaks the chosen interface language in its menus, and changes it, the theme and its settings when the page asks', async () => {
    state.systemLanguages = ['en-US'];
    const window = await startWith({ version: 1, window: null, lastLibrary: null, recentLibraries: [], lastArticle: {}, theme: 'system', interfaceLanguage: 'vi' });
    const labels = () => (state.menus.at(-1) as { label?: string }[]).map((menu) => menu.label);
    expect(labels()).toEqual(expect.arrayContaining(['&Tệp', '&Sửa', '&Bài viết']));
    // Chromium's own locale (date fields) is the chosen language's from the start.
    expect(state.switches).toEqual([['lang', 'vi']]);
    // The page asks through the bridge, as the Settings dialog does.
    const ipc = state.ipcMain as { handlers: Map<string, (event: unknown, payload: unknown) => Promise<{ ok: boolean; value?: unknown }>> };
    const { senderEvent } = await import('./fakes');
    const ask = (channel: string, payload: unknown) => ipc.handlers.get(channel)?.(senderEvent('app://copydesk/index.html', { sender: window.webContents }), payload);
    expect(await ask('app:preferences', {})).toEqual({ ok: true, value: { interfaceLanguage: 'vi', theme: 'system' } });
    expect(await ask('app:set-preferences', { interfaceLanguage: 'system', theme: 'dark' })).toEqual({ ok: true, value: { interfaceLanguage: 'system', theme: 'dark' } });
    await vi.waitFor(() => expect(labels()).toEqual(expect.arrayContaining(['&File', '&Edit', '&Article'])));
    expect(state.nativeTheme.themeSource).toBe('dark');
    // A choice that is not one is refused, and changes nothing.
    expect(await ask('app:set-preferences', { interfaceLanguage: 'fr' })).toMatchObject({ ok: false });
    expect(await quit()).toMatchObject({ interfaceLanguage: 'system', theme: 'dark' });
  });
});
