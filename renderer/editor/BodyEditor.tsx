import { Placeholder } from '@tiptap/extensions';
import { TextSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { memo, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../electron/contract';
import type { BodyDoc, Language } from '../../electron/core/article/schema';
import type { PhotoImport } from '../../electron/core/media/schema';
import { bodyExtensions } from '../../electron/core/schema';
import { FigureEditing } from './figureEditing';
import { whenFiguresDrawn } from './figureView';
import { FindBar } from './FindBar';
import { FindReplace } from './findReplace';
import { Shortcuts } from './shortcuts';
import { Toolbar } from './Toolbar';
import { sanitizePastedHtml } from './sanitizePastedHtml';
import { PHOTO_ACCEPT, usePhotoFiles } from './usePhotoFiles';
import './prosemirror.css';

export interface BodyEditorProps {
  initialContent: BodyDoc;
  language: Language;
  /** Where the editor loads a stored photo from. */
  mediaUrl(src: string): string;
  importPhoto(file: File): Promise<PhotoImport>;
  onProblem(message: string): void;
  /** Called on every change to the document; must stay cheap (it runs per keystroke). */
  onChange(): void;
  onBlur(): void;
  onReady(editor: Editor): void;
  /** The app menu's commands; the editor carries out Insert Photo. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const filesOf = (data: DataTransfer | null): File[] => [...(data?.files ?? [])];

/**
 * The article body. Isolated so that a keystroke re-renders nothing in React: the editor does not
 * re-render on transactions, and the toolbar reads its state through selectors.
 */
export const BodyEditor = memo(function BodyEditor({ initialContent, language, mediaUrl, importPhoto, onProblem, onChange, onBlur, onReady, onMenuCommand }: BodyEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const photos = usePhotoFiles(editorRef, importPhoto, onProblem);
  // The editor is built once; these let its handlers reach the current callbacks.
  const photosRef = useRef(photos);
  photosRef.current = photos;

  const editor = useEditor({
    extensions: [
      ...bodyExtensions().filter((extension) => extension.name !== 'figure'),
      FigureEditing.configure({ mediaUrl, choosePhoto: (pos) => photosRef.current.choose(pos) }),
      Placeholder.configure({ placeholder: 'Write the story…', includeChildren: false }),
      Shortcuts.configure({ openLink: () => setLinkOpen(true), insertPhoto: () => photosRef.current.choose(), find: (replace) => setFind(replace ? 'replace' : 'find') }),
      FindReplace,
    ],
    content: initialContent,
    shouldRerenderOnTransaction: false,
    // TipTap's "delete" events (nothing here listens) cost a diff of every transaction.
    enableCoreExtensions: { delete: false },
    // TipTap would inject its base CSS as an inline <style>, which the CSP refuses; it is bundled instead.
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      // The language from the start: set after the text is laid out, it would be laid out again.
      attributes: { class: 'body-editor', 'aria-label': 'Article body', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false', lang: language },
      // Pasted text enters the document in NFC, as everything in the library is.
      transformPastedText: (text) => text.normalize('NFC'),
      transformPastedHTML: (html) => sanitizePastedHtml(html),
      handleDrop: (view, event, _slice, moved) => {
        const files = filesOf(event.dataTransfer);
        if (moved || files.length === 0) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
        void photosRef.current.add(files);
        return true;
      },
      handlePaste: (_view, event) => {
        const files = filesOf(event.clipboardData);
        if (files.length === 0) return false;
        event.preventDefault();
        void photosRef.current.add(files);
        return true;
      },
    },
    // TipTap's EditorContent installs the node views again once mounted, for React node views to
    // find their portal. This editor has none (the figure view is plain DOM, in place from the
    // start), and installing new ones makes ProseMirror draw the whole document a second time:
    // half the cost of opening a long article.
    onBeforeCreate: ({ editor: instance }) => {
      instance.createNodeViews = () => undefined;
    },
    onUpdate: () => onChange(),
    onBlur: () => onBlur(),
  });
  editorRef.current = editor;

  // See `.body-content.settled` in styles.css: set once the article is drawn and every figure has its fields.
  const [settled, setSettled] = useState(false);
  useEffect(() => (editor ? whenFiguresDrawn(() => setSettled(true)) : undefined), [editor]);

  useEffect(() => {
    if (editor) onReady(editor);
    // The editor instance is created once per opened article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'insertPhoto') photosRef.current.choose();
        else if (command === 'find' || command === 'replace') setFind(command);
      }),
    [onMenuCommand],
  );

  useEffect(() => {
    const dom = editor?.view.dom;
    if (dom && dom.getAttribute('lang') !== language) dom.setAttribute('lang', language);
  }, [editor, language]);

  return (
    <div className="body">
      <Toolbar
        editor={editor}
        linkOpen={linkOpen}
        onLinkOpen={setLinkOpen}
        onPhoto={() => photos.choose()}
        photoProgress={photos.progress}
        onFind={() => setFind('replace')}
      />
      {find && editor && <FindBar editor={editor} replace={find === 'replace'} onClose={() => setFind(null)} />}
      <input ref={photos.inputRef} type="file" accept={PHOTO_ACCEPT} multiple hidden aria-hidden="true" tabIndex={-1} data-testid="photo-input" onChange={photos.onInputChange} />
      <EditorContent editor={editor} className={settled ? 'body-content settled' : 'body-content'} />
    </div>
  );
});
