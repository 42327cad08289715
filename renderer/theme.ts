import type { Theme } from '../electron/menuCommands';

/** Puts the page in a theme: the system's (colours follow the OS), or light or dark whatever it says. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
