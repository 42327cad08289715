import { cp, lstat, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library, checkLibrary, repairLibrary } from '../../electron/core/library';
import { MAX_ARTICLE_BYTES } from '../../electron/core/library/articleFile';
import { makePhoto } from '../helpers/photos';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

async function openLibrary(root?: string): Promise<Library> {
  return Library.open({ root: root ?? (await tempDir()), clock: steppingClock(), newId: sequentialIds() });
}

/** Edits an article's file by hand, as someone with a text editor would. */
async function editFile(library: Library, id: string, edit: (raw: Record<string, unknown>) => void): Promise<void> {
  const path = join(library.root, 'articles', id, 'article.json');
  const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(raw);
  await writeFile(path, JSON.stringify(raw));
}

describe('a figure edited by hand', () => {
  it('shows only a display copy: a src naming the original (GPS and all) is dropped, and no export carries the original', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Ảnh có toạ độ' });
    const original = await makePhoto({ gps: true });
    const { figure } = await library.photos.add(article.id, original, 'gps.jpg', { caption: 'Chú thích', credit: 'Vũ Lợi', alt: 'Ảnh' });
    await editFile(library, article.id, (raw) => {
      const body = raw.body as { content: { type: string; attrs?: Record<string, unknown> }[] };
      const node = body.content.find((block) => block.type === 'figure');
      if (node?.attrs) node.attrs.src = figure.attrs.original;
    });
    const read = await library.get(article.id);
    const node = read.body.content.find((block) => block.type === 'figure');
    expect(node?.attrs).toMatchObject({ src: null, original: null, credit: 'Vũ Lợi' });
    for (const format of ['html', 'md', 'txt'] as const) {
      const bundle = await library.exporter.bundle(article.id, format, format === 'html');
      for (const file of bundle.files) expect(Buffer.from(file.data).includes(original.subarray(0, 4096)), `${format}: ${file.path}`).toBe(false);
      expect(bundle.files.map((file) => String(file.data)).join('')).not.toContain(Buffer.from(original).toString('base64').slice(0, 200));
    }
  });
});

const secret = 'root:x:0:0:the secret of this computer';

/** A file outside the library that no export or save may reach. */
async function outsideFile(): Promise<string> {
  const path = join(await tempDir(), 'passwd');
  await writeFile(path, secret);
  return path;
}

