import { BlockCounter, type TextCounts } from '../text';
import { bodyText } from './body';
import type { ArticleFields, BodyNode } from './schema';

/**
 * The text a reader reads, in the order they read it: sapo then body. The headline is left out,
 * as newsrooms do when they count a piece against its length.
 */
export function readableText(article: Pick<ArticleFields, 'sapo' | 'body'>): string {
  return `${article.sapo}\n${bodyText(article.body)}`;
}

/** A save keeps the blocks it did not change as the same objects: only changed ones are counted. */
const counter = new BlockCounter<BodyNode>((block) => bodyText({ type: 'doc', content: [block] }));

/** `countText(readableText(article))`, block by block (see BlockCounter). */
export function articleCounts(article: Pick<ArticleFields, 'sapo' | 'body'>): TextCounts {
  return counter.count(article.sapo, article.body.content);
}
