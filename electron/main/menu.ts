import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract';

export interface MenuActions {
  openLibrary(): void;
  /** Opens one of File › Recent Libraries. */
  openRecent(root: string): void;
  clearRecent(): void;
  /** Hands a command to the page. */
  send(command: MenuCommand): void;
}

/** The application menu. Edit carries the standard roles, so copy and paste work on every OS. */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, recent: readonly string[] = []): MenuItemConstructorOptions[] {
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
      ],
    },
    {
      label: '&Article',
      submenu: [{ label: 'Insert Photo…', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.send('insertPhoto') }],
    },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}
