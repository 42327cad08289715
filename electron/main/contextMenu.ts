import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/**
 * The right-click menu of the window's text: Cut, Copy, Paste and Select All, each available when
 * it can act (what the page says through `params`). A misspelled word has the page's own menu,
 * with spellings (see SpellingMenu): the page takes that click, and this menu does not open.
 */
export function editContextMenu(params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  if (!params.isEditable) return params.selectionText.trim() === '' ? [] : [{ role: 'copy', enabled: editFlags.canCopy }];
  return [
    { role: 'cut', enabled: editFlags.canCut },
    { role: 'copy', enabled: editFlags.canCopy },
    { role: 'paste', enabled: editFlags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', enabled: editFlags.canSelectAll },
  ];
}