describe('links out of the library', () => {
  it('a photo file that is a link is not exported; check names it and --repair moves the link (not its target) to quarantine', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Liên kết' });
    const { figure } = await library.photos.add(article.id, await makePhoto(), 'a.jpg', { caption: 'c', credit: 'd', alt: 'e' });
    const display = join(library.root, 'articles', article.id, figure.attrs.src as string);
    const outside = await outsideFile();
    await rm(display);
    await symlink(outside, display);
    const exports = [() => library.exporter.bundle(article.id, 'html', true), () => library.exporter.bundle(article.id, 'html', false), () => library.exporter.bundle(article.id, 'md', true)];
    for (const make of exports) await expect(make()).rejects.toThrow(/is a link to another place/);
    const report = await checkLibrary(library.layout);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'link-out', path: `articles/${article.id}/${figure.attrs.src}` }));
    const { actions } = await repairLibrary(library.layout, new Date('2026-03-02T10:00:00Z'));
    expect(actions.join('\n')).toMatch(/moved the link articles\/.+ to quarantine/);
    expect(await readFile(outside, 'utf8')).toBe(secret);
    expect(await lstat(display).catch(() => null)).toBeNull();
  });

  it('an article folder linked in from another library is not read, written or listed', async () => {
    const other = await openLibrary();
    const theirs = await other.create({ headline: 'Của thư viện khác' });
    const before = await readFile(join(other.root, 'articles', theirs.id, 'article.json'), 'utf8');
    const library = await openLibrary();
    await symlink(join(other.root, 'articles', theirs.id), join(library.root, 'articles', theirs.id));
    const reopened = await openLibrary(library.root);
    expect(reopened.list().map((row) => row.id)).not.toContain(theirs.id);
    await expect(reopened.get(theirs.id)).rejects.toThrow(/is a link to another place/);
    await expect(reopened.save(theirs.id, { headline: 'ghi đè' })).rejects.toThrow(/is a link to another place/);
    await expect(reopened.photos.keep(theirs.id, await makePhoto(), 'a.jpg')).rejects.toThrow(/is a link to another place/);
    await expect(reopened.history.list(theirs.id)).rejects.toThrow(/is a link to another place/);
    expect(await readFile(join(other.root, 'articles', theirs.id, 'article.json'), 'utf8')).toBe(before);
    expect(await readdir(join(other.root, 'articles', theirs.id, 'media'))).toEqual([]);
    expect((await checkLibrary(reopened.layout)).problems).toContainEqual(expect.objectContaining({ kind: 'link-out', path: `articles/${theirs.id}` }));
  });

  it('the search index’s files as links: nothing is appended to or read from what they point to', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Tìm kiếm', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lũ ở miền Trung' }] }] } });
    expect((await library.finder.search('lu')).map((hit) => hit.id)).toEqual([article.id]);
    const outside = await outsideFile();
    await mkdir(join(library.root, 'search'), { recursive: true });
    for (const name of ['journal.jsonl', 'index.json']) {
      await rm(join(library.root, 'search', name), { force: true });
      await symlink(outside, join(library.root, 'search', name));
    }
    const reopened = await openLibrary(library.root);
    await reopened.save(article.id, { headline: 'Tìm kiếm lại' });
    expect((await reopened.finder.search('lai')).map((hit) => hit.id)).toEqual([article.id]);
    await reopened.close();
    expect(await readFile(outside, 'utf8')).toBe(secret);
  });

  it('a library whose own folders are links is not opened, says which and how to mend it; check --repair does', async () => {
    const library = await openLibrary();
    const elsewhere = await tempDir();
    await rm(join(library.root, 'search'), { recursive: true, force: true });
    await symlink(elsewhere, join(library.root, 'search'));
    await expect(openLibrary(library.root)).rejects.toThrow(/holds links to other places \(search\).*check --repair/);
    await expect(Library.open({ root: library.root, readOnly: true })).rejects.toThrow(/holds links to other places/);
    await repairLibrary(library.layout, new Date('2026-03-02T10:00:00Z'));
    await expect(openLibrary(library.root)).resolves.toBeInstanceOf(Library);
    expect(await readdir(elsewhere)).toEqual([]);
  });
});

