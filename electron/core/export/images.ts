import type { Article, BodyNode } from '../article';
import { slugify } from '../text';
import type { ExportOptions } from './types';

export interface ExportImage {
  /** Where the page points: images/… or a data URI. */
  url: string;
  /** The file to write beside the main file, unless embedded. */
  file: { path: string; data: Uint8Array } | null;
}

const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };

/** The figures of a body, in order. */
export function figuresOf(article: Article): BodyNode[] {
  const found: BodyNode[] = [];
  const walk = (node: BodyNode): void => {
    if (node.type === 'figure') found.push(node);
    node.content?.forEach(walk);
  };
  article.body.content.forEach(walk);
  return found;
}

/**
 * The display copies of an article's photos, named after their captions ("images/dai-bieu-phat-bieu-1.jpg")
 * so an export folder reads well, or embedded as data URIs. Display copies carry no metadata, so
 * no GPS position or camera detail leaves with them.
 */
export async function exportImages(article: Article, options: ExportOptions): Promise<Map<BodyNode, ExportImage>> {
  const images = new Map<BodyNode, ExportImage>();
  const used = new Set<string>();
  let n = 0;
  for (const figure of figuresOf(article)) {
    const src = figure.attrs?.src;
    if (typeof src !== 'string') continue;
    n++;
    const data = await options.readMedia(src);
    const ext = src.slice(src.lastIndexOf('.') + 1);
    const caption = (figure.content ?? []).map((node) => node.text ?? '').join('');
    let base = `${slugify(caption || article.headline || 'photo', 50) || 'photo'}-${n}`;
    while (used.has(base)) base += 'x';
    used.add(base);
    const path = `images/${base}.${ext}`;
    images.set(
      figure,
      options.singleFile ? { url: `data:${MIME[ext] ?? 'application/octet-stream'};base64,${Buffer.from(data).toString('base64')}`, file: null } : { url: path, file: { path, data } },
    );
  }
  return images;
}
