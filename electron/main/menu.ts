import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract';
import type { I18n } from '../i18n';
import type { Theme } from '../menuCommands';
import { accelerator } from '../shortcuts';

export interface MenuActions {
  openLibrary(): void;
  /** Opens one of File › Recent Libraries. */
  openRecent(root: string): void;
  clearRecent(): void;
  setTheme(theme: Theme): void;
  /** Hands a command to the page. */
  send(command: MenuCommand): void;
}

/**
 * The application menu, in the interface language. Edit carries the standard roles, so copy and
 * paste work on every OS; their labels are given, as Electron writes roles in English.
 */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, t: I18n['t'], recent: readonly string[] = [], theme: Theme = 'system'): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t('menu.noRecent'), enabled: false }]
      : [...recent.map((root) => ({ label: root, click: () => actions.openRecent(root) })), { type: 'separator' as const }, { label: t('menu.clearRecent'), click: () => actions.clearRecent() }];
  return [
    // On macOS, Settings… sits in the application menu, under About, as Apple's guidelines place it.
    ...(mac
      ? [
          {
            label: 'Copydesk',
            submenu: [
              { role: 'about' as const, label: t('menu.about') },
              { type: 'separator' as const },
              { label: t('menu.settings'), accelerator: accelerator('settings', mac), click: () => actions.send('settings') },
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const, label: t('menu.quit') },
            ],
          },
        ]
      : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newArticle'), accelerator: accelerator('newArticle', mac), click: () => actions.send('newArticle') },
        { label: t('menu.import'), click: () => actions.send('importFile') },
        { label: t('menu.export'), accelerator: accelerator('export', mac), click: () => actions.send('exportArticle') },
        { type: 'separator' },
        { label: t('menu.openLibrary'), accelerator: accelerator('openLibrary', mac), click: () => actions.openLibrary() },
        { label: t('menu.recent'), submenu: recentItems },
        { type: 'separator' },
        ...(mac ? [] : [{ label: t('menu.settings'), accelerator: accelerator('settings', mac), click: () => actions.send('settings') }, { type: 'separator' as const }]),
        { role: 'close', label: t('menu.close') },
        ...(mac ? [] : [{ role: 'quit' as const, label: t('menu.quit') }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        { type: 'separator' },
        { label: t('menu.find'), accelerator: accelerator('find', mac), click: () => actions.send('find') },
        { label: t('menu.replace'), accelerator: accelerator('replace', mac), click: () => actions.send('replace') },
      ],
    },
    {
      label: t('menu.article'),
      submenu: [
        {
          label: t('menu.status'),
          submenu: [
            { label: t('status.draft'), click: () => actions.send('statusDraft') },
            { label: t('status.editing'), click: () => actions.send('statusEditing') },
            { label: t('status.ready'), click: () => actions.send('statusReady') },
          ],
        },
        { label: t('menu.insertPhoto'), accelerator: accelerator('insertPhoto', mac), click: () => actions.send('insertPhoto') },
        { label: t('menu.checklist'), accelerator: accelerator('checklist', mac), click: () => actions.send('checklist') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.focusMode'), accelerator: accelerator('focusMode', mac), click: () => actions.send('focusMode') },
        {
          label: t('menu.theme'),
          submenu: (
            [
              ['system', t('menu.themeSystem')],
              ['light', t('menu.themeLight')],
              ['dark', t('menu.themeDark')],
            ] as const
          ).map(([value, label]) => ({ label, type: 'radio' as const, checked: theme === value, click: () => actions.setTheme(value) })),
        },
        { type: 'separator' },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    { role: 'windowMenu', label: t('menu.window') },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.shortcuts'), accelerator: accelerator('shortcuts', mac), click: () => actions.send('shortcuts') },
        // About is in the application menu on macOS.
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: t('menu.about') }]),
      ],
    },
  ];
}
