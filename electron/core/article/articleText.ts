import { countText, readingMinutes, type TextCounts } from '../text';
import { bodyText } from './body';
import type { ArticleFields, BodyNode } from './schema';

/**
 * The text a reader reads, in the order they read it: sapo then body. The headline is left out,
 * as newsrooms do when they count a piece against its length.
 */
export function readableText(article: Pick<ArticleFields, 'sapo' | 'body'>): string {
  return `${article.sapo}\n${bodyText(article.body)}`;
}

/**
 * Counts per top-level block, for as long as the block lives: a save keeps the blocks it did not
 * change as the very same objects, so a long article is not counted whole again on every save.
 */
const perBlock = new WeakMap<BodyNode, TextCounts>();

function blockCounts(block: BodyNode): TextCounts {
  let counts = perBlock.get(block);
  if (!counts) {
    counts = countText(bodyText({ type: 'doc', content: [block] }));
    perBlock.set(block, counts);
  }
  return counts;
}

/**
 * `countText(readableText(article))`, block by block: every block's text ends in a line break,
 * which parts words and is not itself counted, so the counts of the blocks add up.
 */
export function articleCounts(article: Pick<ArticleFields, 'sapo' | 'body'>): TextCounts {
  const sapo = countText(article.sapo);
  let { words, characters } = sapo;
  for (const block of article.body.content) {
    const counts = blockCounts(block);
    words += counts.words;
    characters += counts.characters;
  }
  return { words, characters, readingMinutes: readingMinutes(words) };
}
