import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../electron/i18n';
import { menuTemplate } from '../../electron/main/menu';
import { SHORTCUT_GROUPS, acceleratorOn, keyLabel } from '../../renderer/help/shortcutList';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const noop = { openLibrary: () => undefined, openRecent: () => undefined, clearRecent: () => undefined, setTheme: () => undefined, send: () => undefined };
const shortcuts = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts);
const { t } = createI18n('en');

describe('Help › Keyboard Shortcuts', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('lists every menu shortcut, with the keys the menu uses on %s', (platform) => {
    const menu = items(menuTemplate(platform, noop, t));
    const withKeys = menu.filter((item) => item.accelerator && item.label);
    for (const item of withKeys) {
      const listed = shortcuts.find((shortcut) => shortcut.menu && t(`menu.${shortcut.menu}`) === item.label);
      expect(listed, `${item.label} is not in the list`).toBeDefined();
      expect(acceleratorOn(listed?.keys ?? '', platform === 'darwin'), String(item.label)).toBe(item.accelerator);
    }
    expect(shortcuts.filter((shortcut) => shortcut.menu).length).toBe(withKeys.length);
  });

  it('writes keys the way each platform does', () => {
    expect(keyLabel('CmdOrCtrl+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(keyLabel('CmdOrCtrl+Shift+P', true)).toBe('⌘⇧P');
    expect(keyLabel({ mac: 'Cmd+Alt+F', other: 'Ctrl+H' }, true)).toBe('⌘⌥F');
    expect(keyLabel({ mac: 'Cmd+Alt+F', other: 'Ctrl+H' }, false)).toBe('Ctrl+H');
  });
});
