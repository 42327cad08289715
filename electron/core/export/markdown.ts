import type { Node as PmNode } from '@tiptap/pm/model';
import { stringify } from 'yaml';
import type { Article, BodyNode } from '../article';
import { bodySchema } from '../schema';
import { creditLine } from '../schema/credit';
import { slugify } from '../text';
import { exportImages, figuresOf } from './images';
import { bodySerializer } from './markdownBody';
import type { ExportBundle, ExportOptions } from './types';

/**
 * A line end inside a text would end the Markdown line it stands in: what followed would be read as
 * a block of its own. Inside one block, a line end reads as a space anyway.
 */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * YAML front matter in the shape Hugo, Jekyll and Astro read as is. The values are data, quoted by
 * the YAML writer wherever they need it, so no text can add a key of its own (`layout:`,
 * `permalink:`); they stay the reporter's exact text, one line each, because the site's templates
 * escape them for HTML (Hugo, Astro and Eleventy's Nunjucks by default, Jekyll's with `| escape`).
 */
function frontMatter(article: Article): string {
  const data: Record<string, unknown> = { title: oneLine(article.headline) };
  if (article.sapo) data.description = oneLine(article.sapo);
  if (article.byline.length > 0) data.authors = article.byline.map(oneLine);
  if (article.dateline.date) data.date = article.dateline.date;
  if (article.dateline.place) data.dateline = oneLine(article.dateline.place);
  if (article.source) data.source = oneLine(article.source);
  if (article.tags.length > 0) data.tags = article.tags.map(oneLine);
  data.lang = article.language;
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** The article as CommonMark with YAML front matter; photos in images/ (or embedded). */
export async function exportMarkdown(article: Article, options: ExportOptions): Promise<ExportBundle> {
  const images = await exportImages(article, options);
  const figureImages = figuresOf(article).map((node: BodyNode) => images.get(node));
  const doc: PmNode = bodySchema().nodeFromJSON(article.body);
  // Figures are met in body order, the order `figuresOf` found them in.
  let figure = 0;
  const body = bodySerializer((node) => ({
    url: figureImages[figure++]?.url ?? '',
    credit: creditLine(String(node.attrs.credit ?? ''), String(node.attrs.agency ?? ''), article.language),
  })).serialize(doc, { tightLists: true });
  const main = `${slugify(article.headline) || article.id}.md`;
  const text = `${frontMatter(article)}\n${body.trim()}\n`;
  return { main, files: [{ path: main, data: text }, ...[...images.values()].flatMap((image) => (image.file ? [image.file] : []))] };
}
