import { SCHEMA_VERSION, parseArticleValue, type Article } from '../../electron/core/article';

/** A draft article with the given fields and plain defaults for the rest, validated as the library would. */
export function draftArticle(fields: Partial<Article>): Article {
  return parseArticleValue({
    schemaVersion: SCHEMA_VERSION,
    id: '20260301-000001',
    headline: '',
    sapo: '',
    byline: [],
    dateline: { place: '', date: null },
    source: '',
    section: '',
    tags: [],
    language: 'vi',
    status: 'draft',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    revision: 1,
    // A field the caller has no value for keeps its default.
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  });
}
