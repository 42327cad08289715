import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Whether ProseMirror's selection is the one on screen. Right after a click the browser may not
 * have told ProseMirror of the new caret yet (selectionchange comes a moment later): a letter typed
 * then must go where the caret is on screen, which the browser's own insertion does.
 */
function inStep(view: EditorView): boolean {
  const selection = view.state.selection;
  const dom = (view.root as Document).getSelection?.() ?? null;
  if (!(selection instanceof TextSelection) || !dom?.anchorNode || !dom.focusNode || !view.hasFocus()) return false;
  try {
    return view.posAtDOM(dom.anchorNode, dom.anchorOffset) === selection.anchor && view.posAtDOM(dom.focusNode, dom.focusOffset) === selection.head;
  } catch {
    return false;
  }
}

/**
 * A typed letter goes into the document as a transaction, not through the browser's own editing.
 * ProseMirror normally lets Chromium insert a plain letter itself and reads the change back; in a
 * long article Chromium's insertion alone costs several milliseconds a key (it works over the whole
 * editable text), where the transaction changes one text node. This is the path ProseMirror itself
 * takes for a letter typed over a selection: input rules (handleTextInput) see every letter. Input
 * methods are not touched (their compositions send no keypress; ProseMirror does not call this
 * during one), and when the caret on screen is not yet ProseMirror's, the browser types as before.
 */
export const TypedText = Extension.create({
  name: 'typedText',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typedText'),
        props: {
          handleKeyPress(view, event) {
            // Shortcuts (Ctrl, ⌘) are not text; AltGr (Ctrl+Alt) is.
            if (!event.charCode || (event.ctrlKey && !event.altKey) || event.metaKey) return false;
            const text = String.fromCodePoint(event.charCode);
            // Enter and Shift+Enter belong to the keymap.
            if (/[\r\n]/.test(text) || !inStep(view)) return false;
            const { from, to } = view.state.selection;
            const typed = () => view.state.tr.insertText(text).scrollIntoView();
            if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, typed))) view.dispatch(typed());
            return true;
          },
        },
      }),
    ];
  },
});
