/** What a web page says about itself, in <head> and in its schema.org JSON-LD. */
export interface PageMetadata {
  title: string;
  /** og:title, twitter:title or JSON-LD's headline. */
  headline: string;
  siteName: string;
  description: string | null;
  authors: string[];
  /** YYYY-MM-DD. */
  published: string | null;
  source: string | null;
  /** The page's own http(s) address (canonical, og:url or <base>), for its relative links. */
  url: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

const clean = (text: unknown): string => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '');

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return value.split(/[,;]/).map(clean).filter(Boolean);
  if (value && typeof value === 'object' && 'name' in value) return names(value.name);
  return [];
}

/** The article objects in a page's JSON-LD blocks, @graph and arrays included; damaged blocks are skipped. */
function jsonLdArticles(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const record = value as Record<string, unknown>;
    const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
    if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) found.push(record);
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its own affair: the rest of the page still says what it is.
    }
  }
  // A NewsArticle is more to the point than the WebPage around it.
  return found.sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function pageMetadata(document: Document): PageMetadata {
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const element = [...document.querySelectorAll('meta')].find((m) => (m.getAttribute('name') ?? m.getAttribute('property'))?.toLowerCase() === key);
      const content = clean(element?.getAttribute('content'));
      if (content) return content;
    }
    return '';
  };
  const ld = jsonLdArticles(document);
  const first = <T>(pick: (record: Record<string, unknown>) => T | undefined): T | undefined => ld.map(pick).find((value) => value !== undefined && value !== '');
  const published = (first((record) => clean(record.datePublished)) ?? meta('article:published_time', 'date', 'dc.date', 'pubdate')).slice(0, 10);
  const authors = first((record) => (names(record.author).length > 0 ? names(record.author) : undefined)) ?? names(meta('author', 'article:author', 'dc.creator'));
  return {
    title: clean(document.querySelector('title')?.textContent),
    headline: meta('og:title', 'twitter:title') || (first((record) => clean(record.headline)) ?? ''),
    siteName: meta('og:site_name', 'application-name'),
    description: meta('description', 'og:description', 'twitter:description') || (first((record) => clean(record.description)) ?? null),
    // Names, not the addresses of author pages.
    authors: authors.filter((name) => !/^https?:\/\//.test(name)),
    published: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
    source: first((record) => names(record.sourceOrganization)[0] ?? undefined) ?? null,
    url: httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(meta('og:url')) ?? httpUrl(document.querySelector('base')?.getAttribute('href')),
  };
}
