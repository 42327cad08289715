import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../electron/i18n';
import { menuTemplate } from '../../electron/main/menu';

const t = createI18n('en').t;

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the standard edit roles and the workstation’s commands on %s', (platform) => {
    const actions = { openLibrary: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), setTheme: vi.fn(), send: vi.fn() };
    const all = items(menuTemplate(platform, actions, t));
    expect(all.map((item) => item.role).filter(Boolean)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    const byLabel = (label: string) => all.find((item) => item.label === label);
    expect(byLabel('New Article')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Insert Photo…')?.accelerator).toBe('CmdOrCtrl+Shift+P');
    (byLabel('Insert Photo…')?.click as () => void)();
    (byLabel('New Article')?.click as () => void)();
    (byLabel('Import…')?.click as () => void)();
    (byLabel('Open Library…')?.click as () => void)();
    expect(actions.send.mock.calls).toEqual([['insertPhoto'], ['newArticle'], ['importFile']]);
    expect(actions.openLibrary).toHaveBeenCalledOnce();
    expect(all.map((item) => item.role)).toContain('close');
    expect(byLabel('Export…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel('Find…')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('Replace…')?.accelerator).toBe(platform === 'darwin' ? 'Cmd+Alt+F' : 'Ctrl+H');
    actions.send.mockClear();
    for (const label of ['Export…', 'Find…', 'Replace…', 'Draft', 'Editing', 'Ready', 'Ready-to-Export Checklist']) (byLabel(label)?.click as () => void)();
    expect(actions.send.mock.calls.flat()).toEqual(['exportArticle', 'find', 'replace', 'statusDraft', 'statusEditing', 'statusReady', 'checklist']);
    // About, Settings and Quit are in the app menu on macOS; in Help and File elsewhere.
    const template = menuTemplate(platform, actions, t);
    const home = (role: string) => template.find((menu) => items(Array.isArray(menu.submenu) ? menu.submenu : []).some((item) => item.role === role))?.label;
    expect([home('about'), home('quit')]).toEqual(platform === 'darwin' ? ['Copydesk', 'Copydesk'] : ['&Help', '&File']);
    expect(byLabel('Settings…')?.accelerator).toBe(platform === 'darwin' ? 'Cmd+,' : 'Ctrl+,');
    actions.send.mockClear();
    (byLabel('Settings…')?.click as () => void)();
    expect(actions.send.mock.calls).toEqual([['settings']]);
    // No two items share a shortcut.
    const accelerators = all.map((item) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('speaks the interface language, roles included (Electron writes those in English)', () => {
    const actions = { openLibrary: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), setTheme: vi.fn(), send: vi.fn() };
    const all = items(menuTemplate('win32', actions, createI18n('vi').t, ['/home/pv/Thời sự']));
    const labels = all.map((item) => item.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['&Tệp', 'Bài mới', 'Thư viện gần đây', 'Hoàn tác', 'Dán', 'Chế độ tập trung', 'Bản nháp', 'Phím tắt']));
    // Every item with a role has a label of its own, so none falls back to Electron's English.
    expect(all.filter((item) => item.role && !['windowMenu', 'help'].includes(item.role) && !item.label)).toEqual([]);
    const english = new Set(items(menuTemplate('win32', actions, t, ['/home/pv/Thời sự'])).map((item) => item.label));
    expect(labels.filter((label) => english.has(label) && label !== '/home/pv/Thời sự')).toEqual([]);
  });

  it('lists the recent libraries under File, opens one when picked, and can clear them', () => {
    const actions = { openLibrary: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), setTheme: vi.fn(), send: vi.fn() };
    const recentOf = (template: MenuItemConstructorOptions[]) => items(template).find((item) => item.label === 'Recent Libraries')?.submenu as MenuItemConstructorOptions[];
    expect(recentOf(menuTemplate('linux', actions, t, []))).toEqual([{ label: 'No Recent Libraries', enabled: false }]);
    const recent = recentOf(menuTemplate('linux', actions, t, ['/home/pv/Thời sự', '/media/usb/Thể thao']));
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['/home/pv/Thời sự', '/media/usb/Thể thao', 'separator', 'Clear Recent Libraries']);
    (recent[1]?.click as () => void)();
    (recent[3]?.click as () => void)();
    expect(actions.openRecent.mock.calls).toEqual([['/media/usb/Thể thao']]);
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('offers the system, light and dark themes under View, the chosen one checked', () => {
    const actions = { openLibrary: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), setTheme: vi.fn(), send: vi.fn() };
    const themes = items(menuTemplate('win32', actions, t, [], 'dark')).find((item) => item.label === 'Theme')?.submenu as MenuItemConstructorOptions[];
    expect(themes.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Same as the System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
    (themes[1]?.click as () => void)();
    expect(actions.setTheme.mock.calls).toEqual([['light']]);
  });
});
