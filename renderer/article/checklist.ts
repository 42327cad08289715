import type { Node as PmNode } from '@tiptap/pm/model';
import { figureGaps } from '../../electron/core/schema/figure';

export interface ChecklistItem {
  label: string;
  done: boolean;
  /** Where to take the reporter to fix it: a field, or a position in the body. */
  target: { field: 'headline' | 'sapo' | 'byline' } | { pos: number };
}

const GAP_TEXT = { photo: 'has its photo', caption: 'has a caption', credit: 'is credited', alt: 'has alt text' } as const;

/**
 * What a piece needs before it leaves the workstation: headline, sapo, byline, and for every photo
 * its file, caption, credit and alt text. Walks the document once; called off the keystroke path.
 */
export function articleChecklist(fields: { headline: string; sapo: string; byline: string[] }, doc: PmNode): ChecklistItem[] {
  const items: ChecklistItem[] = [
    { label: 'Headline written', done: fields.headline.trim() !== '', target: { field: 'headline' } },
    { label: 'Sapo written', done: fields.sapo.trim() !== '', target: { field: 'sapo' } },
    { label: 'Byline given', done: fields.byline.length > 0, target: { field: 'byline' } },
  ];
  let photo = 0;
  doc.descendants((node, pos) => {
    if (node.type.name !== 'figure') return !node.isTextblock;
    photo++;
    const gaps = figureGaps(node);
    for (const gap of ['photo', 'caption', 'credit', 'alt'] as const) {
      items.push({ label: `Photo ${photo} ${GAP_TEXT[gap]}`, done: !gaps.includes(gap), target: { pos: pos + 1 } });
    }
    return false;
  });
  return items;
}
