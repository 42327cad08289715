/** A key combination as Electron's menus write it: `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere. */
export type Keys = string | { mac: string; other: string };

export interface Shortcut {
  keys: Keys;
  action: string;
  /** The menu item with the same shortcut, when there is one (a test keeps the two the same). */
  menu?: string;
}

/** Every keyboard shortcut of the workstation, as Help › Keyboard Shortcuts lists them. */
export const SHORTCUT_GROUPS: Array<{ title: string; shortcuts: Shortcut[] }> = [
  {
    title: 'Library and article',
    shortcuts: [
      { keys: 'CmdOrCtrl+N', action: 'New article', menu: 'New Article' },
      { keys: 'CmdOrCtrl+Shift+O', action: 'Open another library', menu: 'Open Library…' },
      { keys: 'CmdOrCtrl+E', action: 'Export the article', menu: 'Export…' },
      { keys: 'CmdOrCtrl+Shift+L', action: 'Ready-to-export checklist', menu: 'Ready-to-Export Checklist' },
      { keys: 'CmdOrCtrl+Shift+F', action: 'Focus mode: only the text (Esc leaves it)', menu: 'Focus Mode' },
      { keys: 'CmdOrCtrl+/', action: 'This list of shortcuts', menu: 'Keyboard Shortcuts' },
    ],
  },
  {
    title: 'Writing',
    shortcuts: [
      { keys: 'CmdOrCtrl+B', action: 'Bold' },
      { keys: 'CmdOrCtrl+I', action: 'Italic' },
      { keys: 'CmdOrCtrl+K', action: 'Link' },
      { keys: 'CmdOrCtrl+Shift+P', action: 'Insert a photo', menu: 'Insert Photo…' },
      { keys: 'CmdOrCtrl+Alt+2', action: 'Subhead' },
      { keys: 'CmdOrCtrl+Alt+3', action: 'Smaller subhead' },
      { keys: 'CmdOrCtrl+Alt+0', action: 'Plain paragraph' },
      { keys: 'CmdOrCtrl+Shift+8', action: 'Bulleted list' },
      { keys: 'CmdOrCtrl+Shift+7', action: 'Numbered list' },
      { keys: 'CmdOrCtrl+Shift+B', action: 'Quotation' },
      { keys: 'Shift+Enter', action: 'Line break within a paragraph' },
      { keys: 'CmdOrCtrl+Z', action: 'Undo' },
      { keys: 'CmdOrCtrl+Shift+Z', action: 'Redo' },
    ],
  },
  {
    title: 'Find and replace',
    shortcuts: [
      { keys: 'CmdOrCtrl+F', action: 'Find in the article', menu: 'Find…' },
      { keys: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' }, action: 'Find and replace', menu: 'Replace…' },
      { keys: 'Enter', action: 'Next match (in the find field)' },
      { keys: 'Shift+Enter', action: 'Previous match (in the find field)' },
      { keys: 'Escape', action: 'Close find' },
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
