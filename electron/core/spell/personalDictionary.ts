import { z } from 'zod';
import { MAX_OWN_FILE_BYTES, readOwnText, writeFileDurably } from '../store/durableFile';
import { keepInQuarantine } from '../store/keepInQuarantine';
import type { LibraryLayout } from '../store/layout';
import { MAX_WORD_LENGTH } from './spellChecker';
import { message, type Message } from '../messages';

/** A word the library may keep: letters (with their marks), inner hyphens and apostrophes. */
export const OwnWord = z
  .string()
  .transform((word) => word.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(MAX_WORD_LENGTH)
      .regex(/^\p{L}[\p{L}\p{M}'’-]*$/u, 'A word is letters, with hyphens or apostrophes inside'),
  );

const DictionaryFile = z.object({ version: z.literal(1), words: z.array(OwnWord) });

/**
 * The library's own words for the spell checker (`dictionary.json` in the library folder), shared
 * by everyone who opens the library. A damaged file is kept in quarantine and the list starts
 * again empty, with a notice.
 */
export class PersonalDictionary {
  private constructor(
    private readonly path: string,
    private readonly list: Set<string>,
  ) {}

  static async open(layout: LibraryLayout, notices: Message[], now: Date): Promise<PersonalDictionary> {
    let text: string | null = null;
    try {
      text = await readOwnText(layout.dictionary, MAX_OWN_FILE_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === null) return new PersonalDictionary(layout.dictionary, new Set());
    try {
      return new PersonalDictionary(layout.dictionary, new Set(DictionaryFile.parse(JSON.parse(text)).words));
    } catch {
      const kept = await keepInQuarantine(layout, layout.dictionary, now);
      notices.push(kept ? message('dictionaryResetKept', { path: kept }) : message('dictionaryReset'));
      return new PersonalDictionary(layout.dictionary, new Set());
    }
  }

  get words(): readonly string[] {
    return [...this.list];
  }

  /** Adds a word (checked with OwnWord) and writes the list. Says whether it was new. */
  async add(word: string): Promise<boolean> {
    const own = OwnWord.parse(word);
    if (this.list.has(own)) return false;
    this.list.add(own);
    const words = [...this.list].sort((a, b) => a.localeCompare(b, 'vi'));
    await writeFileDurably(this.path, `${JSON.stringify({ version: 1, words }, null, 2)}\n`);
    return true;
  }
}
