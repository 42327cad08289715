/** Menu items the page carries out (the app's menu sends them; see lifecycle.menuCommand). */
export const MENU_COMMANDS = [
  'newArticle',
  'importFile',
  'exportArticle',
  'find',
  'replace',
  'insertPhoto',
  'checklist',
  'statusDraft',
  'statusEditing',
  'statusReady',
  'focusMode',
  'shortcuts',
  'settings',
  'themeSystem',
  'themeLight',
  'themeDark',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The menu command that puts the page in each theme. */
export const THEME_COMMANDS = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const satisfies Record<Theme, MenuCommand>;

/** The theme a menu command asks for, if it asks for one. */
export function themeOf(command: MenuCommand): Theme | null {
  return THEMES.find((theme) => THEME_COMMANDS[theme] === command) ?? null;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The browser harness has no menu bar: a page event stands in for it (tests choose items with it). */
export const HARNESS_MENU_EVENT = 'copydesk:menu-command';
