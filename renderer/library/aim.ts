import { useEffect, useRef, useState } from 'react';

/** How long the pointer rests on a row before its article is asked for: passing over rows asks for nothing. */
const AIM_MS = 60;

/** What a row tells when the reporter points at it or moves the focus to it. */
export interface Aim {
  enter(id: string): void;
  leave(): void;
  focus(id: string): void;
}

/**
 * Asks for an article as soon as the reporter is about to open it, so that it is there at the
 * click: a pointer resting on its row, or the keyboard's focus on it.
 */
/** What a row hands its button so that `aim` hears of the reporter pointing at it or focusing it. */
export function aimAt(aim: Aim, id: string): Pick<React.ButtonHTMLAttributes<HTMLButtonElement>, 'onPointerEnter' | 'onPointerLeave' | 'onFocus'> {
  return { onPointerEnter: () => aim.enter(id), onPointerLeave: aim.leave, onFocus: () => aim.focus(id) };
}

export function useAim(onPrefetch: (id: string) => void): Aim {
  const callback = useRef(onPrefetch);
  callback.current = onPrefetch;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [aim] = useState<Aim>(() => {
    const leave = (): void => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
    return {
      enter: (id) => {
        leave();
        timer.current = setTimeout(() => callback.current(id), AIM_MS);
      },
      leave,
      focus: (id) => callback.current(id),
    };
  });
  useEffect(() => aim.leave, [aim]);
  return aim;
}
