import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { countText, type TextCounts } from '../../electron/core/text';

const COUNT_DELAY_MS = 250;

/**
 * Word and character counts of sapo + body, recomputed a moment after typing pauses rather than
 * per keystroke: walking a long document on every key is what makes editors sluggish.
 */
export function useCounts(editor: Editor | null, sapo: string): { counts: TextCounts; schedule(): void } {
  const [counts, setCounts] = useState<TextCounts>({ words: 0, characters: 0, readingMinutes: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sapoRef = useRef(sapo);
  sapoRef.current = sapo;

  const compute = useCallback(() => {
    timer.current = null;
    if (!editor || editor.isDestroyed) return;
    const doc = editor.state.doc;
    const next = countText(`${sapoRef.current}\n${doc.textBetween(0, doc.content.size, '\n', '\n')}`);
    setCounts((previous) => (sameCounts(previous, next) ? previous : next));
  }, [editor]);

  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(compute, COUNT_DELAY_MS);
  }, [compute]);

  useEffect(() => {
    compute();
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [compute]);

  useEffect(schedule, [sapo, schedule]);

  return { counts, schedule };
}

function sameCounts(a: TextCounts, b: TextCounts): boolean {
  return a.words === b.words && a.characters === b.characters && a.readingMinutes === b.readingMinutes;
}
