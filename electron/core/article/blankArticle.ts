import { SCHEMA_VERSION, emptyBody, type Article } from './schema';

/** A new, empty Vietnamese draft dated today: what "New article" starts from. */
export function blankArticle(id: string, now: Date): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    headline: '',
    sapo: '',
    byline: [],
    dateline: { place: '', date: now.toISOString().slice(0, 10) },
    source: '',
    section: '',
    tags: [],
    language: 'vi',
    status: 'draft',
    body: emptyBody(),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    revision: 1,
  };
}
