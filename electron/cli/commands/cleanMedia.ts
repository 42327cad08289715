import type { MediaCleanUp } from '../../core/library';
import { UsageError, printJson, type Command } from '../command';

export const cleanMediaCommand: Command = {
  name: 'clean-media',
  usage: 'copydesk clean-media ID|--all [--json]',
  options: { all: { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  async run(context) {
    const all = context.values.all === true;
    if (all === (context.positionals.length === 1)) throw new UsageError('clean-media takes one article ID, or --all');
    const library = await context.write();
    const ids = all
      ? library
          .list()
          .filter((summary) => !summary.damaged)
          .map((summary) => summary.id)
      : context.positionals;
    const results: MediaCleanUp[] = [];
    for (const id of ids) results.push(await library.photos.cleanUnused(id));
    if (context.json) printJson(context, results);
    else {
      const moved = results.flatMap((result) => result.moved);
      context.out(
        moved.length === 0
          ? 'No unused photos.'
          : `Moved ${moved.length} unused photo file(s) to the trash:\n${results
              .filter((r) => r.to)
              .map((r) => `  ${r.to}`)
              .join('\n')}`,
      );
    }
    return 0;
  },
};
