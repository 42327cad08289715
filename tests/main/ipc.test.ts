import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { contract, verbNames } from '../../electron/contract';
import { Library } from '../../electron/core/library';
import { libraryHandlers } from '../../electron/handlers';
import { registerIpc } from '../../electron/main/ipc';
import { useTempDirs } from '../helpers/tempDir';
import { FakeIpcMain, senderEvent } from './fakes';

const tempDir = useTempDirs();

async function setup() {
  const ipcMain = new FakeIpcMain();
  const library = await Library.open({ root: await tempDir() });
  registerIpc(ipcMain as unknown as IpcMain, () => libraryHandlers(library, { exportsFolder: '/tmp/copydesk-exports' }));
  const invoke = (verb: keyof typeof contract, payload: unknown, event = senderEvent('app://copydesk/index.html')) =>
    (ipcMain.handlers.get(contract[verb].channel) as (event: unknown, payload: unknown) => Promise<unknown>)(event, payload);
  return { ipcMain, invoke };
}

describe('IPC handlers', () => {
  it('binds every verb of the contract, and nothing else', async () => {
    const { ipcMain } = await setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(verbNames.map((name) => contract[name].channel).sort());
  });

  it('serves the app’s own page from the real core', async () => {
    const { invoke } = await setup();
    expect(await invoke('createArticle', { fields: { headline: 'Qua IPC' } })).toMatchObject({ ok: true, value: { headline: 'Qua IPC' } });
    expect(await invoke('listArticles', {})).toMatchObject({ ok: true, value: [{ headline: 'Qua IPC' }] });
  });

  it.each([
    ['a web page', senderEvent('https://evil.example/')],
    ['a file page', senderEvent('file:///tmp/x.html')],
    ['a subframe of the app', senderEvent('app://copydesk/index.html', { subframe: true })],
    ['no frame at all', { senderFrame: null }],
  ])('refuses requests from %s', async (_name, event) => {
    const { invoke } = await setup();
    expect(await invoke('listArticles', {}, event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses payloads of the wrong shape with a typed error', async () => {
    const { invoke } = await setup();
    for (const payload of [undefined, 'x', { id: '../x' }, { id: 1 }, { id: '20260301-000001', extra: 1 }]) {
      expect(await invoke('getArticle', payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
  });
});
