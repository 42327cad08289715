import { getExtensionField, resolveExtensions } from '@tiptap/core';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../electron/core/schema';
import { createI18n } from '../../electron/i18n';
import { menuTemplate } from '../../electron/main/menu';
import { SHORTCUTS, SHORTCUT_GROUPS, accelerator, ariaKeys, editorKeys, isShortcut, keyLabel, type Shortcut, type ShortcutAction } from '../../electron/shortcuts';
import { Shortcuts } from '../../renderer/editor/shortcuts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const noop = { openLibrary: () => undefined, openRecent: () => undefined, clearRecent: () => undefined, setTheme: () => undefined, send: () => undefined };
const actions = Object.keys(SHORTCUTS) as ShortcutAction[];
const { t } = createI18n('en');

/** ProseMirror's way of naming keys, modifiers in one order, so `Shift-Mod-z` and `Mod-Shift-z` are one. */
function normal(keys: string): string {
  const parts = keys.split('-');
  const key = parts.pop() ?? '';
  return [...parts.sort(), key.length === 1 ? key.toLowerCase() : key].join('-');
}

/** Every key the editor binds: TipTap's extensions as the body has them, and the workstation's own. */
function editorBindings(mac: boolean): Set<string> {
  const extensions = resolveExtensions([...bodyExtensions(), Shortcuts.configure({ mac })]);
  const keys = extensions.flatMap((extension) => {
    const add = getExtensionField<(() => Record<string, unknown>) | undefined>(extension, 'addKeyboardShortcuts', {
      name: extension.name,
      options: extension.options,
      storage: {},
      editor: {},
      type: null,
      parent: undefined,
    });
    return add ? Object.keys(add()) : [];
  });
  return new Set(keys.map(normal));
}

describe('the keyboard shortcuts, written once', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('gives the menu its accelerators and lists every one in Help, on %s', (platform) => {
    const mac = platform === 'darwin';
    const menu = items(menuTemplate(platform, noop, t));
    const withKeys = menu.filter((item) => item.accelerator && item.label);
    for (const item of withKeys) {
      const listed = actions.find((action) => {
        const shortcut: Shortcut = SHORTCUTS[action];
        return shortcut.menu && t(`menu.${shortcut.menu}`) === item.label;
      });
      expect(listed, `${item.label} is not in the table`).toBeDefined();
      expect(accelerator(listed ?? 'bold', mac), String(item.label)).toBe(item.accelerator);
    }
    expect(actions.filter((action) => 'menu' in SHORTCUTS[action]).length).toBe(withKeys.length);
  });

  it('lists every shortcut in Help once, in a group', () => {
    const listed = SHORTCUT_GROUPS.flatMap((group) => group.actions);
    expect([...listed].sort()).toEqual([...actions].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('binds in the editor the writing keys Help lists, and the workstation’s own', () => {
    for (const mac of [false, true]) {
      const bound = editorBindings(mac);
      const writing = SHORTCUT_GROUPS.find((group) => group.title === 'writingGroup')?.actions ?? [];
      for (const action of [...writing, 'find', 'replace'] as const) expect(bound, `${action} on ${mac ? 'macOS' : 'Linux'}`).toContain(normal(editorKeys(action, mac)));
    }
  });

  it('writes keys the way each platform does', () => {
    expect(keyLabel('insertPhoto', false)).toBe('Ctrl+Shift+P');
    expect(keyLabel('insertPhoto', true)).toBe('⌘⇧P');
    expect(keyLabel('replace', true)).toBe('⌘⌥F');
    expect(keyLabel('replace', false)).toBe('Ctrl+H');
    expect(editorKeys('replace', true)).toBe('Mod-Alt-f');
    expect(editorKeys('replace', false)).toBe('Mod-h');
    expect(ariaKeys('insertPhoto', false)).toBe('Control+Shift+P');
    expect(ariaKeys('insertPhoto', true)).toBe('Meta+Shift+P');
  });

  it('knows a shortcut from a key press in the page, and not a near one', () => {
    const press = (key: string, more: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {}) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...more,
    });
    expect(isShortcut(press('F', { ctrlKey: true, shiftKey: true }), 'focusMode', false)).toBe(true);
    expect(isShortcut(press('f', { ctrlKey: true }), 'focusMode', false)).toBe(false);
    expect(isShortcut(press('F', { metaKey: true, shiftKey: true }), 'focusMode', true)).toBe(true);
    expect(isShortcut(press(',', { ctrlKey: true }), 'settings', false)).toBe(true);
    expect(isShortcut(press(',', { ctrlKey: true, altKey: true }), 'settings', false)).toBe(false);
    expect(isShortcut(press('/', { ctrlKey: true }), 'shortcuts', false)).toBe(true);
    expect(isShortcut(press('/', { ctrlKey: true, shiftKey: true }), 'shortcuts', false)).toBe(true);
    expect(isShortcut(press('/'), 'shortcuts', false)).toBe(false);
  });
});
