import { describe, expect, it } from 'vitest';
import { editContextMenu } from '../../electron/main/contextMenu';

const flags = (on: boolean) => ({ canUndo: on, canRedo: on, canCut: on, canCopy: on, canPaste: on, canDelete: on, canSelectAll: on, canEditRichly: on });

describe('the right-click menu of the window’s text', () => {
  it('offers cut, copy, paste and select all in the editor and the fields, each when it can act', () => {
    expect(editContextMenu({ isEditable: true, selectionText: 'người dân', editFlags: flags(true) }).map((item) => [item.role ?? item.type, item.enabled])).toEqual([
      ['cut', true],
      ['copy', true],
      ['paste', true],
      ['separator', undefined],
      ['selectAll', true],
    ]);
    expect(editContextMenu({ isEditable: true, selectionText: '', editFlags: { ...flags(false), canPaste: true, canSelectAll: true } }).map((item) => item.enabled)).toEqual([false, false, true, undefined, true]);
  });

  it('offers copy on selected text outside the fields, and nothing elsewhere', () => {
    expect(editContextMenu({ isEditable: false, selectionText: 'Tin số 1', editFlags: flags(false) })).toEqual([{ role: 'copy', enabled: false }]);
    expect(editContextMenu({ isEditable: false, selectionText: ' ', editFlags: flags(true) })).toEqual([]);
  });
});
