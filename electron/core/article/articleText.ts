import { countText, type TextCounts } from '../text';
import { bodyText } from './body';
import type { ArticleFields } from './schema';

/**
 * The text a reader reads, in the order they read it: sapo then body. The headline is left out,
 * as newsrooms do when they count a piece against its length.
 */
export function readableText(article: Pick<ArticleFields, 'sapo' | 'body'>): string {
  return `${article.sapo}\n${bodyText(article.body)}`;
}

export function articleCounts(article: Pick<ArticleFields, 'sapo' | 'body'>): TextCounts {
  return countText(readableText(article));
}
