import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import type { ArticlePatch } from '../article/schema';
import { isAllowedHref } from '../schema/link';
import { addNote, prepareHtml, type ConversionNotes } from '../schema/prepareHtml';
import { detectLanguage, languageFromDeclaration } from '../text';
import { flattenDeep } from './flattenDeep';
import { pageMetadata, type PageMetadata } from './pageMetadata';
import { bodyFromDom, notesOf } from './bodyFromDom';
import type { ImportedArticle } from './types';

export interface HtmlImport extends ImportedArticle {
  /** The `src` of each figure's image, in body order (a Word document's photos are matched by it). */
  figureSources: (string | null)[];
}

/**
 * HTML, from a web page, a Word document (through mammoth) or Copydesk's own export, read by the
 * body's schema (ProseMirror's DOMParser over linkedom's DOM, after `prepareHtml`): nesting the
 * schema cannot hold is repaired, never refused. Nothing active passes: scripts, styles, frames,
 * forms and embedded media go; links keep only http, https and mailto (relative ones are resolved
 * against the page's own address when it gives one).
 */
export function parseHtml(html: string): HtmlImport {
  // parse5 builds the tree as a browser does (implied <html> and <body>, misnested tags, foster
  // parenting), no deeper than a browser would; linkedom then gives that tree the DOM the schema's
  // parser reads (linkedom's own parser is not the HTML standard's).
  const tree = parse(html);
  flattenDeep(tree);
  const { document } = parseHTML(serialize(tree));
  const body = document.body ?? document.documentElement;
  const meta = pageMetadata(document);
  const scope = articleScope(body);
  const notes: ConversionNotes = new Map();
  // The page's menus, comments and boxes around its article are not the article: say they were left.
  if (scope !== body && hasTextOutside(body, scope)) addNote(notes, 'pageAround');
  const own = ownHeader(scope);
  const headline = own?.headline ?? chooseHeadline(scope, body, meta);
  resolveLinks(scope, meta.url, notes);
  const prepared = prepareHtml(scope);
  for (const [kind, count] of prepared.notes) addNote(notes, kind, count);
  const content = bodyFromDom(scope);

  const fields: ArticlePatch = {};
  if (headline) fields.headline = headline;
  const sapo = own?.sapo ?? meta.description;
  if (sapo) fields.sapo = sapo;
  const byline = own?.byline ?? meta.authors;
  if (byline.length > 0) fields.byline = byline;
  const date = own?.date ?? meta.published;
  const place = own?.place ?? '';
  if (date || place) fields.dateline = { place, date: date ?? null };
  const source = own?.source ?? meta.source;
  if (source) fields.source = source;
  fields.language = languageFromDeclaration(document.documentElement?.getAttribute('lang')) ?? detectLanguage(`${headline}\n${sapo ?? ''}\n${scope.textContent ?? ''}`.slice(0, 20_000));
  fields.body = content;
  return { fields, photos: [], figureSources: prepared.figureSources, notes: notesOf(notes) };
}

/** Whether the page has words of its own outside `scope` (scripts and styles are not words). */
function hasTextOutside(node: Node, scope: Element): boolean {
  if (node === scope) return false;
  if (node.nodeType === 3) return /[\p{L}\p{N}]/u.test(node.textContent ?? '');
  if (node.nodeType === 1 && /^(script|style|noscript|template)$/.test((node as Element).localName)) return false;
  for (const child of node.childNodes) if (hasTextOutside(child, scope)) return true;
  return false;
}

