/** Counts shown in the status bar and stored in the library index. */
export interface TextCounts {
  words: number;
  characters: number;
  /** Whole minutes at the reading speed below, at least 1 for any text. */
  readingMinutes: number;
}

/**
 * Words read per minute. Newsrooms count a Vietnamese syllable as a word, and syllables are read
 * at roughly the pace of English words, so one figure serves both languages.
 */
export const WORDS_PER_MINUTE = 230;

// A word is a run of non-space characters holding at least one letter or digit: a dash or a lone
// bullet between spaces is not a word.
const WORD = /[^\s]*[\p{L}\p{N}][^\s]*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * Characters as a reader sees them: grapheme clusters, so "ệ" counts once in NFC or NFD. Spaces
 * count; the line breaks between paragraphs do not.
 */
export function countCharacters(text: string): number {
  let n = 0;
  for (const { segment } of graphemes.segment(text)) if (segment !== '\n' && segment !== '\r\n' && segment !== '\r') n++;
  return n;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countText(text: string): TextCounts {
  const words = countWords(text);
  return {
    words,
    characters: countCharacters(text),
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
