import { Icon } from '../icons';
import { useText } from '../text';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import { LinkDialog } from './LinkDialog';
import { ariaKeys, keyLabel, type ShortcutAction } from '../../electron/shortcuts';
import { onMac } from '../platform';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  table: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const IDLE: ToolbarState = {
  bold: false,
  italic: false,
  link: false,
  h2: false,
  h3: false,
  bulletList: false,
  orderedList: false,
  blockquote: false,
  table: false,
  canUndo: false,
  canRedo: false,
};

function selectState({ editor }: { editor: Editor | null }): ToolbarState {
  if (!editor) return IDLE;
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    link: editor.isActive('link'),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    table: editor.isActive('table'),
    // Read from the history's own counts: a dry run of the commands on every keystroke costs more.
    canUndo: undoDepth(editor.state) > 0,
    canRedo: redoDepth(editor.state) > 0,
  };
}

/** Marks, blocks and history for the body. Re-renders only when one of its buttons changes. */
export interface ToolbarProps {
  editor: Editor | null;
  linkOpen: boolean;
  onLinkOpen(open: boolean): void;
  onPhoto(): void;
  /** Shown while photos are being added. */
  photoProgress: string | null;
  onFind(): void;
}

export function Toolbar({ editor, linkOpen, onLinkOpen, onPhoto, photoProgress, onFind }: ToolbarProps) {
  const state = useEditorState({ editor, selector: selectState, equalityFn: sameState }) ?? IDLE;
  const { t } = useText();
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.formatting')}>
      <ToolButton label={t('editor.bold')} shortcut="bold" active={state.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton label={t('editor.italic')} shortcut="italic" active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolButton>
      <ToolButton label={t('editor.link')} shortcut="link" active={state.link} onClick={() => onLinkOpen(true)}>
        {t('editor.linkButton')}
      </ToolButton>
      <span className="toolbar-sep" aria-hidden="true" />
      <ToolButton label={t('editor.subhead')} shortcut="subhead" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolButton>
      <ToolButton label={t('editor.minorSubhead')} shortcut="minorSubhead" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolButton>
      <ToolButton label={t('editor.bulletList')} shortcut="bulletList" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
        {t('editor.bulletListButton')}
      </ToolButton>
      <ToolButton label={t('editor.orderedList')} shortcut="orderedList" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
        {t('editor.orderedListButton')}
      </ToolButton>
      <ToolButton label={t('editor.quote')} shortcut="quote" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
        {t('editor.quoteButton')}
      </ToolButton>
      <span className="toolbar-sep" aria-hidden="true" />
      <ToolButton label={t('editor.insertPhoto')} shortcut="insertPhoto" onClick={onPhoto}>
        {t('editor.photoButton')}
      </ToolButton>
      <ToolButton label={t('editor.insertTable')} disabled={state.table} onClick={() => insertTable(chain())}>
        {t('editor.tableButton')}
      </ToolButton>
      <span className="toolbar-sep" aria-hidden="true" />
      <ToolButton label={t('editor.undo')} shortcut="undo" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        <Icon name="undo" />
      </ToolButton>
      <ToolButton label={t('editor.redo')} shortcut="redo" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        <Icon name="redo" />
      </ToolButton>
      <span className="toolbar-sep" aria-hidden="true" />
      <ToolButton label={t('editor.find')} shortcut="replace" onClick={onFind}>
        {t('editor.findButton')}
      </ToolButton>
      {photoProgress && (
        <span className="toolbar-progress" role="status">
          {photoProgress}
        </span>
      )}
      {linkOpen && <LinkDialog editor={editor} onClose={() => onLinkOpen(false)} />}
    </div>
  );
}

/** A three-by-three table with a header row, and a paragraph after it when it ends the body, to write on in. */
function insertTable(chain: ReturnType<Editor['chain']>): void {
  chain
    .insertTable({ rows: 3, cols: 3, withHeaderRow: true })
    .command(({ tr, state }) => {
      const paragraph = state.schema.nodes.paragraph;
      if (paragraph && tr.doc.lastChild?.type.name === 'table') tr.insert(tr.doc.content.size, paragraph.create());
      return true;
    })
    .run();
}

interface ToolButtonProps {
  label: string;
  /** Its keyboard shortcut, when it has one. */
  shortcut?: ShortcutAction;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: React.ReactNode;
}

function ToolButton({ label, shortcut, active, disabled, onClick, children }: ToolButtonProps) {
  const { t } = useText();
  const title = shortcut ? t('editor.withKeys', { label, keys: keyLabel(shortcut, onMac) }) : label;
  return (
    <button
      type="button"
      className="tool"
      title={title}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      aria-keyshortcuts={shortcut && ariaKeys(shortcut, onMac)}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function sameState(a: ToolbarState, b: ToolbarState | null): boolean {
  if (!b) return false;
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}
