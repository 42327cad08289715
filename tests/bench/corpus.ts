import type { Article, BodyNode } from '../../electron/core/article';
import { SCHEMA_VERSION } from '../../electron/core/article';

// Syllables in the shape of Vietnamese text: tones, đ, and the common finals.
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = ['a', 'à', 'á', 'ả', 'ã', 'ạ', 'ăn', 'ân', 'ế', 'ệ', 'i', 'ì', 'o', 'ó', 'ô', 'ồ', 'ơ', 'ở', 'u', 'ư', 'ừ', 'iên', 'uyên', 'ương', 'ước', 'anh', 'inh', 'ông', 'ung', 'ai', 'ay', 'ao', 'ơi', 'ời', 'ất', 'ật', 'ốc', 'ục'];

/** A deterministic stream of pseudo-random numbers, so every run measures the same text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syllables(count: number, next: () => number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(`${ONSETS[Math.floor(next() * ONSETS.length)]}${RHYMES[Math.floor(next() * RHYMES.length)]}`);
  return words.join(' ');
}

export interface FigurePhoto {
  src: string;
  original: string;
  sha256: string;
  width: number;
  height: number;
}

/** An article of about `words` words in paragraphs of ~60, with a figure every so often. */
export function bigArticle(id: string, words: number, figures: FigurePhoto[], seed = 1): Article {
  const next = random(seed);
  const content: BodyNode[] = [];
  const paragraphs = Math.ceil(words / 60);
  const every = figures.length > 0 ? Math.floor(paragraphs / figures.length) : Infinity;
  let figure = 0;
  for (let i = 0; i < paragraphs; i++) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${syllables(60, next)}.` }] });
    if (i % 20 === 10) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: syllables(6, next) }] });
    if ((i + 1) % every === 0 && figure < figures.length) {
      const photo = figures[figure++] as FigurePhoto;
      content.push({
        type: 'figure',
        attrs: { ...photo, mime: 'image/jpeg', alt: syllables(8, next), credit: 'Lê Minh', agency: 'TTXVN', takenAt: null },
        content: [{ type: 'text', text: syllables(12, next) }],
      });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    headline: syllables(12, next),
    sapo: syllables(40, next),
    byline: ['Lê Minh'],
    dateline: { place: 'Hà Nội', date: '2026-03-01' },
    source: 'Theo TTXVN',
    section: 'Thời sự',
    tags: ['kinh tế'],
    language: 'vi',
    status: 'draft',
    body: { type: 'doc', content },
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    revision: 1,
  };
}
