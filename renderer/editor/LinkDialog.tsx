import { useText } from '../text';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { isAllowedHref } from '../../electron/core/schema/link';
import { useModal } from '../modal';

/**
 * Adds, changes or removes the link on the selection. Only http, https and mailto are accepted;
 * a bare "example.com" is taken as https.
 */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const dialog = useModal();
  const existing: unknown = editor.getAttributes('link').href;
  const [href, setHref] = useState(typeof existing === 'string' ? existing : '');
  const [error, setError] = useState('');
  const { t } = useText();

  const normalized = (value: string): string => {
    const trimmed = value.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return `mailto:${trimmed}`;
    return `https://${trimmed}`;
  };

  const apply = (event: React.FormEvent): void => {
    event.preventDefault();
    if (href.trim() === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    const url = normalized(href);
    if (!isAllowedHref(url)) {
      setError(t('link.refused'));
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="link-title" onClose={onClose} onCancel={onClose}>
      <form onSubmit={apply}>
        <h2 id="link-title">{t('link.title')}</h2>
        <label className="field">
          <span>{t('link.address')}</span>
          <input
            autoFocus
            type="text"
            inputMode="url"
            value={href}
            placeholder="https://…"
            aria-invalid={error !== ''}
            aria-describedby={error ? 'link-error' : undefined}
            onChange={(event) => {
              setHref(event.target.value);
              setError('');
            }}
          />
        </label>
        {error && (
          <p id="link-error" className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {typeof existing === 'string' && existing !== '' && (
            <button
              type="button"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              {t('link.remove')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
