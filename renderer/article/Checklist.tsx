import { useState } from 'react';
import type { ChecklistItem } from './checklist';

/** "Ready to export", or how many things are left, with the list one click away. */
export function Checklist({ items, onGoTo }: { items: ChecklistItem[]; onGoTo(item: ChecklistItem): void }) {
  const [open, setOpen] = useState(false);
  const left = items.filter((item) => !item.done);
  return (
    <div className="checklist">
      <button type="button" className={`checklist-toggle ${left.length === 0 ? 'ready' : 'pending'}`} aria-expanded={open} aria-controls="checklist-panel" onClick={() => setOpen(!open)}>
        {left.length === 0 ? '✓ Ready to export' : `${left.length} to fix before export`}
      </button>
      {open && (
        <div id="checklist-panel" className="checklist-panel" role="region" aria-label="Ready-to-export checklist">
          <ul>
            {items.map((item) => (
              <li key={item.label} className={item.done ? 'done' : 'todo'}>
                <span aria-hidden="true">{item.done ? '✓' : '○'}</span>
                {item.done ? (
                  <span>{item.label}</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onGoTo(item)}>
                    {item.label}
                  </button>
                )}
                <span className="visually-hidden">{item.done ? ' (done)' : ' (to do)'}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
