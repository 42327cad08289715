import { printJson, type Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  usage: 'copydesk list [--json]',
  options: {},
  positionals: 0,
  async run(context) {
    const library = await context.read();
    const rows = library
      .list()
      .map(({ id, headline, status, wordCount, updatedAt, damaged, reason }) =>
        reason === undefined ? { id, headline, status, wordCount, updatedAt, damaged } : { id, headline, status, wordCount, updatedAt, damaged, reason },
      );
    if (context.json) printJson(context, rows);
    else if (rows.length === 0) context.out('The library is empty.');
    else {
      for (const row of rows) {
        const title = row.damaged ? `[damaged: ${row.reason ?? 'unreadable'}]` : row.headline || '(no headline)';
        context.out(`${row.id}  ${row.status.padEnd(7)}  ${String(row.wordCount).padStart(6)} words  ${row.updatedAt.slice(0, 16).replace('T', ' ')}  ${title}`);
      }
    }
    return 0;
  },
};
