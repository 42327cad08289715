import { summarize } from '../../core/library';
import { printJson, type Command } from '../command';

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'copydesk restore ID REVISION [--json]',
  options: {},
  positionals: 2,
  async run(context) {
    const [id = '', revision = ''] = context.positionals;
    const library = await context.write();
    const article = await library.history.restore(id, revision);
    if (context.json) printJson(context, summarize(article));
    else context.out(`Restored ${id} to ${revision} (now revision ${article.revision}; the version it replaced is in its history).`);
    return 0;
  },
};
