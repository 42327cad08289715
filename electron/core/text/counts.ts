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
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/gu;
const SPACES = /\s/g;
const OTHER = 0;
const LETTER = 1;
const WHITE = 2;

// What each UTF-16 code unit is, in pages of 256 filled the first time a text holds one of them
// (Vietnamese and English text meets five or six pages). Counting with a regular expression over
// Unicode's letter classes costs about a millisecond whenever the engine has dropped the
// expression's compiled code, which it does between garbage collections: on most saves.
const pages: Uint8Array[] = [];

// The pages Vietnamese and English are written in (Latin-1, Latin Extended-A and B, Latin Extended
// Additional, General Punctuation), known from ranges of letters and digits and of spaces without
// the regular expression; tests/core/text.test.ts holds every code point to the definition.
type Ranges = readonly (readonly [number, number])[];
const KNOWN_PAGES: Partial<Record<number, { letters: Ranges; spaces: Ranges }>> = {
  0x00: {
    letters: [
      [0x30, 0x39],
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xaa, 0xaa],
      [0xb2, 0xb3],
      [0xb5, 0xb5],
      [0xb9, 0xba],
      [0xbc, 0xbe],
      [0xc0, 0xd6],
      [0xd8, 0xf6],
      [0xf8, 0xff],
    ],
    spaces: [
      [0x09, 0x0d],
      [0x20, 0x20],
      [0xa0, 0xa0],
    ],
  },
  0x01: { letters: [[0x100, 0x1ff]], spaces: [] },
  0x1e: { letters: [[0x1e00, 0x1eff]], spaces: [] },
  0x20: {
    letters: [
      [0x2070, 0x2071],
      [0x2074, 0x2079],
      [0x207f, 0x2089],
      [0x2090, 0x209c],
    ],
    spaces: [
      [0x2000, 0x200a],
      [0x2028, 0x2029],
      [0x202f, 0x202f],
      [0x205f, 0x205f],
    ],
  },
};

function fillPage(index: number): Uint8Array {
  const page = new Uint8Array(256);
  const known = KNOWN_PAGES[index];
  if (known) {
    for (const [from, to] of known.letters) page.fill(LETTER, from & 0xff, (to & 0xff) + 1);
    for (const [from, to] of known.spaces) page.fill(WHITE, from & 0xff, (to & 0xff) + 1);
    pages[index] = page;
    return page;
  }
  // The page's characters in one string (surrogates, which stand for nothing alone, as NUL), read
  // with two scans rather than 512 tests.
  let chars = '';
  for (let low = 0; low < 256; low++) {
    const code = (index << 8) | low;
    chars += code >= 0xd800 && code <= 0xdfff ? '\0' : String.fromCharCode(code);
  }
  for (const match of chars.matchAll(LETTERS_OR_DIGITS)) page[match.index] = LETTER;
  for (const match of chars.matchAll(SPACES)) page[match.index] = WHITE;
  pages[index] = page;
  return page;
}

export function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // Beyond the first 65,536 code points (emoji, rare CJK): asked one by one.
      kind = LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? LETTER : OTHER;
      i++;
    } else {
      kind = (pages[code >> 8] ?? fillPage(code >> 8))[code & 0xff] as number;
    }
    if (kind === WHITE) counted = false;
    else if (kind === LETTER && !counted) {
      words++;
      counted = true;
    }
  }
  return words;
}

/**
 * Characters as a reader sees them: grapheme clusters, so "ệ" counts once in NFC or NFD. Spaces
 * count; the line breaks between paragraphs do not.
 */
// Anything that joins code points into one character: combining marks, joiners, variation
// selectors, flags, Hangul syllable parts. Listed one by one on purpose: the class is a set of
// code points to look for, not characters to match whole.
// eslint-disable-next-line no-misleading-character-class -- each code point is sought on its own
const CLUSTERING = /[\p{M}\u200c\u200d\ufe00-\ufe0f\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u1100-\u11ff\u{E0020}-\u{E007F}]/u;

export function countCharacters(text: string): number {
  if (!CLUSTERING.test(text)) {
    // NFC text without clusters (nearly every article): one character per code point.
    let plain = 0;
    for (const char of text) if (char !== '\n' && char !== '\r') plain++;
    return plain;
  }
  let n = 0;
  // Segmenting one long string is quadratic in V8 (a 20,000-word article took seconds); a grapheme
  // never spans a space or a line break, so short runs cut there give the same count in linear time.
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + 1024);
    if (end < text.length) {
      const cut = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
      if (cut > start) end = cut + 1;
    }
    for (const { segment } of graphemes().segment(text.slice(start, end))) if (segment !== '\n' && segment !== '\r\n' && segment !== '\r') n++;
    start = end;
  }
  return n;
}

// Made when first needed (text with clusters is rare): making one costs milliseconds of the
// workstation's start.
let segmenter: Intl.Segmenter | null = null;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function countText(text: string): TextCounts {
  const words = countWords(text);
  return { words, characters: countCharacters(text), readingMinutes: readingMinutes(words) };
}

/**
 * Counts a text made of blocks, keeping each block's counts for as long as the block object
 * lives: editors and saves keep the blocks a change did not touch as the very same objects, so a
 * long article is counted again only where it changed. `textOf` gives a block's text; words and
 * characters add up across blocks because blocks are parted by line breaks, which split words and
 * are not counted.
 */
export class BlockCounter<Block extends object> {
  private readonly perBlock = new WeakMap<Block, TextCounts>();

  constructor(private readonly textOf: (block: Block) => string) {}

  /** The counts of `lead` (the sapo), then every block. */
  count(lead: string, blocks: Iterable<Block>): TextCounts {
    let { words, characters } = countText(lead);
    for (const block of blocks) {
      let counts = this.perBlock.get(block);
      if (!counts) {
        counts = countText(this.textOf(block));
        this.perBlock.set(block, counts);
      }
      words += counts.words;
      characters += counts.characters;
    }
    return { words, characters, readingMinutes: readingMinutes(words) };
  }
}
