import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export';
import { slugify } from '../../core/text';
import { unusedFolder } from '../../core/library/unusedFolder';
import { UsageError, printJson, stringOption, type Command } from '../command';

export const exportCommand: Command = {
  name: 'export',
  usage: `copydesk export ID --format ${EXPORT_FORMATS.join('|')} [--out DIR] [--single-file] [--json]`,
  options: { format: { type: 'string' }, out: { type: 'string' }, 'single-file': { type: 'boolean' } },
  positionals: 1,
  async run(context) {
    const format = EXPORT_FORMATS.find((candidate) => candidate === stringOption(context.values, 'format'));
    if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const id = context.positionals[0] ?? '';
    const library = await context.read();
    const out = stringOption(context.values, 'out');
    // Without --out, a new folder in the current one, named after the article: nothing is overwritten.
    const folder = out ? resolve(out) : await unusedFolder(process.cwd(), `${slugify((await library.get(id)).headline) || id}-${format satisfies ExportFormat}`);
    const result = await library.exporter.intoFolder(id, format, folder, context.values['single-file'] === true);
    if (context.json) printJson(context, result);
    else context.out(`Exported ${id} to ${result.main}${result.files.length > 1 ? ` and ${result.files.length - 1} more file(s)` : ''}`);
    return 0;
  },
};
