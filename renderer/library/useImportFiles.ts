import { useCallback, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../electron/core/import/formats';
import type { Article } from '../../electron/core/article/schema';
import { sayImportNotes } from '../../electron/i18n/importNotes';
import type { Bridge } from '../bridge';
import { readAsBase64 } from '../files';
import { useText } from '../text';
import { errorText } from '../../electron/core/messages';

/** Importing files as new articles: by the Import… button or menu, or by dropping them on the library. */
export function useImportFiles(bridge: Bridge, onImported: (article: Article) => void, onProblem: (message: string) => void) {
  const [progress, setProgress] = useState<string | null>(null);
  /** What the last imports mapped or left out, one sentence per file, until dismissed. */
  const [notes, setNotes] = useState<string[]>([]);
  const { t } = useText();
  const inputRef = useRef<HTMLInputElement | null>(null);

  const importFiles = useCallback(
    async (files: File[]) => {
      const problems: string[] = [];
      const said: string[] = [];
      setNotes([]);
      for (const file of files) {
        setProgress(t('library.importing', { name: file.name }));
        if (file.size > MAX_IMPORT_BYTES) {
          problems.push(t('errors.importTooLarge', { name: file.name }));
          continue;
        }
        try {
          const imported = await bridge.importArticle({ name: file.name, data: await readAsBase64(file) });
          if (imported.notes.length > 0) said.push(t('library.importedWithNotes', { name: file.name, notes: sayImportNotes(t, imported.notes) }));
          onImported(imported.article);
        } catch (error) {
          problems.push(errorText(error));
        }
      }
      setProgress(null);
      setNotes(said);
      if (problems.length > 0) onProblem(problems.join(' '));
    },
    [bridge, onImported, onProblem, t],
  );

  const choose = useCallback(() => inputRef.current?.click(), []);
  const onInputChange = useCallback(
    (event: React.ChangeEvent<HTMLInputElement>) => {
      const files = [...(event.target.files ?? [])];
      event.target.value = '';
      if (files.length > 0) void importFiles(files);
    },
    [importFiles],
  );

  const dismissNotes = useCallback(() => setNotes([]), []);

  return { progress, notes, dismissNotes, importFiles, choose, inputRef, onInputChange };
}
