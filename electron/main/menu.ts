import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract';
import type { Theme } from '../menuCommands';

export interface MenuActions {
  openLibrary(): void;
  /** Opens one of File › Recent Libraries. */
  openRecent(root: string): void;
  clearRecent(): void;
  setTheme(theme: Theme): void;
  /** Hands a command to the page. */
  send(command: MenuCommand): void;
}

/** The application menu. Edit carries the standard roles, so copy and paste work on every OS. */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, recent: readonly string[] = [], theme: Theme = 'system'): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No Recent Libraries', enabled: false }]
      : [...recent.map((root) => ({ label: root, click: () => actions.openRecent(root) })), { type: 'separator' as const }, { label: 'Clear Recent Libraries', click: () => actions.clearRecent() }];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Article', accelerator: 'CmdOrCtrl+N', click: () => actions.send('newArticle') },
        { label: 'Import…', click: () => actions.send('importFile') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('exportArticle') },
        { type: 'separator' },
        { label: 'Open Library…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openLibrary() },
        { label: 'Recent Libraries', submenu: recentItems },
        { type: 'separator' },
        { role: 'close' },
        ...(mac ? [] : [{ role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.send('find') },
        { label: 'Replace…', accelerator: mac ? 'Cmd+Alt+F' : 'Ctrl+H', click: () => actions.send('replace') },
      ],
    },
    {
      label: '&Article',
      submenu: [
        {
          label: 'Status',
          submenu: [
            { label: 'Draft', click: () => actions.send('statusDraft') },
            { label: 'Editing', click: () => actions.send('statusEditing') },
            { label: 'Ready', click: () => actions.send('statusReady') },
          ],
        },
        { label: 'Insert Photo…', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.send('insertPhoto') },
        { label: 'Ready-to-Export Checklist', accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.send('checklist') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Focus Mode', accelerator: 'CmdOrCtrl+Shift+F', click: () => actions.send('focusMode') },
        {
          label: 'Theme',
          submenu: (
            [
              ['system', 'Same as the System'],
              ['light', 'Light'],
              ['dark', 'Dark'],
            ] as const
          ).map(([value, label]) => ({ label, type: 'radio' as const, checked: theme === value, click: () => actions.setTheme(value) })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.send('shortcuts') },
        // About is in the application menu on macOS.
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: 'About Copydesk' }]),
      ],
    },
  ];
}
