import { useCallback, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../electron/core/import/formats';
import type { Article } from '../../electron/core/article/schema';
import type { Bridge } from '../bridge';
import { readAsBase64 } from '../files';
import { useText } from '../text';

/** Importing files as new articles: by the Import… button or menu, or by dropping them on the library. */
export function useImportFiles(bridge: Bridge, onImported: (article: Article) => void, onProblem: (message: string) => void) {
  const [progress, setProgress] = useState<string | null>(null);
  const { t } = useText();
  const inputRef = useRef<HTMLInputElement | null>(null);

  const importFiles = useCallback(
    async (files: File[]) => {
      const problems: string[] = [];
      for (const file of files) {
        setProgress(t('library.importing', { name: file.name }));
        if (file.size > MAX_IMPORT_BYTES) {
          problems.push(t('errors.importTooLarge', { name: file.name }));
          continue;
        }
        try {
          onImported(await bridge.importArticle({ name: file.name, data: await readAsBase64(file) }));
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      setProgress(null);
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

  return { progress, importFiles, choose, inputRef, onInputChange };
}
