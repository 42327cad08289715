import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../electron/core/messages';
import { Library, checkLibrary } from '../../electron/core/library';
import { sampleArticle } from '../helpers/sampleArticle';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
const TEMP = '.copydesk-tmp';

async function library(root?: string, recover = false): Promise<Library> {
  return Library.open({ root: root ?? (await tempDir()), clock: steppingClock(), newId: sequentialIds(), recover });
}

describe('recovering from a writer that stopped mid-way', () => {
  it('finishes an interrupted creation whose file is complete, and sets aside one that is not', async () => {
    const first = await library();
    const root = first.root;
    const complete = sampleArticle({ id: '20260301-aaaaaa', headline: 'Gần xong' });
    await mkdir(join(root, 'articles', `.new-${complete.id}`, 'media'), { recursive: true });
    await writeFile(join(root, 'articles', `.new-${complete.id}`, 'article.json'), JSON.stringify(complete));
    await mkdir(join(root, 'articles', '.new-20260301-bbbbbb'), { recursive: true });
    await writeFile(join(root, 'articles', '.new-20260301-bbbbbb', 'article.json'), '{"schemaVersion":1,"headl');
    expect((await checkLibrary(first.layout)).ok).toBe(false);

    const reopened = await library(root, true);
    expect(reopened.list().map((summary) => summary.headline)).toEqual(['Gần xong']);
    expect(reopened.notices.map((notice) => messageText(notice)).join(' ')).toMatch(/“Gần xong” was being created when Copydesk stopped/);
    expect(reopened.notices.map((notice) => messageText(notice)).join(' ')).toMatch(/could not be finished; what there was is kept in quarantine\//);
    const [kept] = await readdir(join(root, 'quarantine'));
    expect(await readFile(join(root, 'quarantine', kept ?? '', 'article.json'), 'utf8')).toBe('{"schemaVersion":1,"headl');
    expect(await checkLibrary(reopened.layout)).toMatchObject({ ok: true });
  });

  it('keeps a newer unsaved version as a revision and tells the reporter; removes torn temp files', async () => {
    const first = await library();
    const { id } = await first.create({ headline: 'Bản đã lưu' });
    const dir = join(first.root, 'articles', id);
    const saved = JSON.parse(await readFile(join(dir, 'article.json'), 'utf8'));
    await writeFile(join(dir, `.article.json.999.aaaa${TEMP}`), JSON.stringify({ ...saved, headline: 'Bản đang lưu dở', revision: saved.revision + 1 }));
    await writeFile(join(dir, `.article.json.999.bbbb${TEMP}`), '{"schemaVersion":1,"hea');
    await writeFile(join(dir, `.article.json.999.cccc${TEMP}`), JSON.stringify({ ...saved, headline: 'Bản cũ hơn' }));
    await writeFile(join(first.root, `.library.json.999.dddd${TEMP}`), '{');
    await mkdir(join(first.root, 'search'), { recursive: true });
    await writeFile(join(first.root, 'search', `.index.json.999.eeee${TEMP}`), '{');

    const untouched = await library(first.root, false);
    expect(untouched.notices).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.endsWith(TEMP))).toHaveLength(3);

    const reopened = await library(first.root, true);
    expect(reopened.notices.map((notice) => messageText(notice)).join(' ')).toMatch(
      /A version of “Bản đang lưu dở” that was being saved when Copydesk stopped is newer than the saved one; it is kept in the article’s History/,
    );
    expect((await reopened.get(id)).headline).toBe('Bản đã lưu');
    const [revision] = await reopened.history.list(id);
    expect(revision).toMatchObject({ reason: 'recovered', headline: 'Bản đang lưu dở' });
    for (const folder of [dir, first.root, join(first.root, 'search')]) expect((await readdir(folder)).filter((name) => name.endsWith(TEMP))).toEqual([]);
    expect(await checkLibrary(reopened.layout)).toMatchObject({ ok: true });
  });
});
