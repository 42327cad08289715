import type { Messages } from '../../electron/i18n';

/** A key combination as Electron's menus write it: `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere. */
export type Keys = string | { mac: string; other: string };

export interface Shortcut {
  keys: Keys;
  /** What the keys do (a key of `shortcuts` in the catalogs). */
  action: keyof Messages['shortcuts'];
  /** The menu item with the same shortcut, when there is one (a test keeps the two the same). */
  menu?: keyof Messages['menu'];
}

/** Every keyboard shortcut of the workstation, as Help › Keyboard Shortcuts lists them. */
export const SHORTCUT_GROUPS: Array<{ title: keyof Messages['shortcuts']; shortcuts: Shortcut[] }> = [
  {
    title: 'libraryGroup',
    shortcuts: [
      { keys: 'CmdOrCtrl+N', action: 'newArticle', menu: 'newArticle' },
      { keys: 'CmdOrCtrl+Shift+O', action: 'openLibrary', menu: 'openLibrary' },
      { keys: 'CmdOrCtrl+E', action: 'export', menu: 'export' },
      { keys: 'CmdOrCtrl+Shift+L', action: 'checklist', menu: 'checklist' },
      { keys: 'CmdOrCtrl+Shift+F', action: 'focusMode', menu: 'focusMode' },
      { keys: { mac: 'Cmd+,', other: 'Ctrl+,' }, action: 'settings', menu: 'settings' },
      { keys: 'CmdOrCtrl+/', action: 'shortcuts', menu: 'shortcuts' },
    ],
  },
  {
    title: 'writingGroup',
    shortcuts: [
      { keys: 'CmdOrCtrl+B', action: 'bold' },
      { keys: 'CmdOrCtrl+I', action: 'italic' },
      { keys: 'CmdOrCtrl+K', action: 'link' },
      { keys: 'CmdOrCtrl+Shift+P', action: 'insertPhoto', menu: 'insertPhoto' },
      { keys: 'CmdOrCtrl+Alt+2', action: 'subhead' },
      { keys: 'CmdOrCtrl+Alt+3', action: 'minorSubhead' },
      { keys: 'CmdOrCtrl+Alt+0', action: 'paragraph' },
      { keys: 'CmdOrCtrl+Shift+8', action: 'bulletList' },
      { keys: 'CmdOrCtrl+Shift+7', action: 'orderedList' },
      { keys: 'CmdOrCtrl+Shift+B', action: 'quote' },
      { keys: 'Shift+Enter', action: 'lineBreak' },
      { keys: 'CmdOrCtrl+Z', action: 'undo' },
      { keys: 'CmdOrCtrl+Shift+Z', action: 'redo' },
    ],
  },
  {
    title: 'findGroup',
    shortcuts: [
      { keys: 'CmdOrCtrl+F', action: 'find', menu: 'find' },
      { keys: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' }, action: 'replace', menu: 'replace' },
      { keys: 'Enter', action: 'nextMatch' },
      { keys: 'Shift+Enter', action: 'previousMatch' },
      { keys: 'Escape', action: 'closeFind' },
    ],
  },
];

/** The keys as Electron's menu writes them on `platform`. */
export function acceleratorOn(keys: Keys, mac: boolean): string {
  return typeof keys === 'string' ? keys : mac ? keys.mac : keys.other;
}

/** The keys as a reader of this platform knows them: ⌘⇧P on macOS, Ctrl+Shift+P elsewhere. */
export function keyLabel(keys: Keys, mac: boolean): string {
  const parts = acceleratorOn(keys, mac).split('+');
  if (!mac) return parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl' : part)).join('+');
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Enter: '↩', Escape: 'Esc' };
  return parts.map((part) => symbols[part] ?? part).join('');
}
