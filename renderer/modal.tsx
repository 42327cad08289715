import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A <dialog> shown modal as soon as it mounts: focus moves into it and the page behind is inert.
 * When it goes, focus goes back to where it was (the editor, a button), not to the page itself: a
 * dialog removed while open leaves focus nowhere, and the next click or key would start from there.
 */
export function useModal(): React.RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    dialog.current?.showModal();
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body || !document.activeElement.isConnected;
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
    };
  }, []);
  return dialog;
}

/** The title row of a large dialog, with its Close button. */
export function DialogHead({ id, title, onClose }: { id: string; title: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div className="preview-head">
      <h2 id={id}>{title}</h2>
      <button type="button" autoFocus onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
