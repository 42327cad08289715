import { describe, expect, it } from 'vitest';
import { Library, LibraryError } from '../../electron/core/library';
import { englishErrors, message, messageText, vietnameseErrors } from '../../electron/core/messages';
import { dispatch, libraryHandlers } from '../../electron/handlers';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('what the core says went wrong', () => {
  it('fills a message, reasons within reasons, in either language', () => {
    const said = message('ioFailed', { doing: message('doSave'), reason: message('diskFull', { path: '/thu-vien/bai.json' }) });
    expect(messageText(said)).toBe('Could not save the article: the disk is full (/thu-vien/bai.json)');
    expect(messageText(said, vietnameseErrors)).toBe('Không lưu bài được: ổ đĩa đã đầy (/thu-vien/bai.json)');
  });

  it('has every message in both languages, with the same values', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(vietnameseErrors).sort()).toEqual(Object.keys(englishErrors).sort());
    for (const [key, text] of Object.entries(englishErrors)) expect(names(vietnameseErrors[key as keyof typeof englishErrors]), key).toEqual(names(text));
  });

  it('crosses the bridge as English text and as a message the interface can say in its language', async () => {
    const library = await Library.open({ root: await tempDir() });
    const handlers = libraryHandlers(library, { exportsFolder: '/tmp/copydesk-exports' });
    const result = await dispatch(handlers, 'getArticle', { id: '20261126-abcdef0123' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No article with id 20261126-abcdef0123 in this library.', said: { key: 'articleNotFound', values: { id: '20261126-abcdef0123' } } },
    });
    const imported = await dispatch(handlers, 'importArticle', { name: 'bao-cao.pdf', data: Buffer.from('%PDF-1.7').toString('base64') });
    expect(imported.ok ? null : imported.error.said).toEqual({ key: 'unknownFormat', values: { name: 'bao-cao.pdf' } });
    const error = await library.get('20261126-abcdef0123').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LibraryError);
    expect(messageText((error as LibraryError).said, vietnameseErrors)).toBe('Thư viện này không có bài mang mã 20261126-abcdef0123.');
    await library.close();
  });
});
