import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { useEffect, useState } from 'react';
import type { BodyDoc, Language } from '../../electron/core/article/schema';
import { bodyExtensions } from '../../electron/core/schema';
import { LinkShortcut } from './linkShortcut';
import { Toolbar } from './Toolbar';
import './prosemirror.css';

export interface BodyEditorProps {
  initialContent: BodyDoc;
  language: Language;
  /** Called on every change to the document; must stay cheap (it runs per keystroke). */
  onChange(): void;
  onBlur(): void;
  onReady(editor: Editor): void;
}

/**
 * The article body. Isolated so that a keystroke re-renders nothing in React: the editor does not
 * re-render on transactions, and the toolbar reads its state through selectors.
 */
export function BodyEditor({ initialContent, language, onChange, onBlur, onReady }: BodyEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const editor = useEditor({
    extensions: [
      ...bodyExtensions(),
      Placeholder.configure({ placeholder: 'Write the story…' }),
      LinkShortcut.configure({ open: () => setLinkOpen(true) }),
    ],
    content: initialContent,
    shouldRerenderOnTransaction: false,
    // TipTap would inject its base CSS as an inline <style>, which the CSP refuses; it is bundled instead.
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      attributes: { class: 'body-editor', 'aria-label': 'Article body', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' },
    },
    onUpdate: () => onChange(),
    onBlur: () => onBlur(),
  });

  useEffect(() => {
    if (editor) onReady(editor);
    // The editor instance is created once per opened article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    editor?.view.dom.setAttribute('lang', language);
  }, [editor, language]);

  return (
    <div className="body">
      <Toolbar editor={editor} linkOpen={linkOpen} onLinkOpen={setLinkOpen} />
      <EditorContent editor={editor} className="body-content" />
    </div>
  );
}
