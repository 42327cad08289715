import { useText } from '../text';
import { useEffect, useRef, useState } from 'react';

export interface MisspelledAt {
  word: string;
  from: number;
  to: number;
  x: number;
  y: number;
}

export interface SpellingMenuProps {
  at: MisspelledAt;
  suggestions(word: string): Promise<string[]>;
  onReplace(replacement: string): void;
  onAdd(): void;
  onIgnore(): void;
  onClose(): void;
}

/**
 * The menu of a misspelled word (right click on its squiggle): the spellings to use instead, then
 * "Add to dictionary" (the library's, for everyone) and "Ignore" (in this window). Arrow keys move
 * in it, Escape closes it.
 */
export function SpellingMenu({ at, suggestions, onReplace, onAdd, onIgnore, onClose }: SpellingMenuProps) {
  const [offered, setOffered] = useState<string[] | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const { t } = useText();
  useEffect(() => {
    let live = true;
    suggestions(at.word).then(
      (list) => live && setOffered(list),
      () => live && setOffered([]),
    );
    return () => {
      live = false;
    };
  }, [at.word, suggestions]);
  // The menu has the keyboard from the moment it opens (Escape closes it while the spellings are
  // still being looked up); the first spelling takes focus when they come, unless the user moved.
  useEffect(() => menu.current?.focus(), []);
  useEffect(() => {
    if (offered !== null && document.activeElement === menu.current) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [offered]);
  useEffect(() => {
    const away = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away, true);
    return () => window.removeEventListener('mousedown', away, true);
  }, [onClose]);
  const keys = (event: React.KeyboardEvent): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
  };
  return (
    <div ref={menu} className="spelling-menu" role="menu" tabIndex={-1} aria-label={t('spelling.menu', { word: at.word })} style={{ left: at.x, top: at.y }} onKeyDown={keys}>
      {offered === null ? (
        <p className="spelling-none">{t('spelling.looking')}</p>
      ) : offered.length === 0 ? (
        <p className="spelling-none">{t('spelling.none')}</p>
      ) : (
        offered.map((suggestion) => (
          <button key={suggestion} type="button" role="menuitem" className="spelling-suggestion" onClick={() => onReplace(suggestion)}>
            {suggestion}
          </button>
        ))
      )}
      <hr />
      <button type="button" role="menuitem" onClick={onAdd}>
        {t('spelling.add')}
      </button>
      <button type="button" role="menuitem" onClick={onIgnore}>
        {t('spelling.ignore')}
      </button>
    </div>
  );
}
