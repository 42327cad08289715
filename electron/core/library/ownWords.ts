import { message } from '../messages';
import { OwnWord, PersonalDictionary } from '../spell';
import { LibraryError, ioError } from '../store/errors';
import type { ArticleWrites } from './articleWrites';
import type { LibraryContext } from './context';

/** The library's own words for the spell checker (dictionary.json), read when first needed. */
export class OwnWords {
  private read: Promise<PersonalDictionary> | null = null;

  constructor(
    private readonly context: LibraryContext,
    private readonly writes: ArticleWrites,
  ) {}

  dictionary(): Promise<PersonalDictionary> {
    const { layout, notices, now } = this.context;
    this.read ??= PersonalDictionary.open(layout, notices, now()).catch((error: unknown) => {
      this.read = null;
      throw ioError(error, layout.dictionary, 'doReadDictionary');
    });
    return this.read;
  }

  /** Adds a word; returns it as kept (NFC, trimmed). */
  async add(word: string): Promise<string> {
    const parsed = OwnWord.safeParse(word);
    if (!parsed.success) throw new LibraryError('invalid', message('notAWord', { word, reason: parsed.error.issues[0]?.message ?? 'not a word' }));
    return this.writes.run(async () => {
      try {
        await (await this.dictionary()).add(parsed.data);
      } catch (error) {
        throw ioError(error, this.context.layout.dictionary, 'doSaveDictionary');
      }
      return parsed.data;
    });
  }
}
