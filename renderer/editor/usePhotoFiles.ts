import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useState } from 'react';
import type { PhotoImport } from '../../electron/core/media/schema';
import { useText } from '../text';
import { MAX_PHOTO_BYTES, insertPhoto, replacePhoto } from './photoFiles';
import { errorText } from '../../electron/core/messages';

export interface PhotoFiles {
  /** "Adding photo 2 of 3: name.jpg", while photos are being added. */
  progress: string | null;
  /** Adds photos at the selection (or into the figure at `replaceAt`). */
  add(files: File[], replaceAt?: number): Promise<void>;
  /** Opens the file picker: the system's own dialog in the app, the browser's in the harness. */
  choose(replaceAt?: number): void;
  /** The hidden file input the picker uses; render it once. */
  inputRef: React.RefObject<HTMLInputElement | null>;
  onInputChange(event: React.ChangeEvent<HTMLInputElement>): void;
}

export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

export function usePhotoFiles(editorRef: React.RefObject<Editor | null>, importPhoto: (file: File) => Promise<PhotoImport>, onProblem: (message: string) => void): PhotoFiles {
  const [progress, setProgress] = useState<string | null>(null);
  const { t } = useText();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const replaceTarget = useRef<number | undefined>(undefined);

  const add = useCallback(
    async (files: File[], replaceAt?: number) => {
      const problems: string[] = [];
      for (const [index, file] of files.entries()) {
        setProgress(files.length > 1 ? t('editor.addingPhotos', { n: index + 1, count: files.length, name: file.name }) : t('editor.addingPhoto', { name: file.name }));
        if (file.size > MAX_PHOTO_BYTES) {
          problems.push(t('errors.photoTooLarge', { name: file.name, megabytes: Math.round(file.size / 1048576) }));
          continue;
        }
        try {
          const imported = await importPhoto(file);
          const editor = editorRef.current;
          if (!editor || editor.isDestroyed) break;
          if (replaceAt !== undefined && index === 0) replacePhoto(editor, replaceAt, imported);
          else insertPhoto(editor, imported);
        } catch (error) {
          problems.push(errorText(error));
        }
      }
      setProgress(null);
      if (problems.length > 0) onProblem(problems.join(' '));
    },
    [editorRef, importPhoto, onProblem, t],
  );

  const choose = useCallback((replaceAt?: number) => {
    replaceTarget.current = replaceAt;
    if (inputRef.current) {
      inputRef.current.multiple = replaceAt === undefined;
      inputRef.current.click();
    }
  }, []);

  const onInputChange = useCallback(
    (event: React.ChangeEvent<HTMLInputElement>) => {
      const files = [...(event.target.files ?? [])];
      event.target.value = '';
      if (files.length > 0) void add(files, replaceTarget.current);
    },
    [add],
  );

  return { progress, add, choose, inputRef, onInputChange };
}
