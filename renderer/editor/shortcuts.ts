import { Extension } from '@tiptap/core';

export interface ShortcutsOptions {
  /**
   * Opens the link dialog (Mod-K).
   * @default () => {}
   */
  openLink: () => void;
  /**
   * Opens the photo picker (Mod-Shift-P).
   * @default () => {}
   */
  insertPhoto: () => void;
  /**
   * Opens find (Mod-F) or find and replace (Mod-H).
   * @default () => {}
   */
  find: (replace: boolean) => void;
}

/** The workstation's own editor shortcuts, beside TipTap's. */
export const Shortcuts = Extension.create<ShortcutsOptions>({
  name: 'workstationShortcuts',
  addOptions() {
    return { openLink: () => {}, insertPhoto: () => {}, find: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.openLink();
        return true;
      },
      'Mod-Shift-p': () => {
        this.options.insertPhoto();
        return true;
      },
      'Mod-f': () => {
        this.options.find(false);
        return true;
      },
      'Mod-h': () => {
        this.options.find(true);
        return true;
      },
    };
  },
});
