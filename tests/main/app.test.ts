import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

const state = vi.hoisted(() => ({
  singleInstance: true,
  documents: '',
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
    isMinimized = () => true;
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
      getPath: () => state.documents,
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    ipcMain: new fakes.FakeIpcMain(),
    BrowserWindow: Window,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    dialog: { showErrorBox: (_title: string, message: string) => state.errors.push(message), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});

beforeEach(() => {
  vi.resetModules();
  Object.assign(state, { quit: 0, schemes: [], errors: [], focused: 0, appEvents: new Map(), windows: [], ready: new Promise(() => undefined) });
});

describe('the app process', () => {
  it('registers app:// as a secure standard scheme before anything else', async () => {
    state.singleInstance = true;
    state.documents = await tempDir();
    await import('../../electron/main/main');
    expect(state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
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
});

