import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { I18n } from '../i18n';

/**
 * The right-click menu of the window's text: Cut, Copy, Paste and Select All, each available when
 * it can act (what the page says through `params`). A misspelled word has the page's own menu,
 * with spellings (see SpellingMenu): the page takes that click, and this menu does not open. The
 * items speak the interface language (Electron writes roles in English).
 */
export function editContextMenu(params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>, t: I18n['t']): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  const copy: MenuItemConstructorOptions = { role: 'copy', label: t('menu.copy'), enabled: editFlags.canCopy };
  if (!params.isEditable) return params.selectionText.trim() === '' ? [] : [copy];
  return [
    { role: 'cut', label: t('menu.cut'), enabled: editFlags.canCut },
    copy,
    { role: 'paste', label: t('menu.paste'), enabled: editFlags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: t('menu.selectAll'), enabled: editFlags.canSelectAll },
  ];
}
