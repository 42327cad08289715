import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library';
import { dispatch, libraryHandlers } from '../../electron/handlers';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('the contract bound to the core', () => {
  it('runs a verb with a valid payload', async () => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }));
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
  ])('refuses %s with %j as a typed error', async (verb, payload) => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }));
    expect(await dispatch(handlers, verb, payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining(verb) } });
  });

  it('refuses a verb the contract does not name', async () => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }));
    expect(await dispatch(handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
    expect(await dispatch(handlers, 'deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
  });

  it('passes the core’s errors on with their codes', async () => {
    const handlers = libraryHandlers(await Library.open({ root: await tempDir() }));
    expect(await dispatch(handlers, 'getArticle', { id: '20260301-000404' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
