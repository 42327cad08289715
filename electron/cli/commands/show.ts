import { bodyText } from '../../core/article';
import { printJson, type Command } from '../command';

export const showCommand: Command = {
  name: 'show',
  usage: 'copydesk show ID [--json]',
  options: {},
  positionals: 1,
  async run(context) {
    const library = await context.read();
    const article = await library.get(context.positionals[0] ?? '');
    if (context.json) {
      printJson(context, article);
      return 0;
    }
    const lines = [
      article.headline || '(no headline)',
      `${article.id} · ${article.status} · ${article.language} · revision ${article.revision} · ${article.updatedAt}`,
      article.byline.length > 0 ? `By ${article.byline.join(', ')}` : '',
      [article.dateline.place, article.dateline.date].filter(Boolean).join(', '),
      article.source,
      '',
      article.sapo,
      '',
      bodyText(article.body).trimEnd(),
    ];
    context.out(lines.filter((line, i) => line !== '' || i === 5 || i === 7).join('\n'));
    return 0;
  },
};
