import type { TextCounts } from '../../electron/core/text';
import { Checklist, type ChecklistProps } from './Checklist';
import type { ChecklistItem } from './checklist';
import type { SaveState } from './saveController';

const numbers = new Intl.NumberFormat('en');

export function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${state.message}`;
  }
}

export interface StatusBarProps {
  counts: TextCounts;
  save: SaveState;
  checklist: ChecklistItem[];
  onGoTo(item: ChecklistItem): void;
  checklistOpen: Pick<ChecklistProps, 'open' | 'onOpenChange' | 'summoned'>;
}

/** Counts, the checklist and save state under the editor. Save state is announced politely. */
export function StatusBar({ counts, save, checklist, onGoTo, checklistOpen }: StatusBarProps) {
  return (
    <footer className="status-bar">
      <span>{numbers.format(counts.words)} words</span>
      <span>{numbers.format(counts.characters)} characters</span>
      <span>{counts.readingMinutes} min read</span>
      <Checklist items={checklist} onGoTo={onGoTo} {...checklistOpen} />
      <span className={`save-state save-${save.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {saveLabel(save)}
      </span>
    </footer>
  );
}
