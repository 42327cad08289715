import { printJson, type Command } from '../command';

export const historyCommand: Command = {
  name: 'history',
  usage: 'copydesk history ID [--json]',
  options: {},
  positionals: 1,
  async run(context) {
    const library = await context.read();
    const revisions = await library.history.list(context.positionals[0] ?? '');
    if (context.json) printJson(context, revisions);
    else if (revisions.length === 0) context.out('No saved revisions yet.');
    else
      for (const revision of revisions)
        context.out(
          `${revision.id}  ${revision.time.slice(0, 19).replace('T', ' ')}  ${revision.reason.padEnd(14)} ${String(revision.words).padStart(6)} words  ${revision.headline || '(no headline)'}`,
        );
    return 0;
  },
};
