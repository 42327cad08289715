import { useText } from '../text';
import type { TFunction } from '../../electron/i18n';
import type { TextCounts } from '../../electron/core/text';
import { Checklist, type ChecklistProps } from './Checklist';
import type { ChecklistItem } from '../../electron/core/article/checklist';
import type { SaveState } from './saveController';

function saveLabel(state: SaveState, t: TFunction): string {
  switch (state.kind) {
    case 'saved':
      return t('statusBar.saved');
    case 'pending':
    case 'saving':
      return t('statusBar.saving');
    case 'failed':
      return t('statusBar.notSaved', { message: state.message });
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
  const { t } = useText();
  return (
    <footer className="status-bar">
      {wordTarget ? (
        <span className="word-target">
          <span>{t('statusBar.ofTarget', { words: counts.words, target: wordTarget })}</span>
          <progress max={wordTarget} value={Math.min(counts.words, wordTarget)} aria-label={t('statusBar.targetProgress', { percent: Math.round((100 * counts.words) / wordTarget) })} />
        </span>
      ) : (
        <span>{t('common.words', { count: counts.words })}</span>
      )}
      <span>{t('statusBar.characters', { count: counts.characters })}</span>
      <span>{t('statusBar.reading', { count: counts.readingMinutes })}</span>
      <Checklist items={checklist} onGoTo={onGoTo} {...checklistOpen} />
      <span className={`save-state save-${save.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {saveLabel(save, t)}
      </span>
    </footer>
  );
}
