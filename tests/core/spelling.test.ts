import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../electron/core/messages';
import { Library } from '../../electron/core/library';
import { SpellChecker, isCheckable, otherTonePlacement } from '../../electron/core/spell';
import { dispatch, libraryHandlers } from '../../electron/handlers';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('the spell checker (Hunspell dictionaries, offline)', () => {
  it('finds the misspelled words of a Vietnamese text, whatever the Unicode form typed', async () => {
    const checker = new SpellChecker(async () => []);
    const words = ['Người', 'dân', 'thành', 'phố', 'nguời', 'đường', 'đưòng', 'xuân', 'người'.normalize('NFD'), 'nguời'];
    expect(await checker.misspelled('vi', words)).toEqual(['nguời', 'đưòng']);
    // A mark on the wrong letter, or missing: the same letters with the right marks come first.
    expect((await checker.suggestions('vi', 'đưòng'))[0]).toBe('đường');
    expect((await checker.suggestions('vi', 'nguời')).slice(0, 2)).toContain('người');
    expect((await checker.suggestions('vi', 'Nguời'))[0]).toMatch(/^Ng/);
  });

  it('takes either placement of the tone in oa, oe and uy, as newsrooms write them, and no other', async () => {
    const checker = new SpellChecker(async () => []);
    const either = ['hòa', 'hoà', 'hóa', 'hoá', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'ủy', 'uỷ', 'Hòa', 'Thụy', 'tòa', 'Quý', 'hoàn', 'thuyền'];
    expect(await checker.misspelled('vi', either)).toEqual([]);
    expect(await checker.misspelled('vi', ['hòan', 'qúy', 'thủyền'])).toEqual(['hòan', 'qúy', 'thủyền']);
    expect(otherTonePlacement('hòa')).toBe('hoà');
    expect(otherTonePlacement('Thuỵ')).toBe('Thụy');
    expect(otherTonePlacement('khoẻ'.normalize('NFD'))).toBe('khỏe');
    for (const word of ['quý', 'hoàn', 'người', 'hoa', 'Thuy']) expect(otherTonePlacement(word), word).toBeNull();
  });

  it('checks English against the English dictionary, with suggestions', async () => {
    const checker = new SpellChecker(async () => []);
    expect(await checker.misspelled('en', ['The', 'reportr', 'filed', 'her', 'story', 'on', 'deadlnie'])).toEqual(['reportr', 'deadlnie']);
    expect((await checker.suggestions('en', 'reportr')).slice(0, 3)).toContain('reporter');
  });

  it('leaves acronyms, numbers, codes and addresses alone', () => {
    for (const word of ['TTXVN', 'UBND', 'WHO', '2026', 'COVID-19', 'desk@copydesk.vn', 'a', 'x86']) expect(isCheckable(word), word).toBe(false);
    for (const word of ['tòa', 'Huế', 'reporter', 'Phạm']) expect(isCheckable(word), word).toBe(true);
  });

  it('takes the library’s own words, and learns new ones in every language loaded', async () => {
    const checker = new SpellChecker(async () => ['Huế']);
    expect(await checker.misspelled('vi', ['Huế', 'Sapa'])).toEqual(['Sapa']);
    await checker.learn('Sapa');
    expect(await checker.misspelled('vi', ['Sapa'])).toEqual([]);
  });
});

describe('the library’s own dictionary', () => {
  it('keeps added words in dictionary.json, in NFC, once each, and the checker knows them at once', async () => {
    const root = await tempDir();
    const handlers = libraryHandlers(await Library.open({ root }), { exportsFolder: '/tmp/copydesk-exports' });
    expect(await dispatch(handlers, 'checkSpelling', { language: 'vi', words: ['Huế', 'thành', 'phố'] })).toEqual({ ok: true, value: { misspelled: ['Huế'] } });
    expect(await dispatch(handlers, 'addToDictionary', { word: ' Huế '.normalize('NFD') })).toEqual({ ok: true, value: { word: 'Huế' } });
    expect(await dispatch(handlers, 'addToDictionary', { word: 'Huế' })).toEqual({ ok: true, value: { word: 'Huế' } });
    expect(await dispatch(handlers, 'checkSpelling', { language: 'vi', words: ['Huế'] })).toEqual({ ok: true, value: { misspelled: [] } });
    expect(JSON.parse(await readFile(join(root, 'dictionary.json'), 'utf8'))).toEqual({ version: 1, words: ['Huế'] });
    // Another window on the same library (a colleague's) reads the word from the file.
    const again = libraryHandlers(await Library.open({ root }), { exportsFolder: '/tmp/copydesk-exports' });
    expect(await dispatch(again, 'checkSpelling', { language: 'vi', words: ['Huế'] })).toEqual({ ok: true, value: { misspelled: [] } });
    expect(await dispatch(again, 'spellingSuggestions', { language: 'en', word: 'reportr' })).toMatchObject({ ok: true, value: { suggestions: expect.arrayContaining(['reporter']) } });
  });

  it.each([['hai từ'], ['<script>'], ['../../etc'], ['x'.repeat(61)], ['   ']])('refuses %j as a word, keeping the file as it was', async (word) => {
    const root = await tempDir();
    const handlers = libraryHandlers(await Library.open({ root }), { exportsFolder: '/tmp/copydesk-exports' });
    const refused = await dispatch(handlers, 'addToDictionary', { word });
    expect(refused).toMatchObject({ ok: false, error: { code: expect.stringMatching(/invalid/) } });
    expect(await readdir(root)).not.toContain('dictionary.json');
  });

  it('keeps a damaged dictionary.json in quarantine, says so, and starts again empty', async () => {
    const root = await tempDir();
    await (await Library.open({ root })).close();
    await writeFile(join(root, 'dictionary.json'), '{"version": 1, "words": ["Huế", 42');
    const library = await Library.open({ root });
    const handlers = libraryHandlers(library, { exportsFolder: '/tmp/copydesk-exports' });
    expect(await dispatch(handlers, 'checkSpelling', { language: 'vi', words: ['Huế'] })).toEqual({ ok: true, value: { misspelled: ['Huế'] } });
    expect(library.notices.map((notice) => messageText(notice)).join('\n')).toMatch(/dictionary\.json\) could not be read and starts again empty; the damaged file is in quarantine\//);
    const [kept] = await readdir(join(root, 'quarantine'));
    expect(await readFile(join(root, 'quarantine', kept ?? ''), 'utf8')).toBe('{"version": 1, "words": ["Huế", 42');
    expect(await dispatch(handlers, 'addToDictionary', { word: 'Sapa' })).toEqual({ ok: true, value: { word: 'Sapa' } });
    expect(JSON.parse(await readFile(join(root, 'dictionary.json'), 'utf8')).words).toEqual(['Sapa']);
  });
});
