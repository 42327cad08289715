import { describe, expect, it } from 'vitest';
import { verbNames, type PreloadApi } from '../../electron/contract';
import { Library } from '../../electron/core/library';
import { dispatch, libraryHandlers } from '../../electron/handlers';
import { ipcBridge } from '../../renderer/bridge/ipcTransport';
import { askLibrary, startFetching } from '../../renderer/startup';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

/** The page's bridge over the real core, as the preload gives it, counting what is asked. */
async function workstation(): Promise<{ bridge: ReturnType<typeof ipcBridge>; asked: string[]; library: Library }> {
  const library = await Library.open({ root: await tempDir() });
  const handlers = libraryHandlers(library, { exportsFolder: '/tmp/copydesk-exports' });
  const asked: string[] = [];
  const verbs = Object.fromEntries(
    verbNames.map((verb) => [
      verb,
      (input: unknown) => {
        asked.push(verb);
        return dispatch(handlers, verb, input);
      },
    ]),
  );
  const api = { ...verbs, onBeforeClose: () => () => {}, closeReady: () => {}, onMenuCommand: () => () => {} } as unknown as PreloadApi;
  return { bridge: ipcBridge(api), asked, library };
}

describe('what the workstation asks for as its script starts', () => {
  it('asks for the library and the article of the address at once, and gives each answer once', async () => {
    const { bridge, asked, library } = await workstation();
    const article = await library.create({ headline: 'Tin đầu' });
    const startup = startFetching(bridge, `#/article/${article.id}`);
    expect(asked.sort()).toEqual(['getArticle', 'libraryInfo', 'listArticles', 'listTrash']);

    await startup.answered(10_000);
    // In before the first screen is drawn: it is drawn with them.
    const [info, list, trash] = startup.libraryNow() ?? [];
    expect(info?.articleCount).toBe(1);
    expect(list?.map((row) => row.headline)).toEqual(['Tin đầu']);
    expect(trash).toEqual([]);

    // Given once, then forgotten: a second taker asks the library again.
    expect(await startup.takeLibrary()).toEqual([info, list, trash]);
    expect(startup.takeLibrary()).toBeNull();
    expect(startup.libraryNow()).toBeNull();
    expect((await askLibrary(bridge))[1]).toEqual(list);

    // The article goes to the opening it was asked for, once.
    expect(startup.takeArticle('20260101-000000')).toBeNull();
    expect(startup.takeArticle(article.id)).toBeNull();
  });

  it('gives the article to its own opening, and draws the first screen without waiting longer than it may', async () => {
    const { bridge, library } = await workstation();
    const article = await library.create({ headline: 'Bài mở bằng đường dẫn' });
    const startup = startFetching(bridge, `#/article/${article.id}`);
    expect((await startup.takeArticle(article.id))?.headline).toBe('Bài mở bằng đường dẫn');
    expect(startup.takeArticle(article.id)).toBeNull();

    // A library that never answers: the first screen is drawn anyway once the patience is spent.
    const silent = { ...bridge, libraryInfo: () => new Promise<never>(() => {}) };
    const waited = startFetching(silent, '#/');
    await waited.answered(50);
    expect(waited.libraryNow()).toBeNull();
    expect(waited.takeArticle(article.id)).toBeNull();
  });
});
