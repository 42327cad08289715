import { describe, expect, it } from 'vitest';
import { BOOST, RankedMiniSearch, SEARCH_OPTIONS, queryTerms, queryTree, rankedWords, type SearchDocument } from '../../electron/core/search';

// Syllables that complete one another once their marks are gone (te → tế, tên, tết, tem), with
// the same word written with and without marks, and English words that are prefixes of others.
const SYLLABLES = [
  'kinh',
  'tế',
  'tên',
  'tết',
  'tem',
  'te',
  'nông',
  'dân',
  'đang',
  'danh',
  'dan',
  'hội',
  'hỏi',
  'văn',
  'vân',
  'van',
  'nguyễn',
  'nguyên',
  'thành',
  'phố',
  'phó',
  'phở',
  'quốc',
  'đà',
  'nẵng',
  'đã',
  'nâng',
  'report',
  'reporter',
  'reports',
  'photo',
  'pho',
  'desk',
  'deadline',
];

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function documents(count: number, seed: number): SearchDocument[] {
  const next = seeded(seed);
  const text = (words: number) => Array.from({ length: words }, () => SYLLABLES[Math.floor(next() * next() * SYLLABLES.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    headline: text(6),
    sapo: text(12),
    body: text(20 + Math.floor(next() * 200)),
    captions: i % 3 === 0 ? text(8) : '',
    credits: i % 5 === 0 ? 'Ngọc Trâm TTXVN' : '',
    byline: i % 2 === 0 ? text(2) : '',
    tags: text(2),
    status: i % 4 === 0 ? 'ready' : 'draft',
    section: i % 2 === 0 ? 'Kinh tế' : 'Thời sự',
    date: `2026-0${1 + (i % 9)}-1${i % 10}`,
  }));
}

const QUERIES = [
  'kinh te',
  'kinh tế',
  'kinh te ',
  'te',
  't',
  'nguyen van',
  'nong dan',
  'đà nẵng',
  'da nang',
  'van van',
  'van van ',
  'pho',
  'rep',
  'report',
  'kinh te nong dan',
  'phố hội',
  'desk deadl',
  'absent',
  'kinh absent',
];

/** Ours first: the engine tidies its index as it searches, so each pair sees the same index. */
function sideBySide(engine: RankedMiniSearch<SearchDocument>, query: string, limit: number, keep?: (stored: Record<string, unknown>) => boolean) {
  const terms = queryTerms(query);
  const ours = engine.rankEveryWord(rankedWords(terms), { boost: BOOST, limit, keep });
  const theirs = engine
    .search(queryTree(terms), keep ? { filter: (result) => keep(result) } : {})
    .slice(0, limit)
    .map((result) => ({ id: String(result.id), score: result.score }));
  return { ours: ours.map(({ id, score }) => ({ id, score })), theirs };
}

describe("the sidebar's ranking, read from the engine's index", () => {
  const engine = new RankedMiniSearch<SearchDocument>(SEARCH_OPTIONS);
  engine.addAll(documents(600, 7));

  it('answers what the engine answers, in the same order, with the same scores', () => {
    let answered = 0;
    for (const query of QUERIES) {
      for (const limit of [1, 50, 1000]) {
        const { ours, theirs } = sideBySide(engine, query, limit);
        expect(ours, `${query} (${limit})`).toEqual(theirs);
        if (ours.length > 0) answered++;
      }
    }
    // Most queries find something: the comparison is not between two empty lists.
    expect(answered).toBeGreaterThan(QUERIES.length * 2);
    expect(sideBySide(engine, 'kinh te', 1000).ours.length).toBeGreaterThan(100);
  });

  it('keeps only what the filters let through, still the engine’s best first', () => {
    const ready = (stored: Record<string, unknown>) => stored.status === 'ready';
    for (const query of QUERIES) {
      const { ours, theirs } = sideBySide(engine, query, 50, ready);
      expect(ours, query).toEqual(theirs);
    }
    expect(sideBySide(engine, 'kinh', 50, ready).ours.length).toBe(50);
  });

  it('leaves out discarded and replaced articles, before and after the index is tidied', async () => {
    const changed = new RankedMiniSearch<SearchDocument>(SEARCH_OPTIONS);
    const docs = documents(400, 11);
    changed.addAll(docs);
    // Saves replace an article's entry; the trash removes some.
    const replacements = documents(60, 13);
    for (let i = 0; i < 60; i++) {
      changed.discard(`a${i * 5}`);
      if (i % 2 === 0) changed.add({ ...(replacements[i] as SearchDocument), id: `a${i * 5}` });
    }
    // Before the engine tidies its index, the answers are already those of the tidied index.
    const before = new Map(QUERIES.map((query) => [query, changed.rankEveryWord(rankedWords(queryTerms(query)), { boost: BOOST, limit: 50 }).map(({ id, score }) => ({ id, score }))]));
    await changed.vacuum();
    for (const query of QUERIES) {
      const { ours, theirs } = sideBySide(changed, query, 50);
      expect(ours, query).toEqual(theirs);
      expect(before.get(query), query).toEqual(theirs);
      for (const hit of ours) expect(changed.has(hit.id)).toBe(true);
    }
    expect(before.get('kinh te')?.length).toBe(50);
  });

  it('finds nothing for no words, or for a limit of none', () => {
    expect(engine.rankEveryWord([], { boost: BOOST, limit: 50 })).toEqual([]);
    expect(engine.rankEveryWord(rankedWords(queryTerms('kinh')), { boost: BOOST, limit: 0 })).toEqual([]);
  });

  it('answers the same from an index saved and read back, and follows the changes made to it after', async () => {
    const saved = new RankedMiniSearch<SearchDocument>(SEARCH_OPTIONS);
    saved.addAll(documents(300, 17));
    const loaded = RankedMiniSearch.fromSnapshot<SearchDocument>(JSON.parse(JSON.stringify(saved)), SEARCH_OPTIONS);
    expect(loaded).toBeInstanceOf(RankedMiniSearch);
    for (const query of QUERIES) {
      const { ours, theirs } = sideBySide(loaded, query, 50);
      expect(ours, query).toEqual(theirs);
      // The same articles as before saving (the read-back index adds prefix scores in another order: the last bits may differ).
      expect(new Set(ours.map((hit) => hit.id)), query).toEqual(new Set(sideBySide(saved, query, 50).ours.map((hit) => hit.id)));
    }
    // Asked once (its field lengths are read then), changed, asked again: the change is in the answer.
    const [first] = sideBySide(loaded, 'kinh', 1).ours;
    loaded.discard(first?.id);
    loaded.add({ ...(documents(1, 19)[0] as SearchDocument), id: 'new', headline: 'kinh kinh kinh kinh' });
    const { ours } = sideBySide(loaded, 'kinh', 50);
    expect(ours.map((hit) => hit.id)).not.toContain(first?.id);
    expect(ours[0]?.id).toBe('new');
    await loaded.vacuum();
    expect(sideBySide(loaded, 'kinh', 50).theirs).toEqual(ours);
  });
});
