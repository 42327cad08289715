import { Extension } from '@tiptap/core';
import { editorKeys } from '../../electron/shortcuts';
import { onMac } from '../platform';

export interface ShortcutsOptions {
  /**
   * Opens the link dialog.
   * @default () => {}
   */
  openLink: () => void;
  /**
   * Opens the photo picker.
   * @default () => {}
   */
  insertPhoto: () => void;
  /**
   * Opens find, or find and replace.
   * @default () => {}
   */
  find: (replace: boolean) => void;
  /**
   * Binds the keys as macOS has them (⌘⌥F for replace, where other systems have Ctrl+H).
   * @default onMac
   */
  mac: boolean;
}

/**
 * The workstation's own editor shortcuts, beside TipTap's, with the keys of the one table
 * (electron/shortcuts.ts). In the app the menu takes find, replace and insert photo first.
 */
export const Shortcuts = Extension.create<ShortcutsOptions>({
  name: 'workstationShortcuts',
  addOptions() {
    return { openLink: () => {}, insertPhoto: () => {}, find: () => {}, mac: onMac };
  },
  addKeyboardShortcuts() {
    const run = (work: () => void) => () => {
      work();
      return true;
    };
    const { mac } = this.options;
    return {
      [editorKeys('link', mac)]: run(() => this.options.openLink()),
      [editorKeys('insertPhoto', mac)]: run(() => this.options.insertPhoto()),
      [editorKeys('find', mac)]: run(() => this.options.find(false)),
      [editorKeys('replace', mac)]: run(() => this.options.find(true)),
    };
  },
});
