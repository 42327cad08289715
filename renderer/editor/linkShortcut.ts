import { Extension } from '@tiptap/core';

export interface LinkShortcutOptions {
  /**
   * Opens the link dialog.
   * @default () => {}
   */
  open: () => void;
}

/** Mod-K opens the link dialog, as in most editors reporters know. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { open: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.open();
        return true;
      },
    };
  },
});
