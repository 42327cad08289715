import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportFormat, MAX_IMPORT_BYTES } from '../../contract';
import type { ImportFormat as Format, ImportNote } from '../../core/import';
import { LibraryError, summarize, type Library } from '../../core/library';
import { errorText, message } from '../../core/messages';
import { createI18n } from '../../i18n';
import { sayImportNotes } from '../../i18n/importNotes';
import { UsageError, printJson, stringOption, type Command } from '../command';

/** One file's outcome, in the order the files were given. */
type Outcome = { file: string; id: string; headline: string; wordCount: number; notes: ImportNote[] } | { file: string; error: string };

/**
 * Imports each file as a new article, in order (a day's wire in one run): a file that cannot be
 * imported is reported with its reason and the others go on; exit 1 if any failed.
 */
export const importCommand: Command = {
  name: 'import',
  usage: `copydesk import FILE... [--format ${ImportFormat.options.join('|')}] [--json]`,
  options: { format: { type: 'string' } },
  positionals: { min: 1, max: 10_000 },
  async run(context) {
    const given = stringOption(context.values, 'format');
    const format = given === undefined ? undefined : ImportFormat.safeParse(given);
    if (format && !format.success) throw new UsageError(`--format must be one of ${ImportFormat.options.join(', ')}`);
    const { t } = createI18n('en');
    const library = await context.write();
    const outcomes: Outcome[] = [];
    for (const file of context.positionals) {
      try {
        const { article, notes } = await importFile(library, file, format?.data);
        const summary = summarize(article);
        outcomes.push({ file, id: summary.id, headline: summary.headline, wordCount: summary.wordCount, notes });
        if (context.json) continue;
        const said = notes.length > 0 ? ` On the way in: ${sayImportNotes(t, notes)}.` : '';
        context.out(`Imported ${basename(file)} as ${summary.id}: ${summary.headline || '(no headline)'} (${summary.wordCount} words).${said}`);
      } catch (error) {
        // A damaged or foreign file stops only itself; the reason is the library's own words.
        const reason = error instanceof LibraryError ? error.message : `unexpected error: ${errorText(error)}`;
        outcomes.push({ file, error: reason });
        context.err(`copydesk: ${basename(file)}: ${reason}`);
      }
    }
    if (context.json) printJson(context, outcomes);
    return outcomes.some((outcome) => 'error' in outcome) ? 1 : 0;
  },
};

async function importFile(library: Library, file: string, format: Format | undefined) {
  const size = await stat(file).then(
    (info) => (info.isFile() ? info.size : null),
    () => null,
  );
  if (size === null) throw new LibraryError('not-found', message('noSuchFile', { path: file }));
  if (size > MAX_IMPORT_BYTES) throw new LibraryError('invalid', message('importTooLarge', { name: basename(file) }));
  const imported = await library.importArticle(await readFile(file), basename(file), format);
  await library.savePoint(imported.article.id, 'command');
  return imported;
}
