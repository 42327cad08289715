import { MAX_WORD_TARGET, Status, type ArticlePatch } from '../../core/article';
import { UsageError, printJson, stringOption, type Command } from '../command';

/** Byline flags may repeat, and each may name several authors separated by ";" or ",". */
function splitNames(values: string[]): string[] {
  return values
    .flatMap((value) => value.split(/[;,]/))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export const setCommand: Command = {
  name: 'set',
  usage: 'copydesk set ID [--headline T] [--sapo T] [--byline T] [--source T] [--status draft|editing|ready] [--word-target N|none] [--json]',
  options: {
    headline: { type: 'string' },
    sapo: { type: 'string' },
    byline: { type: 'string', multiple: true },
    source: { type: 'string' },
    status: { type: 'string' },
    'word-target': { type: 'string' },
  },
  positionals: 1,
  async run(context) {
    const patch: ArticlePatch = {};
    const { values } = context;
    for (const field of ['headline', 'sapo', 'source'] as const) {
      const value = stringOption(values, field);
      if (value !== undefined) patch[field] = value;
    }
    if (Array.isArray(values.byline)) patch.byline = splitNames(values.byline);
    const status = stringOption(values, 'status');
    if (status !== undefined) {
      const parsed = Status.safeParse(status);
      if (!parsed.success) throw new UsageError('--status must be draft, editing or ready');
      patch.status = parsed.data;
    }
    const target = stringOption(values, 'word-target');
    if (target !== undefined) {
      if (target === 'none') patch.wordTarget = null;
      else if (/^\d+$/.test(target) && Number(target) >= 1 && Number(target) <= MAX_WORD_TARGET) patch.wordTarget = Number(target);
      else throw new UsageError(`--word-target is a number of words from 1 to ${MAX_WORD_TARGET}, or none`);
    }
    if (Object.keys(patch).length === 0) throw new UsageError('set needs at least one field to change');
    const library = await context.write();
    const article = await library.save(context.positionals[0] ?? '', patch, undefined, 'command');
    if (context.json) printJson(context, article);
    else context.out(`Saved ${article.id} (revision ${article.revision})`);
    return 0;
  },
};
