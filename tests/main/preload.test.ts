import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, lifecycle, verbNames } from '../../electron/contract';

const exposed = new Map<string, Record<string, unknown>>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: [] }));
const send = vi.fn();
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    send: (...args: unknown[]) => send(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('the preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../electron/preload/preload');
  });

  it('exposes named verbs and the close hooks, never ipcRenderer itself', () => {
    expect([...exposed.keys()]).toEqual(['copydesk']);
    const api = exposed.get('copydesk') ?? {};
    expect(Object.keys(api).sort()).toEqual([...verbNames, 'onBeforeClose', 'closeReady', 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send/i);
  });

  it('sends each verb on the channel the contract gives it', async () => {
    const api = exposed.get('copydesk') as Record<string, (input: unknown) => Promise<unknown>>;
    for (const name of verbNames) {
      await api[name]?.({ id: '20260301-000001' });
      expect(invoke).toHaveBeenLastCalledWith(contract[name].channel, { id: '20260301-000001' });
    }
  });

  it('ships the channel list and nothing of the schemas: a bundle of a few kilobytes, no zod', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [resolve(import.meta.dirname, '../../electron/preload/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code.length).toBeLessThan(50_000);
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
  });

  it('relays the close hand-shake', () => {
    const api = exposed.get('copydesk') as { onBeforeClose(listener: () => void): () => void; closeReady(): void };
    const listener = vi.fn();
    const unsubscribe = api.onBeforeClose(listener);
    listeners.get(lifecycle.beforeClose)?.({ sender: 'ignored' });
    expect(listener).toHaveBeenCalledWith();
    unsubscribe();
    expect(listeners.has(lifecycle.beforeClose)).toBe(false);
    api.closeReady();
    expect(send).toHaveBeenCalledWith(lifecycle.closeReady);
  });

  it('passes on menu commands the contract names, and nothing else', () => {
    const api = exposed.get('copydesk') as { onMenuCommand(listener: (command: string) => void): () => void };
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const relay = listeners.get(lifecycle.menuCommand);
    relay?.({}, 'insertPhoto');
    relay?.({}, 'rm -rf /');
    relay?.({}, { command: 'insertPhoto' });
    expect(listener.mock.calls).toEqual([['insertPhoto']]);
    unsubscribe();
    expect(listeners.has(lifecycle.menuCommand)).toBe(false);
  });
});
