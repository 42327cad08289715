import type { ChecklistItem } from '../../electron/core/article/checklist';
import type { TFunction } from '../../electron/i18n';

/** A checklist item as the reporter reads it, in the interface language. */
export function checklistText(item: ChecklistItem, t: TFunction): string {
  return t(`checklist.${item.label.key}`, { n: item.label.n ?? 0 });
}
