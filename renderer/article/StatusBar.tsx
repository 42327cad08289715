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
  /** The article's word target, if it has one. */
  wordTarget: number | null;
}

/** Counts, the checklist and save state under the editor. Save state is announced politely. */
export function StatusBar({ counts, save, checklist, onGoTo, checklistOpen, wordTarget }: StatusBarProps) {
  return (
    <footer className="status-bar">
      {wordTarget ? (
        <span className="word-target">
          <span>
            {numbers.format(counts.words)} of {numbers.format(wordTarget)} words
          </span>
          <progress max={wordTarget} value={Math.min(counts.words, wordTarget)} aria-label={`Word target: ${Math.round((100 * counts.words) / wordTarget)}%`} />
        </span>
      ) : (
        <span>{numbers.format(counts.words)} words</span>
      )}
      <span>{numbers.format(counts.characters)} characters</span>
      <span>{counts.readingMinutes} min read</span>
      <Checklist items={checklist} onGoTo={onGoTo} {...checklistOpen} />
      <span className={`save-state save-${save.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {saveLabel(save)}
      </span>
    </footer>
  );
}
