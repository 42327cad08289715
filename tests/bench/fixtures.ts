import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Article } from '../../electron/core/article';
import { Library } from '../../electron/core/library';
import { storePhoto } from '../../electron/core/media';
import { bigArticle, random, syllables, type FigurePhoto } from './corpus';

/** Thirty distinct photos, stored in the article's media folder by the real pipeline. */
export async function photos(mediaDir: string, count: number): Promise<FigurePhoto[]> {
  const made: FigurePhoto[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: (i * 37) % 255, g: (i * 91) % 255, b: 120 } } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const { media } = await storePhoto(mediaDir, bytes);
    made.push({ src: media.display, original: media.original, sha256: media.sha256, width: media.displayWidth, height: media.displayHeight });
  }
  return made;
}

/** A library holding one long article with photos; returns it opened. */
export async function libraryWithBigArticle(root: string, words: number, figures: number): Promise<{ library: Library; article: Article }> {
  const id = `20260301-${String(words).padStart(6, '0')}`;
  const dir = join(root, 'articles', id);
  await mkdir(join(dir, 'media'), { recursive: true });
  const article = bigArticle(id, words, await photos(join(dir, 'media'), figures));
  await writeFile(join(dir, 'article.json'), JSON.stringify(article));
  // As the app opens it: index writes coalesced.
  return { library: await Library.open({ root, deferIndexWrites: true }), article };
}

/** `count` short articles written straight to disk (no fsync: this is setup), then opened once to build the index. */
export async function libraryOf(root: string, count: number, words = 400): Promise<Library> {
  const next = random(count);
  for (let i = 0; i < count; i++) {
    const id = `20260301-${String(i).padStart(6, '0')}`;
    await mkdir(join(root, 'articles', id), { recursive: true });
    const article = bigArticle(id, words, [], i + 1);
    article.headline = syllables(10, next);
    await writeFile(join(root, 'articles', id, 'article.json'), JSON.stringify(article));
  }
  return Library.open({ root });
}
