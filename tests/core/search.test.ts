import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../electron/core/messages';
import { Library } from '../../electron/core/library';
import { makeSnippet, queryTerms } from '../../electron/core/search';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function newsroom(root?: string): Promise<Library> {
  const library = await Library.open({ root: root ?? (await tempDir()), clock: steppingClock(), newId: sequentialIds() });
  if (root) return library;
  await library.create({
    headline: 'Tổng Bí thư Tô Lâm làm việc tại Điện Biên',
    sapo: 'Chuyến công tác đầu năm của Tổng Bí thư.',
    byline: ['Vũ Hà'],
    section: 'Thời sự',
    status: 'ready',
    dateline: { place: 'Điện Biên', date: '2026-01-31' },
    tags: ['Điện Biên', 'chính trị'],
    body: { type: 'doc', content: [paragraph('Tỉnh cần đổi mới tư duy phát triển kinh tế.')] },
  });
  await library.create({
    headline: 'Đà Nẵng đón khách quốc tế',
    sapo: 'Lượng khách tăng mạnh.',
    section: 'Du lịch',
    dateline: { place: 'Đà Nẵng', date: '2026-03-02' },
    body: {
      type: 'doc',
      content: [paragraph('Sân bay đã nâng công suất phục vụ.'), { type: 'figure', attrs: { credit: 'Ngọc Trâm', agency: 'TTXVN' }, content: [{ type: 'text', text: 'Du khách tham quan cầu Rồng' }] }],
    },
  });
  await library.create({
    headline: 'Giá lúa tăng ở miền Tây',
    sapo: 'Thương lái đã nâng giá thu mua.',
    section: 'Kinh tế',
    dateline: { place: 'Cần Thơ', date: '2026-02-10' },
    body: { type: 'doc', content: [paragraph('Nông dân phấn khởi.')] },
  });
  return library;
}

const headlines = async (library: Library, query: string, filters = {}) => (await library.finder.search(query, filters)).map((hit) => hit.headline);

