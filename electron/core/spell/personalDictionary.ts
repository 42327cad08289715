import { z } from 'zod';
import { Low } from 'lowdb';
import { DurableJsonFile } from '../store/durableFile';
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
type DictionaryData = z.infer<typeof DictionaryFile>;

/**
 * The library's own words for the spell checker (`dictionary.json` in the library folder), shared
 * by everyone who opens the library: a lowdb store over the library's durable adapter. A damaged
 * file is kept in quarantine and the list starts again empty, with a notice.
 */
export class PersonalDictionary {
  private constructor(private readonly db: Low<DictionaryData>) {}

  static async open(layout: LibraryLayout, notices: Message[], now: Date): Promise<PersonalDictionary> {
    const db = new Low<DictionaryData>(new DurableJsonFile(layout.dictionary, (text) => DictionaryFile.parse(JSON.parse(text))), { version: 1, words: [] });
    try {
      await db.read();
    } catch (error) {
      // A file that cannot be read is an error to say; one that reads but is not a word list is damaged.
      if (!(error instanceof SyntaxError || error instanceof z.ZodError)) throw error;
      const kept = await keepInQuarantine(layout, layout.dictionary, now);
      notices.push(kept ? message('dictionaryResetKept', { path: kept }) : message('dictionaryReset'));
      db.data = { version: 1, words: [] };
    }
    return new PersonalDictionary(db);
  }

  get words(): readonly string[] {
    return this.db.data.words;
  }

  /** Adds a word (checked with OwnWord) and writes the list. Says whether it was new. */
  async add(word: string): Promise<boolean> {
    const own = OwnWord.parse(word);
    const { words } = this.db.data;
    if (words.includes(own)) return false;
    this.db.data = { version: 1, words: [...words, own].sort((a, b) => a.localeCompare(b, 'vi')) };
    await this.db.write();
    return true;
  }
}
