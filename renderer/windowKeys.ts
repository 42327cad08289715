import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { isShortcut } from '../electron/shortcuts';
import { onMac } from './platform';

type Toggle = Dispatch<SetStateAction<boolean>>;

/**
 * The window's own keys: the menu's shortcuts for the browser harness (in the app, the menu takes
 * them first), and Escape out of focus mode. The setters are React's own, the same every render.
 */
export function useWindowKeys(focusMode: boolean, setFocusMode: Toggle, setShowShortcuts: Toggle, setShowSettings: Toggle): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isShortcut(event, 'shortcuts', onMac)) setShowShortcuts(true);
      else if (isShortcut(event, 'settings', onMac)) setShowSettings(true);
      else if (isShortcut(event, 'focusMode', onMac)) setFocusMode((on) => !on);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setFocusMode, setShowShortcuts, setShowSettings]);

  // Escape leaves focus mode, before the editor sees it, unless a dialog or the find bar is open
  // (Escape closes those first).
  useEffect(() => {
    if (!focusMode) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.isComposing || document.querySelector('dialog[open], .find-bar')) return;
      event.preventDefault();
      event.stopPropagation();
      setFocusMode(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [focusMode, setFocusMode]);
}
