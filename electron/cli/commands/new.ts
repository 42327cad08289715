import { summarize } from '../../core/library';
import { Language } from '../../core/article';
import { UsageError, printJson, stringOption, type Command } from '../command';

export const newCommand: Command = {
  name: 'new',
  usage: 'copydesk new --headline TEXT [--language vi|en] [--json]',
  options: { headline: { type: 'string' }, language: { type: 'string' } },
  positionals: 0,
  async run(context) {
    const headline = stringOption(context.values, 'headline');
    if (headline === undefined) throw new UsageError('new needs --headline');
    const language = Language.safeParse(stringOption(context.values, 'language') ?? 'vi');
    if (!language.success) throw new UsageError('--language must be vi or en');
    const library = await context.write();
    const summary = summarize(await library.create({ headline, language: language.data }));
    await library.savePoint(summary.id, 'command');
    if (context.json) printJson(context, summary);
    else context.out(`Created ${summary.id}: ${summary.headline}`);
    return 0;
  },
};
