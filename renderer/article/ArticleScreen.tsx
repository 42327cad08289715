import { Selection, TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useText } from '../text';
import type { Article, ArticleSummary } from '../../electron/core/article/schema';
import { BridgeError, type Bridge } from '../bridge';
import { BodyEditor, type SpellingService } from '../editor/BodyEditor';
import { readAsBase64 } from '../files';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { PreviewDialog } from '../export/PreviewDialog';
import { ArticleHeader, type HeaderFields } from './ArticleHeader';
import { ChangedBlocks, SaveController, type SaveState } from './saveController';
import { StatusBar } from './StatusBar';
import type { ChecklistItem } from '../../electron/core/article/checklist';
import { useArticleStats } from './useArticleStats';

export interface ArticleScreenProps {
  bridge: Bridge;
  article: Article;
  exports: { folder: string; nativeFolders: boolean };
  /** A save got through: the article's list row as the library now holds it. */
  onSaved(summary: ArticleSummary): void;
  onTrash(): void;
  onProblem(message: string): void;
  /** Opens the article again from disk (after a restore, or taking the other version). */
  onReload(): void;
}

function headerOf(article: Article): HeaderFields {
  const { body: _body, schemaVersion: _v, id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = article;
  return fields;
}

/** The Article menu's statuses. */
const MENU_STATUS = { statusDraft: 'draft', statusEditing: 'editing', statusReady: 'ready' } as const;

/** Calls back once the next frame has been drawn. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** One open article: its header, its body, its counts and its autosave. */
export function ArticleScreen({ bridge, article, exports, onSaved, onTrash, onProblem, onReload }: ArticleScreenProps) {
  const [dialog, setDialog] = useState<'export' | 'preview' | 'history' | null>(null);
  const { t } = useText();
  const [fields, setFields] = useState<HeaderFields>(() => headerOf(article));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [editor, setEditor] = useState<Editor | null>(null);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const editorRef = useRef<Editor | null>(null);
  /** Set while a change to the body (typing, mostly) reaches the autosave. */
  const typing = useRef(false);
  const { counts, checklist, schedule } = useArticleStats(editor, fields);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const blocks = useMemo(
    () =>
      new ChangedBlocks(
        () => fieldsRef.current,
        () => editorRef.current?.state.doc ?? null,
      ),
    [],
  );
  const controller = useMemo(() => {
    const made: SaveController = new SaveController({
      baseRevision: article.revision,
      collect: () => blocks.collect(),
      save: (patch, baseRevision) =>
        blocks.save(
          patch,
          (sent) => bridge.saveArticle({ id: article.id, baseRevision, patch: sent }),
          (error) => error instanceof BridgeError && error.code === 'out-of-step',
        ),
      onSaved: (saved) => onSavedRef.current(saved),
      // The first letter typed after a save turns the label to "Saving…" after that letter's
      // frame, not within it: the article screen's redraw put those keys, one at the start of
      // every burst of typing, among the slowest of a typing session (p95 11.3-11.8 -> 10.4-10.7
      // ms in interleaved runs in the 20,000-word article; the full bench did not show the gain).
      // The label then shows whatever is current.
      onState: (state) => (state.kind === 'pending' && typing.current ? afterNextPaint(() => setSaveState(made.current)) : setSaveState(state)),
      isRetryable: (error) => !(error instanceof BridgeError && (error.code === 'conflict' || error.code === 'invalid' || error.code === 'not-found')),
    });
    return made;
  }, [bridge, blocks, article.id, article.revision]);

  useEffect(() => {
    // Closing the window or the article is a save point, when anything was written.
    const close = async (): Promise<void> => {
      await controller.flush();
      if (controller.savedSinceOpen) await bridge.savePoint({ id: article.id }).catch(() => undefined);
    };
    const unsubscribe = bridge.onBeforeClose(close);
    return () => {
      unsubscribe();
      void close();
      controller.dispose();
    };
  }, [bridge, controller, article.id]);

  // Sticky: a save attempted meanwhile (on blur, say) must not take the choice away mid-click.
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (saveState.kind === 'saved') setConflict(false);
    // A save refused because the article changed elsewhere (whatever language the message is in).
    else if (saveState.kind === 'failed' && !saveState.willRetry && saveState.code === 'conflict') setConflict(true);
  }, [saveState]);
  const keepMine = useCallback(async () => {
    const onDisk = await bridge.getArticle({ id: article.id });
    // Mine goes over theirs whole, body included, even if the body had been saved before.
    blocks.sendWhole();
    await controller.rebase(onDisk.revision);
  }, [bridge, article.id, blocks, controller]);
  const takeTheirs = useCallback(async () => {
    await bridge.keepAsRevision({ id: article.id, patch: blocks.whole() });
    onReload();
  }, [bridge, article.id, blocks, onReload]);

  const changeFields = useCallback(
    (patch: Partial<HeaderFields>) => {
      setFields((previous) => ({ ...previous, ...patch }));
      controller.markDirty();
    },
    [controller],
  );

  const [checklistOpen, setChecklistOpen] = useState(false);
  const [checklistSummoned, setChecklistSummoned] = useState(0);
  const checklistState = useMemo(() => ({ open: checklistOpen, onOpenChange: setChecklistOpen, summoned: checklistSummoned }), [checklistOpen, checklistSummoned]);
  // The File and Article menus' items for this article (the body's are the editor's).
  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'exportArticle') setDialog('export');
        else if (command === 'checklist') {
          setChecklistOpen(true);
          setChecklistSummoned((count) => count + 1);
        } else if (command in MENU_STATUS) changeFields({ status: MENU_STATUS[command as keyof typeof MENU_STATUS] });
      }),
    [bridge, changeFields],
  );

  const onBodyChange = useCallback(() => {
    blocks.edited();
    typing.current = true;
    controller.markDirty();
    typing.current = false;
    schedule();
  }, [blocks, controller, schedule]);

  const onReady = useCallback(
    (instance: Editor) => {
      editorRef.current = instance;
      blocks.opened(instance.state.doc);
      setEditor(instance);
    },
    [blocks],
  );

  const flush = useCallback(() => void controller.flush(), [controller]);
  const flushNow = useCallback(() => controller.flush(), [controller]);
  const goTo = useCallback((item: ChecklistItem) => {
    if ('field' in item.target) {
      document.querySelector<HTMLElement>(`[data-field="${item.target.field}"]`)?.focus();
      return;
    }
    const instance = editorRef.current;
    if (!instance) return;
    instance.view.dispatch(instance.state.tr.setSelection(TextSelection.near(instance.state.doc.resolve(item.target.pos))).scrollIntoView());
    instance.view.focus();
  }, []);
  const spelling = useMemo<SpellingService>(
    () => ({
      check: async (language, words) => (await bridge.checkSpelling({ language, words })).misspelled,
      suggestions: async (language, word) => (await bridge.spellingSuggestions({ language, word })).suggestions,
      addWord: async (word) => void (await bridge.addToDictionary({ word })),
    }),
    [bridge],
  );
  const mediaUrl = useCallback((src: string) => `/media/${article.id}/${src.replace(/^media\//, '')}`, [article.id]);
  const importPhoto = useCallback(async (file: File) => bridge.importPhoto({ id: article.id, name: file.name, data: await readAsBase64(file) }), [bridge, article.id]);
  // Focus moves at once, not on the next frame as TipTap's focus command does, so the keys a fast
  // typist sends right after Enter land in the body rather than in the sapo.
  const focusBody = useCallback(() => {
    const instance = editorRef.current;
    if (!instance) return;
    instance.view.dispatch(instance.state.tr.setSelection(Selection.atStart(instance.state.doc)).scrollIntoView());
    instance.view.focus();
  }, []);

  return (
    <section className="article" aria-label={t('article.label')} data-article-id={article.id}>
      <div className="article-scroll">
        <div className="article-actions">
          <span className={`status-badge status-${fields.status}`}>{t(`status.${fields.status}`)}</span>
          <span className="article-buttons">
            <button type="button" className="quiet" onClick={onTrash}>
              {t('article.moveToTrash')}
            </button>
            <button type="button" onClick={() => setDialog('history')}>
              {t('article.history')}
            </button>
            <button type="button" onClick={() => setDialog('preview')}>
              {t('article.preview')}
            </button>
            <button type="button" className="primary" onClick={() => setDialog('export')}>
              {t('article.export')}
            </button>
          </span>
        </div>
        {conflict && (
          <div className="banner conflict" role="alert">
            <span>{t('article.conflict')}</span>
            <span className="banner-actions">
              <button type="button" className="primary" onClick={() => void keepMine().catch((error: Error) => onProblem(error.message))}>
                {t('article.keepMine')}
              </button>
              <button type="button" onClick={() => void takeTheirs().catch((error: Error) => onProblem(error.message))}>
                {t('article.takeTheirs')}
              </button>
            </span>
          </div>
        )}
        <ArticleHeader fields={fields} onChange={changeFields} onBlur={flush} onSapoDone={focusBody} focusHeadline={article.revision === 1 && article.headline === ''} />
        <BodyEditor
          initialContent={article.body}
          language={fields.language}
          mediaUrl={mediaUrl}
          importPhoto={importPhoto}
          onProblem={onProblem}
          onChange={onBodyChange}
          onBlur={flush}
          onReady={onReady}
          onMenuCommand={bridge.onMenuCommand}
          spelling={spelling}
        />
      </div>
      <StatusBar counts={counts} save={saveState} checklist={checklist} onGoTo={goTo} checklistOpen={checklistState} wordTarget={fields.wordTarget ?? null} />
      {dialog === 'export' && (
        <ExportDialog
          bridge={bridge}
          articleId={article.id}
          headline={fields.headline}
          checklist={checklist}
          defaultFolder={exports.folder}
          nativeFolders={exports.nativeFolders}
          flush={flushNow}
          onPreview={() => setDialog('preview')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'history' && <HistoryDialog bridge={bridge} articleId={article.id} flush={flushNow} onRestored={onReload} onClose={() => setDialog(null)} />}
      {dialog === 'preview' && <PreviewDialog bridge={bridge} articleId={article.id} flush={flushNow} onClose={() => setDialog(null)} />}
    </section>
  );
}
