import { afterEach, describe, expect, it, vi } from 'vitest';
import { verbNames, type PreloadApi } from '../../electron/contract';
import { Library } from '../../electron/core/library';
import { dispatch, libraryHandlers } from '../../electron/handlers';
import { ipcBridge } from '../../renderer/bridge/ipcTransport';
import { KEYS, PREFETCH_KEPT_MS, articleQuery, newQueryClient, openArticle, seedFirstScreen } from '../../renderer/data/queries';
import { startFetching } from '../../renderer/startup';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
afterEach(() => vi.useRealTimers());

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
  it('asks for the library and the article of the address at once, and hands the answers to the query cache once', async () => {
    const { bridge, asked, library } = await workstation();
    const article = await library.create({ headline: 'Tin đầu' });
    const startup = startFetching(bridge, `#/article/${article.id}`);
    expect([...asked].sort()).toEqual(['getArticle', 'libraryInfo', 'listArticles', 'listTrash']);

    await startup.answered(10_000);
    const client = newQueryClient();
    seedFirstScreen(client, bridge, startup);
    // In before the first screen is drawn: it is drawn with them.
    expect(client.getQueryData<{ articleCount: number }>(KEYS.info)?.articleCount).toBe(1);
    expect(client.getQueryData<{ headline: string }[]>(KEYS.articles)?.map((row) => row.headline)).toEqual(['Tin đầu']);
    expect(client.getQueryData(KEYS.trash)).toEqual([]);
    // Handed over once: startup lets go of them.
    expect(startup.take()).toBeNull();

    // The article goes to its opening without asking again, and is then let go of.
    expect((await openArticle(client, bridge, article.id)).headline).toBe('Tin đầu');
    expect(asked.filter((verb) => verb === 'getArticle')).toHaveLength(1);
    expect(client.getQueryData(KEYS.article(article.id))).toBeUndefined();
    await openArticle(client, bridge, article.id);
    expect(asked.filter((verb) => verb === 'getArticle')).toHaveLength(2);
  });

  it('draws the first screen without waiting longer than it may, and takes the answers as they come', async () => {
    const { bridge, library } = await workstation();
    await library.create({ headline: 'Tin đến muộn' });
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const slow = { ...bridge, libraryInfo: async (input: Record<string, never>) => (await held, bridge.libraryInfo(input)) };
    const startup = startFetching(slow, '#/');
    await startup.answered(50);
    const client = newQueryClient();
    seedFirstScreen(client, slow, startup);
    expect(client.getQueryData(KEYS.articles)).toBeUndefined();
    answer();
    await vi.waitFor(() => expect(client.getQueryData<unknown[]>(KEYS.articles)).toHaveLength(1));
    // That list was the index as it stood: the files are to be checked once it is on screen.
    await vi.waitFor(() => expect(client.getQueryState(KEYS.articles)?.isInvalidated).toBe(true));
  });
});

describe('an article asked for ahead of its opening', () => {
  it('is asked once however often its row is pointed at, and serves the opening that follows soon', async () => {
    const { bridge, asked, library } = await workstation();
    const article = await library.create({ headline: 'Bài chỉ vào' });
    const client = newQueryClient();
    await Promise.all([client.prefetchQuery(articleQuery(bridge, article.id)), client.prefetchQuery(articleQuery(bridge, article.id))]);
    await client.prefetchQuery(articleQuery(bridge, article.id));
    expect((await openArticle(client, bridge, article.id)).headline).toBe('Bài chỉ vào');
    expect(asked.filter((verb) => verb === 'getArticle')).toHaveLength(1);
  });

  it('is read again when it was asked for too long ago, or when the opening must read it from disk', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { bridge, asked, library } = await workstation();
    const article = await library.create({ headline: 'Trước' });
    const client = newQueryClient();
    await client.prefetchQuery(articleQuery(bridge, article.id));
    await library.save(article.id, { headline: 'Sau' });
    vi.setSystemTime(Date.now() + PREFETCH_KEPT_MS + 1);
    expect((await openArticle(client, bridge, article.id)).headline).toBe('Sau');

    await client.prefetchQuery(articleQuery(bridge, article.id));
    await library.save(article.id, { headline: 'Đọc lại từ đĩa' });
    expect((await openArticle(client, bridge, article.id, true)).headline).toBe('Đọc lại từ đĩa');
    // Asked ahead, read again once stale, asked ahead again, read from disk.
    expect(asked.filter((verb) => verb === 'getArticle')).toHaveLength(4);
  });

  it('says why it cannot be opened, and is asked again by the next opening', async () => {
    const { bridge, asked } = await workstation();
    const client = newQueryClient();
    await client.prefetchQuery(articleQuery(bridge, '20260101-000009'));
    await expect(openArticle(client, bridge, '20260101-000009')).rejects.toThrow(/20260101-000009/);
    expect(asked.filter((verb) => verb === 'getArticle')).toHaveLength(2);
  });
});
