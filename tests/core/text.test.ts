import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, countText, countWords, deepNfc, foldAccents, slugify } from '../../electron/core/text';

describe('word counts as newsrooms count them', () => {
  it.each([
    ['', 0],
    ['Điện Biên', 2],
    ['Tổng Bí thư làm việc tại Điện Biên', 8],
    ['kinh tế - xã hội', 4],
    ['  spaces   everywhere\n\nand lines ', 4],
    ['Hà Nội, 5/3/2026 – 14:00', 4],
    ['e-mail co-operation', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts as a run of non-space holding a letter or digit, whatever the characters', () => {
    // The definition, as a regular expression, against the counter over every kind of character
    // a text can hold: Vietnamese in both normal forms, Unicode spaces, dashes and bullets,
    // zero-width characters, emoji and letters beyond the first 65,536 code points, lone surrogates.
    const definition = (text: string) => [...text.matchAll(/[^\s]*[\p{L}\p{N}][^\s]*/gu)].length;
    const pieces = [
      'Việt',
      'Việt'.normalize('NFD'),
      'đ',
      'A1',
      '٣',
      '字',
      ' ',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\n',
      '\t',
      '\ufeff',
      '\u200b',
      '–',
      '—',
      '…',
      '•',
      '-',
      '"',
      '₫',
      '²',
      '\u0301',
      '👍',
      '🇻🇳',
      '𝐀',
      '𠀀',
      '\ud800',
      '\udc00',
      'ª',
      '×',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(definition(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text)).toBe(definition(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows every one of the first 65,536 code points as the definition does', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const between = `a${char}a`;
      if (countWords(between) !== (/\s/.test(char) ? 2 : 1) || countWords(char) !== (/[\p{L}\p{N}]/u.test(char) ? 1 : 0)) differing.push(`U+${code.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });

  it('counts a decomposed syllable as the same characters as its composed twin', () => {
    const composed = 'Nguyễn Việt';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(countCharacters(decomposed)).toBe(countCharacters(composed));
    expect(countCharacters(composed)).toBe(11);
  });

  it('does not count paragraph breaks as characters', () => {
    expect(countCharacters('ab\ncd')).toBe(4);
  });

  it('gives reading time in whole minutes, at least one for any text', () => {
    expect(countText('').readingMinutes).toBe(0);
    expect(countText('một').readingMinutes).toBe(1);
    expect(countText(Array.from({ length: 920 }, () => 'chữ').join(' ')).readingMinutes).toBe(4);
  });
});

describe('NFC, accent folding and slugs', () => {
  it('normalizes every string in a nested value', () => {
    const nfd = 'Tiếng Việt'.normalize('NFD');
    const value = deepNfc({ a: nfd, list: [nfd, 3, null], nested: { b: nfd } });
    expect(value).toEqual({ a: 'Tiếng Việt', list: ['Tiếng Việt', 3, null], nested: { b: 'Tiếng Việt' } });
  });

  it('folds Vietnamese accents, including đ', () => {
    expect(foldAccents('Điện Biên đã nâng')).toBe('Dien Bien da nang');
  });

  it('makes file-name slugs', () => {
    expect(slugify('Tổng Bí thư làm việc tại Điện Biên')).toBe('tong-bi-thu-lam-viec-tai-dien-bien');
    expect(slugify('  "Quotes" & <marks>!  ')).toBe('quotes-marks');
    expect(slugify('Đường'.normalize('NFD'))).toBe('duong');
  });
});

describe('counting a long article', () => {
  it('counts characters across the cuts it makes in long text exactly as in short pieces', () => {
    const piece = 'Tổng Bí thư làm việc tại Điện Biên 👩‍👩‍👧 e\u0301 ';
    const long = piece.repeat(400);
    expect(countCharacters(long)).toBe(countCharacters(piece) * 400);
    const noSpaces = 'ệ'.repeat(5000);
    expect(countCharacters(noSpaces)).toBe(5000);
  });
});

describe('the fast character count', () => {
  it('agrees with grapheme segmentation on text without clusters, and on text with them', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const bySegmenter = (text: string) => [...segmenter.segment(text)].filter(({ segment }) => segment !== '\n').length;
    for (const text of ['Tổng Bí thư làm việc tại Điện Biên\nđoạn hai', 'ASCII only, 123!', 'Nguyễn'.normalize('NFD'), 'cờ 🇻🇳 và 👍🏽', '한국어 조합']) {
      expect(countCharacters(text), text).toBe(bySegmenter(text));
    }
  });
});
