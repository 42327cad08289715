import { useEffect, useRef } from 'react';
import { Icon } from '../icons';
import { useText } from '../text';
import type { ChecklistItem } from '../../electron/core/article/checklist';
import { checklistText } from './checklistText';

export interface ChecklistProps {
  items: ChecklistItem[];
  onGoTo(item: ChecklistItem): void;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Bumped to open the list from elsewhere (the Article menu): the focus moves to it. */
  summoned: number;
}

/** "Ready to export", or how many things are left, with the list one click away. */
export function Checklist({ items, onGoTo, open, onOpenChange, summoned }: ChecklistProps) {
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (summoned > 0) toggle.current?.focus();
  }, [summoned]);
  const left = items.filter((item) => !item.done);
  const { t } = useText();
  return (
    <div className="checklist">
      <button
        ref={toggle}
        type="button"
        className={`checklist-toggle ${left.length === 0 ? 'ready' : 'pending'}`}
        aria-expanded={open}
        aria-controls="checklist-panel"
        onClick={() => onOpenChange(!open)}
      >
        {left.length === 0 ? (
          <>
            <Icon name="check" /> {t('checklist.ready')}
          </>
        ) : (
          t('checklist.left', { count: left.length })
        )}
      </button>
      {open && (
        <div id="checklist-panel" className="checklist-panel" role="region" aria-label={t('checklist.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.id} className={item.done ? 'done' : 'todo'}>
                <Icon name={item.done ? 'check' : 'circle'} />
                {item.done ? (
                  <span>{checklistText(item, t)}</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onGoTo(item)}>
                    {checklistText(item, t)}
                  </button>
                )}
                <span className="visually-hidden">{item.done ? t('checklist.done') : t('checklist.todo')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
