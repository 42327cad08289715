import { EventEmitter } from 'node:events';

/** Stand-ins for the Electron objects the main process touches; Electron itself cannot run here. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: string[] = [];
  crashed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string): void {
    this.sent.push(channel);
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded: string[] = [];
  closed = 0;
  maximized = false;
  shown = false;
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width, height } = this.options as { x?: number; y?: number; width: number; height: number };
    return { x, y, width, height };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  maximize(): void {
    this.maximized = true;
  }
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  /** Like Electron: emits 'close', which a listener may cancel. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closed++;
      this.emit('closed');
    }
  }
}

export class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  handle(channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>): void {
    this.handlers.set(channel, handler);
  }
}

export function senderEvent(url: string, options: { subframe?: boolean; sender?: unknown } = {}): unknown {
  return { senderFrame: { url, parent: options.subframe ? {} : null }, sender: options.sender };
}
