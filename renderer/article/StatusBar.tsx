import type { TextCounts } from '../../electron/core/text';
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

/** Counts and save state under the editor. Save state is announced to screen readers politely. */
export function StatusBar({ counts, save }: { counts: TextCounts; save: SaveState }) {
  return (
    <footer className="status-bar">
      <span>{numbers.format(counts.words)} words</span>
      <span>{numbers.format(counts.characters)} characters</span>
      <span>{counts.readingMinutes} min read</span>
      <span className={`save-state save-${save.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {saveLabel(save)}
      </span>
    </footer>
  );
}
