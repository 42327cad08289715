import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library, checkLibrary, repairLibrary } from '../../electron/core/library';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function libraryWith(headlines: string[]): Promise<{ library: Library; ids: string[] }> {
  const library = await Library.open({ root: await tempDir(), clock: steppingClock(), newId: sequentialIds() });
  const ids: string[] = [];
  for (const headline of headlines) ids.push((await library.create({ headline })).id);
  return { library, ids };
}

describe('check', () => {
  it('passes a healthy library', async () => {
    const { library } = await libraryWith(['một', 'hai']);
    expect(await checkLibrary(library.layout)).toEqual({ ok: true, articles: 2, problems: [] });
  });

  it('names each problem', async () => {
    const { library, ids } = await libraryWith(['một', 'hai', 'ba']);
    await writeFile(library.layout.articleFile(ids[0] as string), '');
    await writeFile(library.layout.articleFile(ids[1] as string), JSON.stringify({ schemaVersion: 9 }));
    await mkdir(join(library.layout.articles, '.new-20260301-123456'));
    const report = await checkLibrary(library.layout);
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem) => [problem.kind, problem.id])).toEqual(
      expect.arrayContaining([
        ['article-damaged', ids[0]],
        ['article-damaged', ids[1]],
        ['article-unfinished', undefined],
      ]),
    );
    expect(report.problems.find((problem) => problem.id === ids[1])?.message).toMatch(/newer Copydesk/);
  });

  it('notices an index that disagrees with the files', async () => {
    const { library, ids } = await libraryWith(['một']);
    const index = JSON.parse(await readFile(library.layout.index, 'utf8'));
    index.articles[ids[0] as string].headline = 'stale';
    await writeFile(library.layout.index, JSON.stringify(index));
    expect((await checkLibrary(library.layout)).problems).toEqual([expect.objectContaining({ kind: 'index-stale', id: ids[0] })]);
  });
});

describe('check --repair', () => {
  it('quarantines damaged articles byte for byte, rebuilds the index and deletes nothing', async () => {
    const { library, ids } = await libraryWith(['một', 'hai']);
    const damaged = 'NUL\u0000\u0000 bytes';
    await writeFile(library.layout.articleFile(ids[0] as string), damaged);
    await writeFile(join(library.layout.mediaDir(ids[0] as string), 'kept.jpg'), 'photo');
    await writeFile(library.layout.index, '{ broken');
    const { actions, after } = await repairLibrary(library.layout, new Date('2026-03-02T10:00:00Z'));
    expect(after).toEqual({ ok: true, articles: 1, problems: [] });
    expect(actions.join('\n')).toMatch(/moved articles\/.+ to quarantine/);
    const quarantined = await readdir(library.layout.quarantine);
    expect(quarantined.sort()).toEqual([`20260302T100000Z-${ids[0]}`, '20260302T100000Z-library.json'].sort());
    const folder = join(library.layout.quarantine, `20260302T100000Z-${ids[0]}`);
    expect(await readFile(join(folder, 'article.json'), 'utf8')).toBe(damaged);
    expect(await readFile(join(folder, 'media', 'kept.jpg'), 'utf8')).toBe('photo');
    expect(await readFile(join(folder, 'QUARANTINED.txt'), 'utf8')).toMatch(/NUL bytes/);
    expect(await readFile(join(library.layout.quarantine, '20260302T100000Z-library.json'), 'utf8')).toBe('{ broken');
    const reopened = await Library.open({ root: library.root });
    expect(reopened.list().map((summary) => summary.headline)).toEqual(['hai']);
  });
});
