import { useEffect, useRef } from 'react';

/** A <dialog> shown modal as soon as it mounts: focus moves into it and the page behind is inert. */
export function useModal(): React.RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return dialog;
}

/** The title row of a large dialog, with its Close button. */
export function DialogHead({ id, title, onClose }: { id: string; title: string; onClose(): void }) {
  return (
    <div className="preview-head">
      <h2 id={id}>{title}</h2>
      <button type="button" autoFocus onClick={onClose}>
        Close
      </button>
    </div>
  );
}
