import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, IpcMain } from 'electron';
import { lifecycle } from '../../electron/contract';
import { APP_URL } from '../../electron/main/appProtocol';
import { CLOSE_FLUSH_TIMEOUT_MS, createMainWindow } from '../../electron/main/window';
import { FakeBrowserWindow, FakeIpcMain, senderEvent } from './fakes';

function makeWindow() {
  const ipcMain = new FakeIpcMain();
  const openExternal = vi.fn(() => Promise.resolve());
  createMainWindow({
    BrowserWindow: FakeBrowserWindow as unknown as new (options: BrowserWindowConstructorOptions) => Electron.BrowserWindow,
    ipcMain: ipcMain as unknown as IpcMain,
    openExternal,
    preload: '/app/dist/preload/preload.cjs',
  });
  const window = FakeBrowserWindow.created.at(-1) as FakeBrowserWindow;
  return { window, ipcMain, openExternal };
}

describe('the main window', () => {
  it('opens where it was, maximized if it was, at the article asked for, and reports where it goes', () => {
    const places: unknown[] = [];
    createMainWindow({
      BrowserWindow: FakeBrowserWindow as unknown as new (options: BrowserWindowConstructorOptions) => Electron.BrowserWindow,
      ipcMain: new FakeIpcMain() as unknown as IpcMain,
      openExternal: () => Promise.resolve(),
      preload: '/app/dist/preload/preload.cjs',
      place: { bounds: { x: 30, y: 40, width: 1500, height: 900 }, maximized: true },
      onPlace: (place) => places.push(place),
      hash: '#/article/20261126-abcdef0123',
    });
    const window = FakeBrowserWindow.created.at(-1) as FakeBrowserWindow;
    expect(window.options).toMatchObject({ x: 30, y: 40, width: 1500, height: 900, minWidth: 760, minHeight: 520 });
    expect(window.loaded).toEqual([`${APP_URL}#/article/20261126-abcdef0123`]);
    expect([window.maximized, window.shown]).toEqual([false, false]);
    window.emit('ready-to-show');
    expect([window.maximized, window.shown]).toEqual([true, true]);
    window.emit('move');
    expect(places).toEqual([{ x: 30, y: 40, width: 1500, height: 900, maximized: true }]);
  });

  it('runs its page sandboxed and isolated, without Node', () => {
    const { window } = makeWindow();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window.loaded).toEqual([APP_URL]);
  });

  it('never navigates away from the app', () => {
    const { window } = makeWindow();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const own = { preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', own, 'app://copydesk/index.html#/article/20260301-000001');
    expect(own.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    window.webContents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens no windows, and hands only web and mail links to the system', () => {
    const { window, openExternal } = makeWindow();
    const handler = window.webContents.windowOpenHandler;
    for (const url of ['https://vnexpress.net/', 'mailto:desk@example.vn', 'javascript:alert(1)', 'file:///etc/passwd', 'app://copydesk/index.html']) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://vnexpress.net/'], ['mailto:desk@example.vn']]);
  });

  it('asks the page to save before closing, and closes when it answers', () => {
    const { window, ipcMain } = makeWindow();
    window.close();
    expect(window.closed).toBe(0);
    expect(window.webContents.sent).toEqual([lifecycle.beforeClose]);
    // An answer from another page is ignored.
    ipcMain.emit(lifecycle.closeReady, senderEvent('app://copydesk/index.html', { sender: {} }));
    expect(window.closed).toBe(0);
    ipcMain.emit(lifecycle.closeReady, senderEvent('app://copydesk/index.html', { sender: window.webContents }));
    expect(window.closed).toBe(1);
  });

  it('closes anyway when the page never answers', () => {
    vi.useFakeTimers();
    try {
      const { window } = makeWindow();
      window.close();
      vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS - 1);
      expect(window.closed).toBe(0);
      vi.advanceTimersByTime(1);
      expect(window.closed).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
