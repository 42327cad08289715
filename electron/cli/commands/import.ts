import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportFormat, MAX_IMPORT_BYTES } from '../../contract';
import { LibraryError, summarize } from '../../core/library';
import { UsageError, printJson, stringOption, type Command } from '../command';
import { message } from '../../core/messages';

export const importCommand: Command = {
  name: 'import',
  usage: `copydesk import FILE [--format ${ImportFormat.options.join('|')}] [--json]`,
  options: { format: { type: 'string' } },
  positionals: 1,
  async run(context) {
    const file = context.positionals[0] ?? '';
    const given = stringOption(context.values, 'format');
    const format = given === undefined ? undefined : ImportFormat.safeParse(given);
    if (format && !format.success) throw new UsageError(`--format must be one of ${ImportFormat.options.join(', ')}`);
    const size = await stat(file).then(
      (info) => (info.isFile() ? info.size : null),
      () => null,
    );
    if (size === null) throw new LibraryError('not-found', message('noSuchFile', { path: file }));
    if (size > MAX_IMPORT_BYTES) throw new LibraryError('invalid', message('importTooLarge', { name: basename(file) }));
    const library = await context.write();
    const article = await library.importArticle(await readFile(file), basename(file), format?.data);
    await library.savePoint(article.id, 'command');
    const summary = summarize(article);
    if (context.json) printJson(context, summary);
    else context.out(`Imported ${basename(file)} as ${summary.id}: ${summary.headline || '(no headline)'} (${summary.wordCount} words)`);
    return 0;
  },
};
