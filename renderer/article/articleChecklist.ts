import type { Node as PmNode } from '@tiptap/pm/model';
import { figureGaps, type FigureGap } from '../../electron/core/schema/figure';
import type { TFunction } from '../../electron/i18n';

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
 * its file, caption, credit and alt text. Walks the document once; called off the keystroke path.
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

/** An item as the reporter reads it, in the interface language. */
export function checklistText(item: ChecklistItem, t: TFunction): string {
  return t(`checklist.${item.label.key}`, { n: item.label.n ?? 0 });
}
