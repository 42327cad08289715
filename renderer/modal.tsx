import { useEffect, useRef } from 'react';
import { useText } from './text';

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

export interface PanelDialogProps {
  /** The title's id, which names the dialog. */
  id: string;
  className: string;
  title: string;
  /** What went wrong, shown under the title. */
  problem?: string | null;
  onClose(): void;
  children?: React.ReactNode;
}

/** A large dialog (history, preview, settings, shortcuts): a title row with Close, what went wrong, then its content. */
export function PanelDialog({ id, className, title, problem, onClose, children }: PanelDialogProps) {
  const dialog = useModal();
  const { t } = useText();
  return (
    <dialog ref={dialog} className={`dialog ${className}`} aria-labelledby={id} onClose={onClose} onCancel={onClose}>
      <div className="preview-head">
        <h2 id={id}>{title}</h2>
        <button type="button" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {children}
    </dialog>
  );
}