describe('ids', () => {
  it.each(['../../outside/victim', '..', '/etc/passwd', 'ARTICLE', '20260301-000001/../../x', ''])('refuses %j before touching the disk', async (id) => {
    const library = await openLibrary();
    await expect(library.get(id)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/is not an article id/) });
    await expect(library.save(id, { headline: 'x' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(library.history.list(id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(library.exporter.bundle(id, 'md')).rejects.toMatchObject({ code: 'invalid' });
    await expect(library.trash.restore(id)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('an article.json holding another article’s id is listed as damaged, keeps saves apart, and --repair gives the copy an id of its own', async () => {
    const library = await openLibrary();
    const original = await library.create({ headline: 'Bản gốc' });
    const copyId = '20260301-c0c0c0c0c0';
    await cp(join(library.root, 'articles', original.id), join(library.root, 'articles', copyId), { recursive: true });
    const reopened = await openLibrary(library.root);
    const rows = reopened.list();
    expect(rows.map((row) => row.id).sort()).toEqual([original.id, copyId].sort());
    expect(rows.find((row) => row.id === copyId)).toMatchObject({ damaged: true, reason: expect.stringMatching(new RegExp(`holds the article ${original.id}, not ${copyId}`)) });
    await expect(reopened.get(copyId)).rejects.toMatchObject({ code: 'damaged' });
    await reopened.save(original.id, { headline: 'Bản gốc, sửa' });
    expect(JSON.parse(await readFile(join(library.root, 'articles', copyId, 'article.json'), 'utf8'))).toMatchObject({ headline: 'Bản gốc' });
    const report = await checkLibrary(reopened.layout);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'article-wrong-id', id: copyId }));
    const { actions, after } = await repairLibrary(reopened.layout, new Date('2026-03-02T10:00:00Z'));
    expect(after.ok).toBe(true);
    const newId = /an id of its own: (\S+)/.exec(actions.join('\n'))?.[1] as string;
    expect(newId).toMatch(/^20260302-[0-9a-f]{10}$/);
    const repaired = await openLibrary(library.root);
    expect(
      repaired
        .list()
        .map((row) => [row.id, row.headline])
        .sort(),
    ).toEqual(
      [
        [original.id, 'Bản gốc, sửa'],
        [newId, 'Bản gốc'],
      ].sort(),
    );
    expect((await repaired.get(newId)).id).toBe(newId);
  });
});

describe('size', () => {
  it('lists an article.json over the limit as damaged ("too large") without reading it', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Lớn' });
    await writeFile(join(library.root, 'articles', article.id, 'article.json'), `{"pad":"${'x'.repeat(MAX_ARTICLE_BYTES)}"}`);
    const reopened = await openLibrary(library.root);
    expect(reopened.list()[0]).toMatchObject({ id: article.id, damaged: true, reason: expect.stringMatching(/too large \(17 MB; an article file is at most 16 MB\)/) });
    await expect(reopened.get(article.id)).rejects.toThrow(/too large/);
  });

  it('refuses to save an article over the limit, with the reason, and keeps the saved one', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Dán nhầm' });
    const huge = Array.from({ length: 400 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'chữ '.repeat(12_000) }] }));
    await expect(library.save(article.id, { body: { type: 'doc', content: huge } })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/too large to save \(\d+ MB; an article is at most 16 MB\)/),
    });
    expect((await library.get(article.id)).revision).toBe(1);
  });
});

describe('recovery after a crash', () => {
  it('leaves alone a folder named like a temp file, and a link named like one', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Tạm' });
    const dir = join(library.root, 'articles', article.id);
    await mkdir(join(dir, '.article.json.123.abcdef.copydesk-tmp'));
    await writeFile(join(dir, '.article.json.123.abcdef.copydesk-tmp', 'keep.txt'), 'của người dùng');
    const outside = await outsideFile();
    await symlink(outside, join(dir, '.article.json.124.abcdef.copydesk-tmp'));
    const reopened = await Library.open({ root: library.root, recover: true });
    expect(reopened.list()[0]).toMatchObject({ id: article.id, damaged: false });
    expect(await readFile(join(dir, '.article.json.123.abcdef.copydesk-tmp', 'keep.txt'), 'utf8')).toBe('của người dùng');
    expect(await readFile(outside, 'utf8')).toBe(secret);
  });
});

