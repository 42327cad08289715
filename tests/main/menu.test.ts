import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the standard edit roles and the workstation’s commands on %s', (platform) => {
    const actions = { openLibrary: vi.fn(), send: vi.fn() };
    const all = items(menuTemplate(platform, actions));
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
  });
});
