import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library';
import { dispatch, libraryHandlers } from '../../electron/handlers';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('the contract bound to the core', () => {
  it('runs a verb with a valid payload', async () => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }), { exportsFolder: '/tmp/copydesk-exports' });
    const created = await dispatch(handlers, 'createArticle', { fields: { headline: 'Xin chào' } });
    expect(created).toMatchObject({ ok: true, value: { headline: 'Xin chào', revision: 1 } });
    expect(await dispatch(handlers, 'listArticles', {})).toMatchObject({ ok: true, value: [{ headline: 'Xin chào' }] });
  });

  it.each([
    ['getArticle', { id: '../../../etc/passwd' }],
    ['getArticle', {}],
    ['getArticle', 'text'],
    ['getArticle', null],
    ['saveArticle', { id: '20260301-000001', baseRevision: 0, patch: {} }],
    ['saveArticle', { id: '20260301-000001', baseRevision: 1, patch: { status: 'published' } }],
    ['listArticles', { extra: true }],
    ['listArticles', { checkFiles: 'yes' }],
    ['searchPassages', { query: 'x', ids: ['../../etc'] }],
    ['searchPassages', { query: 'x' }],
    ['checkSpelling', { language: 'fr', words: ['bonjour'] }],
    ['checkSpelling', { language: 'vi', words: Array.from({ length: 5001 }, () => 'từ') }],
    ['spellingSuggestions', { language: 'en', word: '' }],
    ['addToDictionary', { word: 42 }],
  ])('refuses %s with %j as a typed error', async (verb, payload) => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }), { exportsFolder: '/tmp/copydesk-exports' });
    expect(await dispatch(handlers, verb, payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining(verb) } });
  });

  it('answers a search from the index, then the passages, and a save with the list row', async () => {
    const library = await Library.open({ root: await tempDir() });
    const handlers = libraryHandlers(library, { exportsFolder: '/tmp/copydesk-exports' });
    const { id, revision } = await library.create({ headline: 'Lũ ở Quảng Ninh' });
    const saved = await dispatch(handlers, 'saveArticle', { id, baseRevision: revision, patch: { sapo: 'Mưa lớn kéo dài ở Quảng Ninh.' } });
    expect(saved).toEqual({ ok: true, value: { ...library.list()[0], revision: 2, wordCount: 7 } });
    expect(await dispatch(handlers, 'libraryInfo', {})).toMatchObject({ ok: true, value: { articleCount: 1 } });
    const found = await dispatch(handlers, 'search', { query: 'quang ninh' });
    expect(found).toMatchObject({ ok: true, value: [{ id, headline: 'Lũ ở Quảng Ninh' }] });
    expect((found as { value: object[] }).value[0]).not.toHaveProperty('snippet');
    expect(await dispatch(handlers, 'searchPassages', { query: 'quang ninh', ids: [id] })).toEqual({
      ok: true,
      value: [
        {
          id,
          snippet: 'Mưa lớn kéo dài ở Quảng Ninh.',
          highlights: [
            [18, 23],
            [24, 28],
          ],
        },
      ],
    });
  });

  it('refuses a verb the contract does not name', async () => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }), { exportsFolder: '/tmp/copydesk-exports' });
    expect(await dispatch(handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
    expect(await dispatch(handlers, 'deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
  });

  it('passes the core’s errors on with their codes', async () => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }), { exportsFolder: '/tmp/copydesk-exports' });
    expect(await dispatch(handlers, 'getArticle', { id: '20260301-000404' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('export over the bridge', () => {
  it('exports only into a folder the reporter chose (or the exports folder), opens only folders it made, and says what the harness cannot do', async () => {
    const library = await Library.open({ root: await tempDir() });
    const opened: string[] = [];
    const picked = await tempDir();
    const exportsFolder = await tempDir();
    const withDesktop = libraryHandlers(library, { exportsFolder, chooseFolder: async () => picked, openFolder: async (path) => void opened.push(path) });
    const harness = libraryHandlers(library, { exportsFolder });
    const { id } = await library.create({ headline: 'Xuất bản' });
    // A folder the page names by itself is refused, however absolute: it was not chosen.
    const elsewhere = await tempDir();
    for (const parent of [elsewhere, 'relative/dir', '/etc']) {
      expect(await dispatch(withDesktop, 'exportArticle', { id, format: 'txt', singleFile: false, parent })).toMatchObject({
        ok: false,
        error: { code: 'invalid', message: expect.stringMatching(/was not chosen here/) },
      });
    }
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await dispatch(withDesktop, 'chooseFolder', { current: '' })).toEqual({ ok: true, value: { path: picked } });
    const exported = await dispatch(withDesktop, 'exportArticle', { id, format: 'txt', singleFile: false, parent: picked });
    expect(exported).toMatchObject({ ok: true, value: { folder: `${picked}/xuat-ban-txt`, main: `${picked}/xuat-ban-txt/xuat-ban.txt` } });
    expect(await dispatch(harness, 'exportArticle', { id, format: 'txt', singleFile: false, parent: exportsFolder })).toMatchObject({ ok: true });
    expect(await dispatch(harness, 'exportArticle', { id, format: 'txt', singleFile: false, parent: picked })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dispatch(withDesktop, 'openFolder', { path: `${picked}/xuat-ban-txt` })).toMatchObject({ ok: true });
    expect(await dispatch(withDesktop, 'openFolder', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(opened).toEqual([`${picked}/xuat-ban-txt`]);
    expect(await dispatch(harness, 'chooseFolder', { current: '' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await dispatch(harness, 'openFolder', { path: `${picked}/xuat-ban-txt` })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    const preview = await dispatch(harness, 'exportPreview', { id });
    expect(preview).toMatchObject({ ok: true, value: { html: expect.stringContaining('<h1>Xuất bản</h1>') } });
  });
});
