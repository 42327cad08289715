import type { Messages } from './i18n/en';

/**
 * Every keyboard shortcut of the workstation, written once: the application menu's accelerators,
 * Help › Keyboard Shortcuts, the toolbar's tooltips, the editor's keys and the page's own key handler
 * (the browser harness, which has no menu) all read this table. Plain data: main, the renderer and
 * the tests import it.
 */

/** A key combination as Electron's menus write it: `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere. */
export type Keys = string | { mac: string; other: string };

/** What a shortcut does: a key of `shortcuts` in the catalogs, which also names it in Help. */
export type ShortcutAction = Exclude<keyof Messages['shortcuts'], 'title' | `${string}Group`>;

export interface Shortcut {
  keys: Keys;
  /** The menu item the keys are the accelerator of (its label is `menu.<item>`), when there is one. */
  menu?: keyof Messages['menu'];
}

/** Help's groups, in order, and the shortcuts of each. */
export const SHORTCUT_GROUPS = [
  { title: 'libraryGroup', actions: ['newArticle', 'openLibrary', 'export', 'checklist', 'focusMode', 'settings', 'shortcuts'] },
  { title: 'writingGroup', actions: ['bold', 'italic', 'link', 'insertPhoto', 'subhead', 'minorSubhead', 'paragraph', 'bulletList', 'orderedList', 'quote', 'lineBreak', 'undo', 'redo'] },
  { title: 'findGroup', actions: ['find', 'replace', 'nextMatch', 'previousMatch', 'closeFind'] },
] as const satisfies ReadonlyArray<{ title: keyof Messages['shortcuts']; actions: readonly ShortcutAction[] }>;

export const SHORTCUTS = {
  newArticle: { keys: 'CmdOrCtrl+N', menu: 'newArticle' },
  openLibrary: { keys: 'CmdOrCtrl+Shift+O', menu: 'openLibrary' },
  export: { keys: 'CmdOrCtrl+E', menu: 'export' },
  checklist: { keys: 'CmdOrCtrl+Shift+L', menu: 'checklist' },
  focusMode: { keys: 'CmdOrCtrl+Shift+F', menu: 'focusMode' },
  settings: { keys: { mac: 'Cmd+,', other: 'Ctrl+,' }, menu: 'settings' },
  shortcuts: { keys: 'CmdOrCtrl+/', menu: 'shortcuts' },
  bold: { keys: 'CmdOrCtrl+B' },
  italic: { keys: 'CmdOrCtrl+I' },
  link: { keys: 'CmdOrCtrl+K' },
  insertPhoto: { keys: 'CmdOrCtrl+Shift+P', menu: 'insertPhoto' },
  subhead: { keys: 'CmdOrCtrl+Alt+2' },
  minorSubhead: { keys: 'CmdOrCtrl+Alt+3' },
  paragraph: { keys: 'CmdOrCtrl+Alt+0' },
  bulletList: { keys: 'CmdOrCtrl+Shift+8' },
  orderedList: { keys: 'CmdOrCtrl+Shift+7' },
  quote: { keys: 'CmdOrCtrl+Shift+B' },
  lineBreak: { keys: 'Shift+Enter' },
  undo: { keys: 'CmdOrCtrl+Z' },
  redo: { keys: 'CmdOrCtrl+Shift+Z' },
  find: { keys: 'CmdOrCtrl+F', menu: 'find' },
  replace: { keys: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' }, menu: 'replace' },
  nextMatch: { keys: 'Enter' },
  previousMatch: { keys: 'Shift+Enter' },
  closeFind: { keys: 'Escape' },
} as const satisfies Record<ShortcutAction, Shortcut>;

/** The keys as Electron's menu writes them, on macOS or elsewhere. */
export function accelerator(action: ShortcutAction, mac: boolean): string {
  const keys: Keys = SHORTCUTS[action].keys;
  return typeof keys === 'string' ? keys : mac ? keys.mac : keys.other;
}

/** The keys as a reader of this platform knows them: ⌘⇧P on macOS, Ctrl+Shift+P elsewhere. */
export function keyLabel(action: ShortcutAction, mac: boolean): string {
  const parts = accelerator(action, mac).split('+');
  if (!mac) return parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl' : part)).join('+');
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Enter: '↩', Escape: 'Esc' };
  return parts.map((part) => symbols[part] ?? part).join('');
}

/** The keys as ProseMirror's keymaps write them (`Mod-Shift-p`), for the editor's own bindings. */
export function editorKeys(action: ShortcutAction, mac: boolean): string {
  const names: Record<string, string> = { CmdOrCtrl: 'Mod', Cmd: 'Mod', Ctrl: mac ? 'Ctrl' : 'Mod' };
  return accelerator(action, mac)
    .split('+')
    .map((part) => names[part] ?? (part.length === 1 ? part.toLowerCase() : part))
    .join('-');
}

/** The keys as ARIA's `aria-keyshortcuts` writes them (`Control+Shift+P`, `Meta+Shift+P` on macOS). */
export function ariaKeys(action: ShortcutAction, mac: boolean): string {
  const names: Record<string, string> = { CmdOrCtrl: mac ? 'Meta' : 'Control', Cmd: 'Meta', Ctrl: 'Control' };
  return accelerator(action, mac)
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}

/** Whether a key press is the shortcut, as the page's own handler sees it (the harness has no menu). */
export function isShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, action: ShortcutAction, mac: boolean): boolean {
  const parts = accelerator(action, mac).split('+');
  const key = parts.pop() ?? '';
  const wants = { mod: false, alt: false, shift: false };
  for (const part of parts) {
    if (part === 'Alt') wants.alt = true;
    else if (part === 'Shift') wants.shift = true;
    else wants.mod = true;
  }
  const mod = event.ctrlKey || event.metaKey;
  // Shift changes the key a layout writes for punctuation (Shift+/ is ? on many): only letters are
  // held to their Shift.
  const letter = /^[a-z]$/i.test(key);
  return mod === wants.mod && event.altKey === wants.alt && (!letter || event.shiftKey === wants.shift) && event.key.toLowerCase() === key.toLowerCase();
}
