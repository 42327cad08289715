import type { BodyNode } from '../article/schema';
import { detectLanguage } from '../text';
import { awaitedFigure, parseCaptionLine } from './credit';
import { paragraph, type ImportedArticle } from './types';

const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?/i;
// "Theo TTXVN, …" / "Theo phóng viên TTXVN tại Paris, …"
const THEO = /^(Theo\s+[^,\n]{2,60}),/u;
// "Hà Nội (TTXVN) – …" / "(TTXVN) - …"
const AGENCY_DASH = /^(?:(?<place>\p{Lu}[^()\n]{0,40}?)\s*)?\((?<agency>[^()\n]{2,30})\)\s*[–—-]\s*/u;

function isDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** A one-line block, short, not ending a sentence: the headline a desk puts first. */
function looksLikeHeadline(block: string): boolean {
  return !block.includes('\n') && block.split(/\s+/).length <= 30 && !/[.!?…:;,]$/.test(block) && !THEO.test(block) && parseCaptionLine(block) === null;
}

/**
 * Plain-text wire copy, as agencies send it: an optional `date YYYY-MM-DD` prefix, paragraphs
 * separated by blank lines, photo captions on lines of their own ending in their credit. A first
 * line that reads as a headline is the headline, and the paragraph after it the sapo. A leading
 * attribution fills the source field; the paragraph keeps its words exactly as written.
 */
export function parseWire(text: string): ImportedArticle {
  let rest = text;
  let date: string | null = null;
  const prefix = DATE_PREFIX.exec(rest);
  if (prefix?.[1] && isDate(prefix[1])) {
    date = prefix[1];
    rest = rest.slice(prefix[0].length);
  }
  const blocks = rest
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter((block) => block !== '');

  let headline = '';
  let sapo = '';
  if (blocks.length > 1 && looksLikeHeadline(blocks[0] as string)) {
    headline = blocks.shift() as string;
    if (blocks.length > 1 && parseCaptionLine(blocks[0] as string) === null) sapo = blocks.shift() as string;
  }

  let source = '';
  let place = '';
  const body: BodyNode[] = [];
  for (const block of blocks) {
    const caption = parseCaptionLine(block);
    if (caption) {
      body.push(awaitedFigure(caption));
      continue;
    }
    if (source === '' && body.every((node) => node.type === 'figure')) {
      const theo = THEO.exec(block);
      const dash = AGENCY_DASH.exec(block);
      if (theo?.[1]) source = theo[1];
      else if (dash?.groups?.agency) {
        source = dash.groups.agency.trim();
        place = dash.groups.place?.trim() ?? '';
      }
    }
    body.push(paragraph(block));
  }
  if (source === '') {
    const theo = THEO.exec(sapo);
    if (theo?.[1]) source = theo[1];
  }
  const language = detectLanguage(`${headline}\n${sapo}\n${blocks.join('\n')}`);
  return {
    fields: {
      headline,
      sapo,
      source,
      language,
      dateline: { place, date },
      body: { type: 'doc', content: body.length > 0 ? body : [paragraph('')] },
    },
    photos: [],
    notes: [],
  };
}
