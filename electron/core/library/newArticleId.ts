import { randomBytes } from 'node:crypto';

/** A new article id: the day, then ten hex digits (`20260301-a1b2c3d4e5`). */
export function defaultArticleId(now: Date): string {
  return `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(5).toString('hex')}`;
}