describe('search across the library', () => {
  it('finds without accents what was written with them, đ folding to d', async () => {
    const library = await newsroom();
    expect(await headlines(library, 'tong bi thu to lam')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
    expect(await headlines(library, 'dien bien')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
  });

  it('matches exactly when the reporter types the accents', async () => {
    const library = await newsroom();
    expect(await headlines(library, 'Đà Nẵng')).toEqual(['Đà Nẵng đón khách quốc tế']);
    expect(await headlines(library, 'đã nâng')).toEqual(expect.arrayContaining(['Đà Nẵng đón khách quốc tế', 'Giá lúa tăng ở miền Tây']));
    expect(await headlines(library, 'đã nâng')).toHaveLength(2);
    // Without accents, both spellings match.
    expect((await headlines(library, 'da nang')).sort()).toEqual(['Giá lúa tăng ở miền Tây', 'Đà Nẵng đón khách quốc tế'].sort());
  });

  it('needs every word of the query', async () => {
    const library = await newsroom();
    expect(await headlines(library, 'dien bien kinh te')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
    expect(await headlines(library, 'dien bien du lich')).toEqual([]);
  });

  it('searches captions, credits, byline and tags, and ranks headline matches first', async () => {
    const library = await newsroom();
    expect(await headlines(library, 'cau rong')).toEqual(['Đà Nẵng đón khách quốc tế']);
    expect(await headlines(library, 'ngoc tram')).toEqual(['Đà Nẵng đón khách quốc tế']);
    expect(await headlines(library, 'vu ha')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
    expect(await headlines(library, 'chinh tri')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
  });

  it('filters by status, section and date', async () => {
    const library = await newsroom();
    expect(await headlines(library, 'nang', { status: 'ready' })).toEqual([]);
    expect(await headlines(library, 'nang', { section: 'kinh tế' })).toEqual(['Giá lúa tăng ở miền Tây']);
    expect(await headlines(library, 'nang', { from: '2026-03-01' })).toEqual(['Đà Nẵng đón khách quốc tế']);
    expect(await headlines(library, 'nang', { to: '2026-02-28' })).toEqual(['Giá lúa tăng ở miền Tây']);
  });

  it('completes the last word as it is typed', async () => {
    const library = await newsroom();
    expect(await headlines(library, 'dien bie')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
    expect(await headlines(library, 'dien bie ')).toEqual([]);
  });

  it('gives a snippet with the matched words marked', async () => {
    const library = await newsroom();
    const [hit] = await library.finder.search('cong suat');
    expect(hit?.snippet).toContain('công suất');
    const marked = hit?.highlights.map(([start, end]) => hit.snippet.slice(start, end));
    expect(marked).toEqual(['công', 'suất']);
  });

  it('sets the sapo apart from the body in a snippet', async () => {
    const library = await newsroom();
    const [hit] = await library.finder.search('phan khoi');
    expect(hit?.snippet).toContain('thu mua. Nông dân phấn khởi.');
  });

  it('follows saves, trash and restore', async () => {
    const library = await newsroom();
    const [hit] = await library.finder.search('lua');
    await library.save(hit?.id ?? '', { headline: 'Giá cà phê lập kỷ lục' });
    expect(await headlines(library, 'ca phe')).toEqual(['Giá cà phê lập kỷ lục']);
    expect(await headlines(library, 'gia lua')).toEqual([]);
    await library.trash.move(hit?.id ?? '');
    expect(await headlines(library, 'ca phe')).toEqual([]);
    await library.trash.restore(hit?.id ?? '');
    expect(await headlines(library, 'ca phe')).toEqual(['Giá cà phê lập kỷ lục']);
  });
});

describe('the persisted search index', () => {
  it('is kept in the library and reopened without reading the articles again', async () => {
    const first = await newsroom();
    await first.finder.search('x');
    const reopened = await newsroom(first.root);
    expect(await headlines(reopened, 'dien bien')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
    const snapshot = JSON.parse(await readFile(join(first.root, 'search', 'index.json'), 'utf8'));
    expect(Object.keys(snapshot.stamps)).toHaveLength(3);
  });

  it('records saves made before anyone searched, and a journal line cut short by a crash is harmless', async () => {
    const library = await newsroom();
    await library.finder.search('x');
    const reopened = await newsroom(library.root);
    const [hit] = await reopened.finder.search('lua');
    const other = await newsroom(library.root);
    await other.save(hit?.id ?? '', { sapo: 'Thêm chữ hồ tiêu.' });
    await appendFile(join(library.root, 'search', 'journal.jsonl'), '{"op":"put","stamp":"1","docu');
    const again = await newsroom(library.root);
    expect(await headlines(again, 'ho tieu')).toEqual(['Giá lúa tăng ở miền Tây']);
  });

  it('is rebuilt when missing, damaged or stale', async () => {
    const library = await newsroom();
    await library.finder.search('x');
    await writeFile(join(library.root, 'search', 'index.json'), '{"version":1,"sta');
    const damaged = await newsroom(library.root);
    expect(await headlines(damaged, 'dien bien')).toEqual(['Tổng Bí thư Tô Lâm làm việc tại Điện Biên']);
    expect(damaged.notices.map((notice) => messageText(notice)).join(' ')).toMatch(/search index was damaged: .*kept as quarantine\/\d{8}T\d{6}Z-index\.json/);
    const { readdir } = await import('node:fs/promises');
    const [kept] = (await readdir(join(library.root, 'quarantine'))).filter((name) => name.endsWith('-index.json'));
    expect(await readFile(join(library.root, 'quarantine', kept ?? ''), 'utf8')).toBe('{"version":1,"sta');
    // Another tool edits an article file directly: its stamp changes, so it is read again.
    const [hit] = await damaged.finder.search('lua');
    const path = join(library.root, 'articles', hit?.id ?? '', 'article.json');
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), headline: 'Hạt điều được mùa' }));
    expect(await headlines(await newsroom(library.root), 'hat dieu')).toEqual(['Hạt điều được mùa']);
  });
});

describe('query words and snippets', () => {
  it('searches a word as written when it carries marks, accent-free when not', () => {
    expect(queryTerms('Đà nang')).toEqual([
      { term: 'đà', exact: true, prefix: false },
      { term: 'nang', exact: false, prefix: true },
    ]);
  });

  it('cuts a snippet at whole words around the first match', () => {
    const text = `${'chữ '.repeat(60)}Điện Biên ${'đuôi '.repeat(60)}`;
    const snippet = makeSnippet(text, queryTerms('dien '));
    expect(snippet.text.startsWith('…chữ')).toBe(true);
    expect(snippet.text.endsWith('đuôi…')).toBe(true);
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['Điện']);
  });
});
