import { useRef } from 'react';
import { Icon } from '../icons';
import { useText } from '../text';

/**
 * A date field (YYYY-MM-DD, "" for none) with a calendar button of the page's own drawing. The
 * browser's button is an SVG image, a document of its own that Chromium builds as the window first
 * draws the article's header: 3-4 ms of the start-up's first frame, measured in traces. Like the
 * browser's, the button is not a stop of its own for Tab: the field opens its calendar from the
 * keyboard as before.
 */
export function DateInput({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useText();
  const input = useRef<HTMLInputElement>(null);
  const open = () => {
    const field = input.current;
    if (!field) return;
    try {
      field.showPicker();
    } catch {
      // No calendar to show here (the field is read-only, or the click did not count as one):
      // the field itself takes the date.
      field.focus();
    }
  };
  return (
    <span className="date-input">
      <input ref={input} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
      <button type="button" className="date-picker" tabIndex={-1} aria-label={t('common.chooseDate')} title={t('common.chooseDate')} onClick={open}>
        <Icon name="calendar" />
      </button>
    </span>
  );
}
