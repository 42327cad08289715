import type { Node as PmNode } from '@tiptap/pm/model';
import { bodySchema } from '../schema/bodySchema';
import { figureGaps, type FigureGap } from '../schema/figure';
import type { Article } from './schema';

export interface ChecklistItem {
  /** Unique in the list: what is checked, and of which photo. */
  id: string;
  /** What it says, as a key of `checklist` in the catalogs and the photo's number. */
  label: { key: 'headline' | 'sapo' | 'byline' | FigureGap; n?: number };
  done: boolean;
  /** Where to take the reporter to fix it: a field, or a position in the body. */
  target: { field: 'headline' | 'sapo' | 'byline' } | { pos: number };
}

/**
 * What a piece needs before it leaves the workstation: headline, sapo, byline, and for every photo
 * its file, caption, credit and alt text. The newsroom's rule, shared by the workstation (on the
 * editor's document, off the keystroke path), the command line and the desk. Walks the body once.
 */
export function articleChecklist(fields: { headline: string; sapo: string; byline: string[] }, doc: PmNode): ChecklistItem[] {
  const items: ChecklistItem[] = [
    { id: 'headline', label: { key: 'headline' }, done: fields.headline.trim() !== '', target: { field: 'headline' } },
    { id: 'sapo', label: { key: 'sapo' }, done: fields.sapo.trim() !== '', target: { field: 'sapo' } },
    { id: 'byline', label: { key: 'byline' }, done: fields.byline.length > 0, target: { field: 'byline' } },
  ];
  let photo = 0;
  doc.descendants((node, pos) => {
    if (node.type.name !== 'figure') return !node.isTextblock;
    photo++;
    const gaps = figureGaps(node);
    for (const gap of ['photo', 'caption', 'credit', 'alt'] as const) {
      items.push({ id: `${gap}-${photo}`, label: { key: gap, n: photo }, done: !gaps.includes(gap), target: { pos: pos + 1 } });
    }
    return false;
  });
  return items;
}

/** The checklist of a stored article (its body read through the schema). */
export function checklistOf(article: Article): ChecklistItem[] {
  return articleChecklist(article, bodySchema().nodeFromJSON(article.body));
}
