import { useState } from 'react';
import type { VerbOutput } from '../../electron/contract';
import type { ExportFormat } from '../../electron/core/export/types';
import type { ChecklistItem } from '../article/checklist';
import type { Bridge } from '../bridge';
import { useModal } from '../modal';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'html', label: 'Web page (HTML)', hint: 'index.html with its photos, for the CMS or the web' },
  { value: 'md', label: 'Markdown', hint: 'with front matter, for Hugo, Jekyll or Astro' },
  { value: 'txt', label: 'Wire text', hint: 'plain text in the agencies’ shape, for another desk' },
];

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


  const run = async (): Promise<void> => {
    setStage({ kind: 'exporting' });
    try {
      await flush();
      const result = await bridge.exportArticle({ id: articleId, format, singleFile: format !== 'txt' && singleFile, parent: folder.trim() });
      setStage({ kind: 'done', result });
    } catch (error) {
      setStage({ kind: 'failed', message: (error as Error).message });
    }
  };

  const choose = async (): Promise<void> => {
    const { path } = await bridge.chooseFolder({ current: folder });
    if (path) setFolder(path);
  };

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby="export-title" onClose={onClose} onCancel={onClose}>
      <h2 id="export-title">Export “{headline || 'Untitled'}”</h2>
      {stage.kind === 'done' ? (
        <div role="status">
          <p>
            Exported to <code className="path">{stage.result.folder}</code>
          </p>
          <ul className="export-files">
            {stage.result.files.map((file) => (
              <li key={file}>{file.slice(stage.result.folder.length + 1)}</li>
            ))}
          </ul>
          <div className="dialog-actions">
            {nativeFolders && (
              <button type="button" onClick={() => void bridge.openFolder({ path: stage.result.folder })}>
                Open folder
              </button>
            )}
            <button type="button" className="primary" autoFocus onClick={onClose}>
              Done
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
            <legend>Format</legend>
            {FORMATS.map((option) => (
              <label key={option.value} className="export-format">
                <input type="radio" name="format" value={option.value} checked={format === option.value} onChange={() => setFormat(option.value)} />
                <span>
                  <strong>{option.label}</strong>
                  <span className="hint">{option.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="export-option">
            <input type="checkbox" checked={singleFile && format !== 'txt'} disabled={format === 'txt'} onChange={(event) => setSingleFile(event.target.checked)} />
            Put the photos inside the file (one file to send)
          </label>
          <label className="field">
            <span>Export into</span>
            <span className="folder-row">
              <input type="text" value={folder} onChange={(event) => setFolder(event.target.value)} spellCheck={false} />
              {nativeFolders && (
                <button type="button" onClick={() => void choose()}>
                  Choose…
                </button>
              )}
            </span>
          </label>
          {left.length > 0 && (
            <div className="export-checklist" role="note">
              <strong>Not ready yet:</strong> {left.map((item) => item.label).join(' · ')}
            </div>
          )}
          {stage.kind === 'failed' && (
            <p className="error" role="alert">
              {stage.message}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onPreview}>
              Preview
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={stage.kind === 'exporting' || folder.trim() === ''}>
              {stage.kind === 'exporting' ? 'Exporting…' : 'Export'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
