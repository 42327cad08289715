import { describe, expect, it } from 'vitest';
import { createI18n } from '../../electron/i18n';
import { editContextMenu } from '../../electron/main/contextMenu';

const { t } = createI18n('en');

const flags = (on: boolean) => ({ canUndo: on, canRedo: on, canCut: on, canCopy: on, canPaste: on, canDelete: on, canSelectAll: on, canEditRichly: on });

describe('the right-click menu of the window’s text', () => {
  it('offers cut, copy, paste and select all in the editor and the fields, each when it can act', () => {
    expect(editContextMenu({ isEditable: true, selectionText: 'người dân', editFlags: flags(true) }, t).map((item) => [item.role ?? item.type, item.enabled])).toEqual([
      ['cut', true],
      ['copy', true],
      ['paste', true],
      ['separator', undefined],
      ['selectAll', true],
    ]);
    expect(editContextMenu({ isEditable: true, selectionText: '', editFlags: { ...flags(false), canPaste: true, canSelectAll: true } }, t).map((item) => item.enabled)).toEqual([
      false,
      false,
      true,
      undefined,
      true,
    ]);
  });

  it('offers copy on selected text outside the fields, and nothing elsewhere', () => {
    expect(editContextMenu({ isEditable: false, selectionText: 'Tin số 1', editFlags: flags(false) }, t)).toEqual([{ role: 'copy', label: 'Copy', enabled: false }]);
    expect(editContextMenu({ isEditable: false, selectionText: ' ', editFlags: flags(true) }, t)).toEqual([]);
  });

  it('speaks the interface language', () => {
    const items = editContextMenu({ isEditable: true, selectionText: 'người dân', editFlags: flags(true) }, createI18n('vi').t);
    expect(items.map((item) => item.label ?? item.type)).toEqual(['Cắt', 'Sao chép', 'Dán', 'separator', 'Chọn tất cả']);
  });
});
