import { useState } from 'react';
import { useText } from '../text';
import type { VerbOutput } from '../../electron/contract';
import type { ExportFormat } from '../../electron/core/export/types';
import type { ChecklistItem } from '../../electron/core/article/checklist';
import { checklistText } from '../article/checklistText';
import type { Bridge } from '../bridge';
import { useModal } from '../modal';
import { errorText } from '../../electron/core/messages';

/** The formats offered, each named and explained under `export.<format>` and `export.<format>Hint`. */
const FORMATS = ['html', 'md', 'txt'] as const satisfies readonly ExportFormat[];

export interface ExportDialogProps {
  bridge: Bridge;
  articleId: string;
  headline: string;
  checklist: ChecklistItem[];
  defaultFolder: string;
  nativeFolders: boolean;
  /** Writes what is still unsaved: the export is made from the stored article. */
  flush(): Promise<void>;
  onPreview(): void;
  onClose(): void;
}

type Stage = { kind: 'choosing' } | { kind: 'exporting' } | { kind: 'done'; result: VerbOutput<'exportArticle'> } | { kind: 'failed'; message: string };

/** Format, destination and options; then progress; then where the files went, with a way to open the folder. */
export function ExportDialog({ bridge, articleId, headline, checklist, defaultFolder, nativeFolders, flush, onPreview, onClose }: ExportDialogProps) {
  const dialog = useModal();
  const [format, setFormat] = useState<ExportFormat>('html');
  const [singleFile, setSingleFile] = useState(false);
  const [folder, setFolder] = useState(defaultFolder);
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const left = checklist.filter((item) => !item.done);
  const { t } = useText();

  const run = async (): Promise<void> => {
    setStage({ kind: 'exporting' });
    try {
      await flush();
      const result = await bridge.exportArticle({ id: articleId, format, singleFile: format !== 'txt' && singleFile, parent: folder.trim() });
      setStage({ kind: 'done', result });
    } catch (error) {
      setStage({ kind: 'failed', message: errorText(error) });
    }
  };

  const choose = async (): Promise<void> => {
    const { path } = await bridge.chooseFolder({ current: folder });
    if (path) setFolder(path);
  };

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby="export-title" onClose={onClose} onCancel={onClose}>
      <h2 id="export-title">{t('export.title', { headline: headline || t('common.untitled') })}</h2>
      {stage.kind === 'done' ? (
        <div role="status">
          <p>
            {t('export.exportedTo')} <code className="path">{stage.result.folder}</code>
          </p>
          <ul className="export-files">
            {stage.result.files.map((file) => (
              <li key={file}>{file.slice(stage.result.folder.length + 1)}</li>
            ))}
          </ul>
          <div className="dialog-actions">
            {nativeFolders && (
              <button type="button" onClick={() => void bridge.openFolder({ path: stage.result.folder })}>
                {t('export.openFolder')}
              </button>
            )}
            <button type="button" className="primary" autoFocus onClick={onClose}>
              {t('common.done')}
            </button>
          </div>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <fieldset className="export-formats">
            <legend>{t('export.format')}</legend>
            {FORMATS.map((option) => (
              <label key={option} className="export-format">
                <input type="radio" name="format" value={option} checked={format === option} onChange={() => setFormat(option)} />
                <span>
                  <strong>{t(`export.${option}`)}</strong>
                  <span className="hint">{t(`export.${option}Hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="export-option">
            <input type="checkbox" checked={singleFile && format !== 'txt'} disabled={format === 'txt'} onChange={(event) => setSingleFile(event.target.checked)} />
            {t('export.singleFile')}
          </label>
          <label className="field">
            <span>{t('export.into')}</span>
            <span className="folder-row">
              {/* Read-only: the app takes a folder chosen in the system's dialog (or its exports folder), never a path typed here. */}
              <input type="text" value={folder} readOnly spellCheck={false} />
              {nativeFolders && (
                <button type="button" onClick={() => void choose()}>
                  {t('export.choose')}
                </button>
              )}
            </span>
          </label>
          {left.length > 0 && (
            <div className="export-checklist" role="note">
              <strong>{t('export.notReady')}</strong> {left.map((item) => checklistText(item, t)).join(' · ')}
            </div>
          )}
          {stage.kind === 'failed' && (
            <p className="error" role="alert">
              {stage.message}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onPreview}>
              {t('export.preview')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={stage.kind === 'exporting' || folder.trim() === ''}>
              {stage.kind === 'exporting' ? t('export.exporting') : t('export.export')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
