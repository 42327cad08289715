import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../electron/core/messages';
import { Library, LibraryError } from '../../electron/core/library';
import { LibraryIndex, isLibraryIndex } from '../../electron/core/library/indexFile';
import { sampleArticle } from '../helpers/sampleArticle';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function openLibrary(root?: string): Promise<Library> {
  return Library.open({ root: root ?? (await tempDir()), clock: steppingClock(), newId: sequentialIds() });
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('a library on disk', () => {
  it('creates an article as a folder with article.json and media/', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Bão số 3 đổ bộ', language: 'vi' });
    const dir = join(library.root, 'articles', article.id);
    expect((await stat(join(dir, 'media'))).isDirectory()).toBe(true);
    expect(await readJson(join(dir, 'article.json'))).toEqual(article);
    expect(article).toMatchObject({ schemaVersion: 1, revision: 1, status: 'draft', headline: 'Bão số 3 đổ bộ' });
    expect(await readJson(join(library.root, 'library.json'))).toMatchObject({ articles: { [article.id]: { headline: 'Bão số 3 đổ bộ', damaged: false } } });
  });

  it('saves a patch, counts revisions and keeps the text NFC', async () => {
    const library = await openLibrary();
    const created = await library.create();
    const nfd = 'Người dân vùng lũ'.normalize('NFD');
    const saved = await library.save(created.id, { headline: nfd, byline: ['Trần An'.normalize('NFD')] }, 1);
    expect(saved.revision).toBe(2);
    expect(saved.updatedAt > created.updatedAt).toBe(true);
    const onDisk = await readFile(join(library.root, 'articles', created.id, 'article.json'), 'utf8');
    expect(onDisk).toContain('Người dân vùng lũ');
    expect(onDisk).not.toContain(nfd);
    expect(onDisk.normalize('NFC')).toBe(onDisk);
    expect((await library.get(created.id)).byline).toEqual(['Trần An']);
  });

  it('refuses to overwrite an article that moved on since it was loaded', async () => {
    const library = await openLibrary();
    const { id } = await library.create();
    await library.save(id, { headline: 'from the other window' }, 1);
    const refused = library.save(id, { headline: 'stale edit' }, 1);
    await expect(refused).rejects.toMatchObject({ code: 'conflict' });
    expect((await library.get(id)).headline).toBe('from the other window');
  });

  it('refuses a patch of the wrong shape with a clear message and keeps the file', async () => {
    const library = await openLibrary();
    const { id } = await library.create({ headline: 'kept' });
    await expect(library.save(id, { status: 'published' } as never)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/status/) });
    await expect(library.save(id, { body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 5 } }] } })).rejects.toMatchObject({ code: 'invalid' });
    expect((await library.get(id)).headline).toBe('kept');
  });

  it('drops unsafe links on save and keeps their text', async () => {
    const library = await openLibrary();
    const { id } = await library.create();
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    const saved = await library.save(id, { body });
    expect(saved.body.content[0]?.content?.[0]).toEqual({ type: 'text', text: 'bấm' });
  });

  it('lists newest change first', async () => {
    const library = await openLibrary();
    const first = await library.create({ headline: 'một' });
    await library.create({ headline: 'hai' });
    await library.save(first.id, { headline: 'một (sửa)' });
    expect(library.list().map((summary) => summary.headline)).toEqual(['một (sửa)', 'hai']);
  });

  it('counts the words of sapo and body in the index', async () => {
    const library = await openLibrary();
    const { id } = await library.create();
    await library.save(id, { sapo: 'Ba chữ đây', body: sampleArticle().body });
    expect(library.list()[0]?.wordCount).toBe(3 + 4);
  });

  it('says when the folder does not exist, and creates the default library only when asked', async () => {
    const missing = join(await tempDir(), 'nowhere');
    await expect(Library.open({ root: missing })).rejects.toThrow(/does not exist/);
    await expect(stat(missing)).rejects.toThrow();
    const created = await Library.open({ root: missing, create: true });
    expect(created.list()).toEqual([]);
  });

  it('refuses a file in place of a library folder', async () => {
    const file = join(await tempDir(), 'not-a-folder');
    await writeFile(file, 'x');
    await expect(Library.open({ root: file })).rejects.toThrow(/Not a folder/);
  });

  it('says which article is missing', async () => {
    const library = await openLibrary();
    await expect(library.get('20260301-999999')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the index is a cache of the article files', () => {
  async function libraryWithTwo(): Promise<{ root: string; ids: string[] }> {
    const library = await openLibrary();
    const a = await library.create({ headline: 'Một' });
    const b = await library.create({ headline: 'Hai' });
    return { root: library.root, ids: [a.id, b.id] };
  }

  it.each([
    ['missing', (path: string) => rm(path)],
    ['empty', (path: string) => writeFile(path, '')],
    ['garbage', (path: string) => writeFile(path, '{"schemaVersion": 1, "articles": ')],
    ['wrong shape', (path: string) => writeFile(path, '{"schemaVersion": 1, "articles": []}')],
  ])('is rebuilt when %s, and nothing is lost', async (_name, damage) => {
    const { root, ids } = await libraryWithTwo();
    await damage(join(root, 'library.json'));
    const reopened = await openLibrary(root);
    expect(
      reopened
        .list()
        .map((summary) => summary.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(await readJson(join(root, 'library.json'))).toMatchObject({ articles: { [ids[0] as string]: { headline: 'Một' } } });
  });

  it('notices an article folder added or removed by other means', async () => {
    const { root, ids } = await libraryWithTwo();
    const copy = '20260301-777777';
    await mkdir(join(root, 'articles', copy));
    await writeFile(join(root, 'articles', copy, 'article.json'), JSON.stringify(sampleArticle({ id: copy, headline: 'Copied in' })));
    await rename(join(root, 'articles', ids[0] as string), join(await tempDir(), 'moved-out'));
    const reopened = await openLibrary(root);
    expect(
      reopened
        .list()
        .map((summary) => summary.headline)
        .sort(),
    ).toEqual(['Copied in', 'Hai']);
  });

  it('re-reads an article whose file another tool changed', async () => {
    const { root, ids } = await libraryWithTwo();
    const path = join(root, 'articles', ids[1] as string, 'article.json');
    const edited = { ...((await readJson(path)) as object), headline: 'Hai, sửa bằng công cụ khác', revision: 5 };
    await writeFile(path, JSON.stringify(edited));
    const reopened = await openLibrary(root);
    expect(reopened.list().find((summary) => summary.id === ids[1])).toMatchObject({ headline: 'Hai, sửa bằng công cụ khác', revision: 5 });
  });

  it('opens from the index alone when asked, and a refresh then brings in what other tools did, search included', async () => {
    const { root, ids } = await libraryWithTwo();
    const app = await Library.open({ root, checkFiles: false, deferIndexWrites: true });
    expect(await app.finder.search('mot')).toHaveLength(1);
    const copy = '20260301-777777';
    await mkdir(join(root, 'articles', copy));
    await writeFile(join(root, 'articles', copy, 'article.json'), JSON.stringify(sampleArticle({ id: copy, headline: 'Chép vào từ máy khác' })));
    await rename(join(root, 'articles', ids[0] as string), join(await tempDir(), 'moved-out'));
    // Listed as the index had it until the files are checked.
    expect(
      app
        .list()
        .map((summary) => summary.headline)
        .sort(),
    ).toEqual(['Hai', 'Một']);
    expect(await app.refresh()).toBe(true);
    expect(
      app
        .list()
        .map((summary) => summary.headline)
        .sort(),
    ).toEqual(['Chép vào từ máy khác', 'Hai']);
    expect((await app.finder.search('chep vao')).map((hit) => hit.id)).toEqual([copy]);
    expect(await app.finder.search('mot')).toEqual([]);
    expect(await app.refresh()).toBe(false);
    await app.close();
    // The refreshed index is what the next open reads.
    expect(Object.keys(((await readJson(join(root, 'library.json'))) as { articles: object }).articles).sort()).toEqual([copy, ids[1]].sort());
  });

  it('checks the index by hand exactly as its schema would', () => {
    const entry = { id: '20260301-000001', headline: 'Một', status: 'draft', language: 'vi', section: '', wordCount: 3, createdAt: 'x', updatedAt: 'y', revision: 1, damaged: false, stamp: '1:2' };
    const variants: unknown[] = [
      { schemaVersion: 1, articles: {} },
      { schemaVersion: 1, articles: { a: entry } },
      { schemaVersion: 1, articles: { a: { ...entry, reason: 'cut short' } } },
      { schemaVersion: 2, articles: {} },
      { schemaVersion: 1, articles: [] },
      { schemaVersion: 1 },
      null,
      [],
      ...Object.keys(entry).map((key) => ({ schemaVersion: 1, articles: { a: { ...entry, [key]: undefined } } })),
      ...Object.keys(entry).map((key) => ({ schemaVersion: 1, articles: { a: { ...entry, [key]: 12.5 } } })),
      ...Object.keys(entry).map((key) => ({ schemaVersion: 1, articles: { a: { ...entry, [key]: 'Bad Id!' } } })),
      { schemaVersion: 1, articles: { a: { ...entry, wordCount: -1 } } },
      { schemaVersion: 1, articles: { a: { ...entry, reason: 4 } } },
      { schemaVersion: 1, articles: { a: { ...entry, status: 'published' } } },
    ];
    for (const value of variants) expect([value, isLibraryIndex(value)]).toEqual([value, LibraryIndex.safeParse(value).success]);
  });

  it('lists a damaged article with its reason, opens the others and keeps the damaged bytes', async () => {
    const { root, ids } = await libraryWithTwo();
    const damagedPath = join(root, 'articles', ids[0] as string, 'article.json');
    const bytes = '{"schemaVersion": 1, "headline": "cut sh';
    await writeFile(damagedPath, bytes);
    await writeFile(join(root, 'library.json'), 'not json');
    const reopened = await openLibrary(root);
    const damaged = reopened.list().find((summary) => summary.id === ids[0]);
    expect(damaged).toMatchObject({ damaged: true, reason: expect.stringMatching(/not valid JSON/) });
    await expect(reopened.get(ids[0] as string)).rejects.toMatchObject({ code: 'damaged' });
    expect((await reopened.get(ids[1] as string)).headline).toBe('Hai');
    expect(await readFile(damagedPath, 'utf8')).toBe(bytes);
    expect(reopened.notices.map((notice) => messageText(notice)).join(' ')).toMatch(/rebuilt from the article files \(the damaged file is kept as quarantine\/.+-library\.json\)/);
    const kept = (await readdir(join(root, 'quarantine'))).find((name) => name.endsWith('-library.json'));
    expect(await readFile(join(root, 'quarantine', kept ?? ''), 'utf8')).toBe('not json');
  });
});

describe('the trash', () => {
  it('moves an article out of the list and back, whole', async () => {
    const library = await openLibrary();
    const { id } = await library.create({ headline: 'Tạm bỏ' });
    await writeFile(join(library.root, 'articles', id, 'media', 'photo.jpg'), 'bytes');
    await library.trash.move(id);
    expect(library.list()).toEqual([]);
    expect(await library.trash.list()).toEqual([{ id, headline: 'Tạm bỏ', deletedAt: expect.any(String) }]);
    expect(await readFile(join(library.root, 'trash', id, 'media', 'photo.jpg'), 'utf8')).toBe('bytes');
    const restored = await library.trash.restore(id);
    expect(restored).toMatchObject({ id, headline: 'Tạm bỏ' });
    expect((await library.get(id)).headline).toBe('Tạm bỏ');
    expect(await library.trash.list()).toEqual([]);
    expect(await readdir(join(library.root, 'articles', id))).toEqual(expect.arrayContaining(['article.json', 'media']));
  });

  it('says when there is nothing to restore', async () => {
    const library = await openLibrary();
    await expect(library.trash.restore('20260301-424242')).rejects.toBeInstanceOf(LibraryError);
  });
});

describe('coalesced index writes (the app)', () => {
  it('writes library.json later in one go, on close at the latest, and a crash before that loses nothing', async () => {
    const root = await tempDir();
    const library = await Library.open({ root, deferIndexWrites: true, newId: sequentialIds() });
    const { id } = await library.create({ headline: 'Một' });
    await library.save(id, { headline: 'Hai' });
    const onDisk = () => readJson(join(root, 'library.json')).catch(() => null) as Promise<{ articles: Record<string, { headline: string }> } | null>;
    expect((await onDisk())?.articles[id]?.headline ?? null).not.toBe('Hai');
    // Reopened without a close (a crash): the index is brought in line from the files' stamps.
    expect((await Library.open({ root })).list()[0]?.headline).toBe('Hai');
    await library.save(id, { headline: 'Ba' });
    await library.close();
    expect((await onDisk())?.articles[id]?.headline).toBe('Ba');
  });
});
