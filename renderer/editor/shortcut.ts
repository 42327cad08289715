const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-Z" as the reporter's keyboard labels it: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function shortcut(keys: string): string {
  const parts = keys.split('-');
  if (isMac) {
    const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
    return parts.map((part) => symbols[part] ?? part).join('');
  }
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}
