import { SCHEMA_VERSION, type Article } from '../../electron/core/article';

/** A complete, valid Vietnamese article to vary in tests. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: '20260301-000001',
    headline: 'Mưa lớn ở miền Trung',
    sapo: 'Nhiều tuyến đường bị ngập.',
    byline: ['Lê Minh'],
    dateline: { place: 'Huế', date: '2026-03-01' },
    source: 'Theo TTXVN',
    section: 'Thời sự',
    tags: ['thời tiết'],
    language: 'vi',
    status: 'draft',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sáng nay, mưa lớn.' }] }] },
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}
