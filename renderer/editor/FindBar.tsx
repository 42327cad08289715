import { useText } from '../text';
import { useEditorState, type Editor } from '@tiptap/react';
import { Icon } from '../icons';
import { useEffect, useRef, useState } from 'react';
import type { FindOptions } from './findMatches';
import { findState } from './findReplace';
import { selectionInView } from './selectionInView';

export interface FindBarProps {
  editor: Editor;
  /** Whether the replace field shows. */
  replace: boolean;
  onClose(): void;
}

/** Find (and replace) in the open article. Enter goes to the next match, Shift+Enter back, Escape closes. */
export function FindBar({ editor, replace, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, matchAccents: false });
  const input = useRef<HTMLInputElement>(null);
  const { t } = useText();
  const found = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = current ? findState(current.state) : null;
      return { count: state?.matches.length ?? 0, current: state?.current ?? -1 };
    },
    equalityFn: (a, b) => a.count === b?.count && a.current === b.current,
  });

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [replace]);
  useEffect(() => {
    editor.commands.setFind(query, options);
  }, [editor, query, options]);
  useEffect(() => () => void (editor.isDestroyed || editor.commands.clearFind()), [editor]);

  const close = (): void => {
    onClose();
    // At once (TipTap's focus command waits a frame): the next key belongs to the body.
    editor.view.focus();
  };
  // The focus stays here, in the find bar: the match is brought into view by hand (ProseMirror
  // scrolls only to a selection the browser shows in the editor).
  const shown = (moved: boolean): void => {
    if (moved) selectionInView(editor.view);
  };
  const step = (direction: 1 | -1): void => shown(editor.commands.findStep(direction));
  const keys = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };
  const count = found?.count ?? 0;
  const status = query === '' ? '' : count === 0 ? t('find.none') : found && found.current >= 0 ? t('find.position', { n: found.current + 1, count }) : t('find.count', { count });

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={keys}>
      <input ref={input} type="search" aria-label={t('find.find')} placeholder={t('find.find')} value={query} onChange={(event) => setQuery(event.target.value)} />
      {replace && <input type="text" aria-label={t('find.replaceWith')} placeholder={t('find.replaceWith')} value={replacement} onChange={(event) => setReplacement(event.target.value)} />}
      <label className="find-option">
        <input type="checkbox" checked={options.matchCase} onChange={(event) => setOptions({ ...options, matchCase: event.target.checked })} /> {t('find.matchCase')}
      </label>
      <label className="find-option">
        <input type="checkbox" checked={options.matchAccents} onChange={(event) => setOptions({ ...options, matchAccents: event.target.checked })} /> {t('find.matchAccents')}
      </label>
      <span className="find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" aria-label={t('find.previous')} disabled={count === 0} onClick={() => step(-1)}>
        <Icon name="up" />
      </button>
      <button type="button" aria-label={t('find.next')} disabled={count === 0} onClick={() => step(1)}>
        <Icon name="down" />
      </button>
      {replace && (
        <>
          <button type="button" disabled={count === 0} onClick={() => (found && found.current < 0 ? step(1) : shown(editor.commands.replaceCurrent(replacement)))}>
            {t('find.replace')}
          </button>
          <button type="button" disabled={count === 0} onClick={() => editor.commands.replaceAll(replacement)}>
            {t('find.replaceAll')}
          </button>
        </>
      )}
      <button type="button" className="quiet" aria-label={t('find.close')} onClick={close}>
        ×
      </button>
    </div>
  );
}
