import { z } from 'zod';
import { IsoDate, Status } from '../../core/article';
import { UsageError, printJson, stringOption, type Command } from '../command';

export const searchCommand: Command = {
  name: 'search',
  usage: 'copydesk search QUERY [--status S] [--section T] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
  options: { status: { type: 'string' }, section: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  positionals: 1,
  async run(context) {
    const filters = z.object({ status: Status.optional(), section: z.string().optional(), from: IsoDate.optional(), to: IsoDate.optional() }).safeParse({
      status: stringOption(context.values, 'status'),
      section: stringOption(context.values, 'section'),
      from: stringOption(context.values, 'from'),
      to: stringOption(context.values, 'to'),
    });
    if (!filters.success) throw new UsageError('--status is draft, editing or ready; --from and --to are dates as YYYY-MM-DD');
    const library = await context.read();
    const hits = await library.finder.search(context.positionals[0] ?? '', filters.data);
    if (context.json)
      printJson(
        context,
        hits.map(({ id, headline, snippet, score }) => ({ id, headline, snippet, score })),
      );
    else if (hits.length === 0) context.out('No article matches.');
    else for (const hit of hits) context.out(`${hit.id}  ${hit.headline || '(no headline)'}\n    ${hit.snippet}`);
    return 0;
  },
};
