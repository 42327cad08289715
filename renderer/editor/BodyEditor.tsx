import { Placeholder } from '@tiptap/extensions';
import { TextSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useText } from '../text';
import type { MenuCommand } from '../../electron/contract';
import type { BodyDoc, Language } from '../../electron/core/article/schema';
import type { PhotoImport } from '../../electron/core/media/schema';
import { bodyExtensions } from '../../electron/core/schema';
import { withoutControls } from '../../electron/core/text/controls';
import { FigureEditing } from './figureEditing';
import { TableEditing } from './tableEditing';
import { relabelTables } from './tableView';
import { relabelFigures, whenFiguresDrawn, type FigureText } from './figureView';
import { selectionInView } from './selectionInView';
import { FindBar } from './FindBar';
import { FindReplace } from './findReplace';
import { Shortcuts } from './shortcuts';
import { Spelling } from './spelling';
import { SpellingMenu, type MisspelledAt } from './SpellingMenu';
import { Toolbar } from './Toolbar';
import { TypedText } from './typedText';
import { pastedWithoutControls } from './pastedWithoutControls';
import { inertBody, sanitizePastedHtml } from './pastedHtml';
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
  /** The library's spell checker. */
  spelling: SpellingService;
}

export interface SpellingService {
  check(language: Language, words: string[]): Promise<string[]>;
  suggestions(language: Language, word: string): Promise<string[]>;
  addWord(word: string): Promise<void>;
}

const filesOf = (data: DataTransfer | null): File[] => [...(data?.files ?? [])];

/**
 * Files in a paste are photos only when no text came with them: Word and Excel put a picture of
 * the copied cells beside their HTML, and the reporter pasting a table wants the table.
 */
function pastedPhotos(data: DataTransfer | null): File[] {
  const files = filesOf(data);
  if (files.length === 0 || !data) return files;
  const html = data.getData('text/html');
  const htmlText = html ? (inertBody(html).textContent ?? '') : '';
  return data.getData('text/plain').trim() === '' && htmlText.trim() === '' ? files : [];
}

/**
 * The article body. Isolated so that a keystroke re-renders nothing in React: the editor does not
 * re-render on transactions, and the toolbar reads its state through selectors.
 */
export const BodyEditor = memo(function BodyEditor({ initialContent, language, mediaUrl, importPhoto, onProblem, onChange, onBlur, onReady, onMenuCommand, spelling }: BodyEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [misspelled, setMisspelled] = useState<MisspelledAt | null>(null);
  const languageRef = useRef(language);
  languageRef.current = language;
  // The interface language (labels, the placeholder), not the article's.
  const { t } = useText();
  const tRef = useRef(t);
  tRef.current = t;
  // Every figure carries the same dozen labels: each is looked up once per interface language.
  const figureText = useMemo(() => {
    const said = new Map<string, string>();
    return (key: FigureText, gaps = ''): string => {
      const id = `${key}\n${gaps}`;
      let text = said.get(id);
      if (text === undefined) said.set(id, (text = t(`figure.${key}`, { gaps })));
      return text;
    };
  }, [t]);
  const figureTextRef = useRef(figureText);
  figureTextRef.current = figureText;
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const photos = usePhotoFiles(editorRef, importPhoto, onProblem);
  // The editor is built once; these let its handlers reach the current callbacks.
  const photosRef = useRef(photos);
  photosRef.current = photos;

  const editor = useEditor({
    extensions: [
      ...bodyExtensions().filter((extension) => extension.name !== 'figure' && extension.name !== 'table'),
      FigureEditing.configure({ mediaUrl, choosePhoto: (pos) => photosRef.current.choose(pos), text: (key, gaps) => figureTextRef.current(key, gaps) }),
      TableEditing.configure({ text: (key) => tRef.current(`table.${key}`) }),
      Placeholder.configure({ placeholder: () => tRef.current('editor.placeholder'), includeChildren: false }),
      TypedText,
      Shortcuts.configure({ openLink: () => setLinkOpen(true), insertPhoto: () => photosRef.current.choose(), find: (replace) => setFind(replace ? 'replace' : 'find') }),
      FindReplace,
      Spelling.configure({ language: () => languageRef.current, check: (lang, words) => spelling.check(lang, words), onMisspelledMenu: setMisspelled }),
    ],
    content: initialContent,
    shouldRerenderOnTransaction: false,
    // TipTap's "delete" events (nothing here listens) cost a diff of every transaction.
    enableCoreExtensions: { delete: false },
    // TipTap would inject its base CSS as an inline <style>, which the CSP refuses; it is bundled instead.
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      handleScrollToSelection: selectionInView,
      // The language from the start: set after the text is laid out, it would be laid out again.
      attributes: () => ({ class: 'body-editor', 'aria-label': tRef.current('editor.body'), 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false', lang: languageRef.current }),
      // Pasted text enters the document in NFC and without control characters, as everything in the library is.
      transformPastedText: (text) => withoutControls(text.normalize('NFC')),
      transformPastedHTML: (html) => sanitizePastedHtml(html),
      transformPasted: (slice) => pastedWithoutControls(slice),
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
        const files = pastedPhotos(event.clipboardData);
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

  // See `.body-content.settled` in figures.css: set once the article is drawn and every figure has its fields.
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

  // The label and the placeholder are drawn again in another interface language (a transaction
  // that changes nothing in the text: nothing is saved, nothing goes into the undo history).
  const labelledIn = useRef(t);
  useEffect(() => {
    if (!editor || labelledIn.current === t) return;
    labelledIn.current = t;
    editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
    relabelFigures();
    relabelTables();
  }, [editor, t]);

  // The other language's dictionary, when the article's language changes.
  const checkedIn = useRef(language);
  useEffect(() => {
    if (!editor || checkedIn.current === language) return;
    checkedIn.current = language;
    editor.commands.recheckSpelling();
  }, [editor, language]);

  const closeSpelling = useCallback(() => setMisspelled(null), []);
  const suggest = useCallback((word: string) => spelling.suggestions(languageRef.current, word), [spelling]);

  return (
    <div className="body">
      <Toolbar editor={editor} linkOpen={linkOpen} onLinkOpen={setLinkOpen} onPhoto={() => photos.choose()} photoProgress={photos.progress} onFind={() => setFind('replace')} />
      {find && editor && <FindBar editor={editor} replace={find === 'replace'} onClose={() => setFind(null)} />}
      <input ref={photos.inputRef} type="file" accept={PHOTO_ACCEPT} multiple hidden aria-hidden="true" tabIndex={-1} data-testid="photo-input" onChange={photos.onInputChange} />
      <EditorContent editor={editor} className={settled ? 'body-content settled' : 'body-content'} />
      {misspelled && editor && (
        <SpellingMenu
          at={misspelled}
          suggestions={suggest}
          onReplace={(replacement) => {
            setMisspelled(null);
            // Only if the word is still there as it was when the menu opened.
            if (editor.state.doc.textBetween(misspelled.from, misspelled.to) === misspelled.word)
              editor.chain().focus().insertContentAt({ from: misspelled.from, to: misspelled.to }, replacement).run();
          }}
          onAdd={() => {
            setMisspelled(null);
            spelling.addWord(misspelled.word).then(
              () => editor.commands.recheckSpelling(),
              (error: Error) => onProblem(error.message),
            );
            editor.commands.focus();
          }}
          onIgnore={() => {
            setMisspelled(null);
            editor.chain().focus().ignoreSpelling(misspelled.word).run();
          }}
          onClose={() => {
            closeSpelling();
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
});
