import { createHash } from 'node:crypto';
import { articleCounts, type Article, type BodyNode } from '../article';
import { creditLine } from '../schema/credit';
import { escapeHtml, jsonForScript } from './escape';
import { bodyHtml } from './htmlBody';
import { exportImages, figuresOf, type ExportImage } from './images';
import type { ExportBundle, ExportOptions } from './types';

const STYLE = `body{margin:0;background:#fbfaf7;color:#1d1c1a;font:18px/1.65 "Noto Serif",Georgia,serif}
article{max-width:42rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
h1{font-size:2.1rem;line-height:1.2;margin:0 0 .6rem}
h2{font-size:1.4rem;margin:2rem 0 .5rem}h3{font-size:1.15rem;margin:1.5rem 0 .4rem}
.sapo{font-weight:600;font-size:1.1rem}
.byline,.dateline,.source{font:14px/1.5 system-ui,sans-serif;color:#5c5a55;margin:.2rem 0}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #9c2a1c;color:#3f3d39}
figure{margin:1.8rem 0}img{display:block;max-width:100%;height:auto}
figcaption{font:15px/1.5 system-ui,sans-serif;color:#3f3d39;margin-top:.5rem}
.credit{font-weight:600;letter-spacing:.02em}
table{border-collapse:collapse;margin:1.8rem 0;font:15px/1.5 system-ui,sans-serif}
caption{font-weight:600;text-align:left;margin-bottom:.4rem}
th,td{border:1px solid #d9d5cc;padding:.35rem .6rem;text-align:left;vertical-align:top}th{background:#f1efe9}
a{color:#1a4f9c}`;
/** The hash that lets the export's one stylesheet through its CSP (and through the preview's). */
export const EXPORT_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** No script may run; styles only the one above; images only from the export itself. */
export const EXPORT_CSP = `default-src 'none'; img-src 'self' data:; style-src '${EXPORT_STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

function formatDate(date: string, language: 'vi' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: language === 'vi' ? 'numeric' : 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * The article as a standalone HTML5 document: headline, sapo, byline, dateline, source, body;
 * each photo a <figure> with its caption and credit; schema.org NewsArticle data; a strict CSP.
 */
export async function exportHtml(article: Article, options: ExportOptions): Promise<ExportBundle> {
  const images = await exportImages(article, options);
  const figures = figuresOf(article).map((node) => images.get(node));
  let index = 0;
  const body = bodyHtml(article.body, (node) => {
    const image = figures[index++];
    const size = (value: unknown): number | null => (typeof value === 'number' ? value : null);
    return {
      url: image?.url ?? null,
      width: size(node.attrs.width),
      height: size(node.attrs.height),
      credit: creditLine(String(node.attrs.credit ?? ''), String(node.attrs.agency ?? ''), article.language),
    };
  });
  const title = article.headline.trim() || article.id;
  const { dateline } = article;
  const header = [
    `<h1>${escapeHtml(article.headline)}</h1>`,
    article.sapo ? `<p class="sapo">${escapeHtml(article.sapo)}</p>` : '',
    article.byline.length > 0 ? `<p class="byline">${escapeHtml(article.byline.join(', '))}</p>` : '',
    dateline.place || dateline.date
      ? `<p class="dateline">${[dateline.place ? escapeHtml(dateline.place) : '', dateline.date ? `<time datetime="${dateline.date}">${escapeHtml(formatDate(dateline.date, article.language))}</time>` : ''].filter(Boolean).join(', ')}</p>`
      : '',
    article.source ? `<p class="source">${escapeHtml(article.source)}</p>` : '',
  ].filter(Boolean);
  const html = `<!DOCTYPE html>
<html lang="${article.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<title>${escapeHtml(title)}</title>
${article.sapo ? `<meta name="description" content="${escapeHtml(article.sapo)}">\n` : ''}${article.byline.length > 0 ? `<meta name="author" content="${escapeHtml(article.byline.join(', '))}">\n` : ''}<style>${STYLE}</style>
<script type="application/ld+json">
${jsonForScript(jsonLd(article, images))}
</script>
</head>
<body>
<article>
<header>
${header.join('\n')}
</header>
${body}
</article>
</body>
</html>
`;
  const files = [{ path: 'index.html', data: html }, ...[...images.values()].flatMap((image) => (image.file ? [image.file] : []))];
  return { main: 'index.html', files };
}

function jsonLd(article: Article, images: Map<BodyNode, ExportImage>): Record<string, unknown> {
  const figures = [...images.entries()];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(article.sapo ? { description: article.sapo } : {}),
    ...(article.dateline.date ? { datePublished: article.dateline.date } : {}),
    dateModified: article.updatedAt,
    author: article.byline.map((name) => ({ '@type': 'Person', name })),
    inLanguage: article.language,
    wordCount: articleCounts(article).words,
    ...(article.source ? { sourceOrganization: article.source } : {}),
    image: figures.map(([node, image]) => {
      const attrs = node.attrs ?? {};
      const credit = typeof attrs.credit === 'string' ? attrs.credit : '';
      const agency = typeof attrs.agency === 'string' ? attrs.agency : '';
      return {
        '@type': 'ImageObject',
        // Embedded photos are not repeated here: the data URI is already in the page.
        ...(image.url.startsWith('data:') ? {} : { contentUrl: image.url }),
        caption: (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join(''),
        ...(credit ? { creator: { '@type': 'Person', name: credit } } : {}),
        creditText: creditLine(credit, agency, article.language),
        ...(typeof attrs.width === 'number' ? { width: attrs.width, height: attrs.height } : {}),
      };
    }),
  };
}