/** A page's one article (or the one holding its headline), else its <main>, else its body: not the site's menus. */
function articleScope(body: Element): Element {
  const articles = [...body.querySelectorAll('article')].filter((article) => !article.parentElement?.closest('article'));
  if (articles.length === 1) return articles[0] as Element;
  const withHeadline = articles.filter((article) => article.querySelector('h1'));
  if (withHeadline.length === 1) return withHeadline[0] as Element;
  return body.querySelector('main') ?? body;
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The headline: the article's own <h1> (inside <article> or <main>, never in a figure or its
 * caption, never the site's name), then og:title or JSON-LD's headline, then <title> without the
 * site's name. An <h1> in the body that repeats the headline is taken out of the body.
 */
function chooseHeadline(scope: Element, body: Element, meta: PageMetadata): string {
  const site = clean(meta.siteName).toLowerCase();
  const isHeadline = (h1: Element): boolean => !h1.closest('figure, figcaption, nav, footer, aside') && clean(h1.textContent) !== '' && clean(h1.textContent).toLowerCase() !== site;
  const inArticle = [...scope.querySelectorAll('h1')].filter((h1) => h1.closest('article, main') && isHeadline(h1));
  const own = inArticle[0];
  if (own) {
    own.remove();
    return clean(own.textContent);
  }
  const headline = meta.headline || titleWithoutSite(meta.title, meta.siteName);
  const repeated = [...body.querySelectorAll('h1')].find((h1) => clean(h1.textContent) === headline);
  if (repeated && scope.contains(repeated)) repeated.remove();
  return headline;
}

const SEPARATORS = /\s+[|\-–—:»·]\s+|\s+::\s+/;

function titleWithoutSite(title: string, siteName: string): string {
  const parts = clean(title).split(SEPARATORS).map(clean).filter(Boolean);
  if (parts.length <= 1) return clean(title);
  const site = clean(siteName).toLowerCase();
  const withoutSite = parts.filter((part) => part.toLowerCase() !== site);
  if (site && withoutSite.length < parts.length) return rejoin(title, withoutSite);
  const last = parts.at(-1) as string;
  // "Headline - Site": the last part is short and the rest reads as a headline.
  if (last.split(' ').length <= 4 && parts.slice(0, -1).join(' ').split(' ').length >= 3) return rejoin(title, parts.slice(0, -1));
  return clean(title);
}

/** The title's own words between the kept parts, separators and all. */
function rejoin(title: string, parts: string[]): string {
  const text = clean(title);
  const first = text.indexOf(parts[0] as string);
  const lastPart = parts.at(-1) as string;
  const end = text.lastIndexOf(lastPart) + lastPart.length;
  return first >= 0 && end > first ? text.slice(first, end) : parts.join(' ');
}

interface OwnHeader {
  headline: string;
  sapo: string;
  byline: string[];
  place: string;
  date?: string;
  source: string;
}

/** Copydesk's own HTML export: its <header> gives the fields back and leaves the body. */
function ownHeader(scope: Element): OwnHeader | null {
  const header = [...scope.children].find((child) => child.localName === 'header');
  const h1 = header?.querySelector('h1');
  if (!header || !h1 || !header.querySelector('p.sapo, p.byline, p.dateline, p.source')) return null;
  // Exactly what the export writes there: a page's own header with a byline (and a photo, a date) is the page's.
  if (![...header.children].every((child) => child === h1 || (child.localName === 'p' && /^(sapo|byline|dateline|source)$/.test(child.className)))) return null;
  const text = (selector: string): string | undefined => {
    const element = header.querySelector(selector);
    return element ? clean(element.textContent) : undefined;
  };
  const dateline = header.querySelector('p.dateline');
  const time = dateline?.querySelector('time');
  const date = time?.getAttribute('datetime') ?? undefined;
  time?.remove();
  const place = dateline ? clean(dateline.textContent).replace(/,$/, '').trim() : undefined;
  const own: OwnHeader = {
    headline: clean(h1.textContent),
    sapo: text('p.sapo') ?? '',
    byline: text('p.byline')?.split(/,\s*/).filter(Boolean) ?? [],
    place: place ?? '',
    source: text('p.source') ?? '',
  };
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) own.date = date;
  header.remove();
  return own;
}

/** Links relative to the page resolve against its own address; what is left unsafe loses its link (the words stay). */
function resolveLinks(scope: Element, base: string | null, notes: ConversionNotes): void {
  for (const anchor of scope.querySelectorAll('a[href]')) {
    const href = (anchor.getAttribute('href') ?? '').trim();
    if (href === '' || href.startsWith('#')) continue;
    let absolute = href;
    if (base && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      try {
        absolute = new URL(href, base).href;
      } catch {
        absolute = href;
      }
    }
    if (isAllowedHref(absolute)) anchor.setAttribute('href', absolute);
    else {
      anchor.removeAttribute('href');
      addNote(notes, 'droppedLink');
    }
  }
}