describe('control characters', () => {
  // eslint-disable-next-line no-control-regex -- what must never be stored
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
  const dirty = 'Bão\u0000 số\u001b[31m 3\u0007 đổ\u009b bộ\u007f';

  it('are removed from every field and every text of the body, on every way in, tabs and line ends kept where a field holds them', async () => {
    const library = await openLibrary();
    const created = await library.create({
      headline: `${dirty}\nhai dòng\tmột tab`,
      sapo: `Dòng một\u0085dòng hai\r\ndòng ba\u2028\u0001`,
      byline: [`Lê\u0008 Minh`],
      dateline: { place: 'Hà\u001f Nội', date: null },
      source: 'Theo\u0000 TTXVN',
      section: 'Thời\u0002 sự',
      tags: ['lũ\u0003'],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `${dirty}\ntiếp\ttab` }] },
          { type: 'figure', attrs: { alt: 'Ảnh\u001b\nhai', credit: 'Vũ\u0000 Lợi', agency: 'TTXVN\u009b' }, content: [{ type: 'text', text: 'Chú\u0007 thích' }] },
        ],
      },
    });
    const stored = await library.get(created.id);
    expect(JSON.stringify(stored)).not.toMatch(CONTROL);
    expect(stored).toMatchObject({
      headline: 'Bão số[31m 3 đổ bộ hai dòng một tab',
      sapo: 'Dòng một\ndòng hai\ndòng ba\n',
      byline: ['Lê Minh'],
      dateline: { place: 'Hà Nội' },
      source: 'Theo TTXVN',
      section: 'Thời sự',
      tags: ['lũ'],
    });
    expect(stored.body.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Bão số[31m 3 đổ bộ tiếp\ttab' }] });
    expect(stored.body.content[1]?.attrs).toMatchObject({ alt: 'Ảnh hai', credit: 'Vũ Lợi', agency: 'TTXVN' });
    const saved = await library.save(created.id, { headline: 'Sửa\u0000', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Gõ\u001b' }] }] } });
    expect(JSON.stringify(saved)).not.toMatch(CONTROL);
  });

  // A NUL makes a file binary, which the importers refuse outright, and so do many controls in
  // little text; a few among ordinary text come through.
  const inText = `${dirty.replace('\u0000', '')} ${'Người dân vùng lũ đã trở về nhà. '.repeat(20)}`;
  it.each([
    ['txt', `${inText}\n\nHÀ NỘI (TTXVN) - ${inText}.`],
    ['md', `# ${inText}\n\n${inText} *nghiêng\u0001*`],
    ['html', `<html><head><title>${inText}</title></head><body><h1>${inText}</h1><p>${inText}</p></body></html>`],
  ])('are removed from what the %s importer brings', async (format, source) => {
    const library = await openLibrary();
    const article = await library.importArticle(Buffer.from(source), `tin.${format}`);
    expect(JSON.stringify(article)).not.toMatch(CONTROL);
    expect(JSON.stringify(article)).toContain('đổ bộ');
  });

  it('are removed from a photo’s own metadata', async () => {
    const library = await openLibrary();
    const article = await library.create({ headline: 'Ảnh' });
    const { withIptc } = await import('../helpers/photos');
    const photo = withIptc(await makePhoto(), { caption: 'Chú\u001b thích\u009b', byline: 'Vũ\u0007 Lợi', credit: 'TTX\u0000VN' });
    const imported = await library.photos.keep(article.id, photo, 'a.jpg');
    expect(imported.metadata).toMatchObject({ caption: 'Chú thích', credit: 'Vũ Lợi', agency: 'TTXVN' });
  });
});

describe('a full disk', () => {
  /** Writes as the disk would, but refuses what the test says is past the end of it. */
  function fullFor(refused: (path: string) => boolean) {
    return async (path: string, data: string | Uint8Array): Promise<void> => {
      if (refused(path)) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      const { writeFileDurably } = await import('../../electron/core/library');
      await writeFileDurably(path, data);
    };
  }

  it('refusing a save point asked for: the article is saved, and the caller is told the save point is not', async () => {
    const root = await tempDir();
    const library = await Library.open({ root, clock: steppingClock(), newId: sequentialIds(), writeFile: fullFor((path) => path.includes('/revisions/')) });
    const article = await library.create({ headline: 'Đĩa đầy' });
    await expect(library.save(article.id, { headline: 'Đĩa đầy, sửa' }, undefined, 'command')).rejects.toMatchObject({
      code: 'io',
      message: `Article ${article.id} is saved, but the save point kept with it (a revision in its history) could not be written: the disk is full (${join(root, 'articles', article.id)}).`,
    });
    expect(await library.get(article.id)).toMatchObject({ headline: 'Đĩa đầy, sửa', revision: 2 });
    await expect(library.savePoint(article.id, 'command')).rejects.toThrow(/is saved, but the save point .* could not be written: the disk is full/);
    // A snapshot nobody asked for (a status change) does not refuse the save.
    await expect(library.save(article.id, { status: 'ready' })).resolves.toMatchObject({ status: 'ready' });
  });

  it('refusing a new article: nothing is left of it, no half-made folder', async () => {
    const root = await tempDir();
    const library = await Library.open({ root, clock: steppingClock(), newId: sequentialIds(), writeFile: fullFor((path) => path.endsWith('article.json')) });
    await expect(library.create({ headline: 'Không vào' })).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/^Could not create the article: the disk is full/) });
    expect(await readdir(join(root, 'articles'))).toEqual([]);
  });
});
