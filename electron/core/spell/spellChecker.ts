import nspell from 'nspell';
import type { Language } from '../article/schema';
import { foldAccents } from '../text';

export interface HunspellDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

/** The Hunspell dictionaries shipped with the app (no download: a newsroom may be offline). */
async function shippedDictionary(language: Language): Promise<HunspellDictionary> {
  return language === 'vi' ? (await import('dictionary-vi')).default : (await import('dictionary-en')).default;
}

/** Longest word the checker looks at (longer runs are not words: a pasted hash, say). */
export const MAX_WORD_LENGTH = 60;

/**
 * Whether a word is one to check: not a number or a code with digits, not an acronym in capitals
 * (TTXVN, UBND, WHO), not a single letter, not an address.
 */
export function isCheckable(word: string): boolean {
  if (word.length < 2 || word.length > MAX_WORD_LENGTH) return false;
  if (/[\d@/:._]/.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  return letters !== letters.toLocaleUpperCase() || letters.length === 1;
}

/**
 * Spelling in Vietnamese and English, by Hunspell dictionaries through nspell, plus the library's
 * own words (names, places, terms of the trade). Dictionaries load on first use.
 */
export class SpellChecker {
  private readonly engines = new Map<Language, Promise<ReturnType<typeof nspell>>>();
  /** The dictionary's words by their accent-free form, for the Vietnamese suggestions. */
  private readonly byFolded = new Map<Language, Map<string, string[]>>();

  constructor(
    /** The library's own words, read when a dictionary loads. */
    private readonly ownWords: () => Promise<readonly string[]>,
    private readonly load: (language: Language) => Promise<HunspellDictionary> = shippedDictionary,
  ) {}

  private engine(language: Language): Promise<ReturnType<typeof nspell>> {
    let engine = this.engines.get(language);
    if (!engine) {
      engine = (async () => {
        const dictionary = await this.load(language);
        const speller = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
        if (language === 'vi') this.byFolded.set(language, foldedIndex(Buffer.from(dictionary.dic).toString('utf8')));
        for (const word of await this.ownWords()) speller.add(word);
        return speller;
      })();
      // A dictionary that failed to load is tried again next time.
      engine.catch(() => this.engines.delete(language));
      this.engines.set(language, engine);
    }
    return engine;
  }

  /** The words of `words` that are misspelled in `language`, each once, in NFC. */
  async misspelled(language: Language, words: readonly string[]): Promise<string[]> {
    const speller = await this.engine(language);
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const raw of words) {
      const word = raw.normalize('NFC');
      if (seen.has(word)) continue;
      seen.add(word);
      if (isCheckable(word) && !speller.correct(word) && !speller.correct(otherTonePlacement(word) ?? word)) wrong.push(word);
    }
    return wrong;
  }

  /**
   * Spellings to offer for `word`, best first. In Vietnamese the likeliest slip is a tone or a
   * vowel mark on the wrong letter, or missing ("nguời", "đưòng"): the syllables with the same
   * letters come first, those whose marks differ least ahead; Hunspell's own guesses follow.
   */
  async suggestions(language: Language, word: string, limit = 8): Promise<string[]> {
    const speller = await this.engine(language);
    const typed = word.normalize('NFC');
    const sameLetters = (this.byFolded.get(language)?.get(foldAccents(typed).toLowerCase()) ?? [])
      .filter((candidate) => candidate !== typed.toLowerCase())
      .sort((a, b) => markDistance(a, typed) - markDistance(b, typed))
      .map((candidate) => withCaseOf(typed, candidate));
    return [...new Set([...sameLetters, ...speller.suggest(typed)])].slice(0, limit);
  }

  /** Takes `word` as correct from now on, in every language loaded (and those loaded later, through ownWords). */
  async learn(word: string): Promise<void> {
    for (const engine of this.engines.values()) (await engine).add(word.normalize('NFC'));
  }
}

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const TONE_ON_FIRST = new RegExp(`(^|[^qQ])([oO])(${TONE})([aAeE])$|(^|[^qQ])([uU])(${TONE})([yY])$`, 'u');
const TONE_ON_SECOND = new RegExp(`(^|[^qQ])([oO])([aAeE])(${TONE})$|(^|[^qQ])([uU])([yY])(${TONE})$`, 'u');

/**
 * The same syllable with its tone on the other vowel, where Vietnamese writes it either way: an
 * open syllable ending in oa, oe or uy ("hòa" and "hoà", "thủy" and "thuỷ", "khỏe" and "khoẻ").
 * Newsrooms keep one style or the other; the dictionary holds one. Null for any other word.
 */
export function otherTonePlacement(word: string): string | null {
  const nfd = word.normalize('NFD');
  const pattern = TONE_ON_FIRST.test(nfd) ? TONE_ON_FIRST : TONE_ON_SECOND.test(nfd) ? TONE_ON_SECOND : null;
  // Either pattern's groups are (before, first vowel, tone or second, second or tone): the last two swap.
  const swap = (...m: string[]): string => (m[2] ? `${m[1]}${m[2]}${m[4]}${m[3]}` : `${m[5]}${m[6]}${m[8]}${m[7]}`);
  return pattern ? nfd.replace(pattern, swap).normalize('NFC') : null;
}

/** The words of a Hunspell .dic file by their lower-case, accent-free form. */
function foldedIndex(dic: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0]?.trim().normalize('NFC');
    if (!word) continue;
    const key = foldAccents(word).toLowerCase();
    index.set(key, [...(index.get(key) ?? []), word]);
  }
  return index;
}

/** How many marks two spellings of the same letters differ by. */
function markDistance(a: string, b: string): number {
  const marks = (word: string): string[] => [...word.toLowerCase().normalize('NFD')].filter((char) => /\p{M}/u.test(char) || char === 'đ');
  const [left, right] = [marks(a), marks(b)];
  return left.filter((mark) => !right.includes(mark)).length + right.filter((mark) => !left.includes(mark)).length;
}

/** `candidate` with the capital of `typed`'s first letter, if it had one. */
function withCaseOf(typed: string, candidate: string): string {
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate;
}
