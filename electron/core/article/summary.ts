import { articleCounts } from './articleText';
import type { Article, ArticleSummary } from './schema';

/** An index row for an article; `wordCount` when it is known already (the text did not change). */
export function summarize(article: Article, wordCount?: number): ArticleSummary {
  return {
    id: article.id,
    headline: article.headline,
    status: article.status,
    language: article.language,
    section: article.section,
    wordCount: wordCount ?? articleCounts(article).words,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    revision: article.revision,
    damaged: false,
  };
}

/** The row shown for an article whose file cannot be read: listed, flagged, never hidden. */
export function damagedSummary(id: string, reason: string, updatedAt: string): ArticleSummary {
  return {
    id,
    headline: '',
    status: 'draft',
    language: 'vi',
    section: '',
    wordCount: 0,
    createdAt: updatedAt,
    updatedAt,
    revision: 0,
    damaged: true,
    reason,
  };
}
