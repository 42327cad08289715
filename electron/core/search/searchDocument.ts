import type { Article, BodyNode } from '../article';

/** The searchable text of an article, by field. Captions and credits are kept apart from the body. */
export interface SearchDocument {
  id: string;
  headline: string;
  sapo: string;
  body: string;
  captions: string;
  credits: string;
  byline: string;
  tags: string;
  status: string;
  section: string;
  /** The article's date: the dateline's, else the day it was created. */
  date: string;
}

export function searchDocument(article: Article): SearchDocument {
  const body: string[] = [];
  const captions: string[] = [];
  const credits: string[] = [];
  const walk = (node: BodyNode, into: string[]): void => {
    if (node.type === 'figure') {
      const caption: string[] = [];
      node.content?.forEach((child) => walk(child, caption));
      captions.push(caption.join(''));
      credits.push([node.attrs?.credit, node.attrs?.agency].filter((value) => typeof value === 'string' && value !== '').join(' '));
      return;
    }
    if (node.text !== undefined) into.push(node.text);
    node.content?.forEach((child) => walk(child, into));
    if (node.type !== 'text') into.push('\n');
  };
  article.body.content.forEach((node) => walk(node, body));
  return {
    id: article.id,
    headline: article.headline,
    sapo: article.sapo,
    body: body.join(''),
    captions: captions.join('\n'),
    credits: credits.join('\n'),
    byline: article.byline.join('\n'),
    tags: article.tags.join('\n'),
    status: article.status,
    section: article.section,
    date: article.dateline.date ?? article.createdAt.slice(0, 10),
  };
}

export const TEXT_FIELDS = ['headline', 'sapo', 'body', 'captions', 'credits', 'byline', 'tags'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** How much a match in each field counts. */
export const FIELD_BOOST: Record<TextField, number> = { headline: 4, sapo: 2, tags: 2, byline: 1.5, captions: 1.2, credits: 1, body: 1 };
