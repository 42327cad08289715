import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextCounts } from '../../electron/core/text';
import { articleTextCounts } from './bodyCounts';
import type { HeaderFields } from './ArticleHeader';
import { articleChecklist, type ChecklistItem } from '../../electron/core/article/checklist';

const STATS_DELAY_MS = 250;

export interface ArticleStats {
  counts: TextCounts;
  checklist: ChecklistItem[];
}

/**
 * Counts (sapo + body) and the ready-to-export checklist, recomputed a moment after typing pauses
 * rather than per keystroke: walking a long document on every key is what makes editors sluggish.
 */
export function useArticleStats(editor: Editor | null, fields: HeaderFields): ArticleStats & { schedule(): void } {
  const [stats, setStats] = useState<ArticleStats>({ counts: { words: 0, characters: 0, readingMinutes: 0 }, checklist: [] });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;

  const compute = useCallback(() => {
    timer.current = null;
    if (!editor || editor.isDestroyed) return;
    const doc = editor.state.doc;
    const current = fieldsRef.current;
    setStats({
      counts: articleTextCounts(current.sapo, doc),
      checklist: articleChecklist(current, doc),
    });
  }, [editor]);

  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(compute, STATS_DELAY_MS);
  }, [compute]);

  useEffect(() => {
    // The first count waits until the article is on screen: counting a long article is not
    // what the reporter waits for when opening it.
    const idle = window.requestIdleCallback?.(() => compute(), { timeout: 500 });
    if (idle === undefined) timer.current = setTimeout(compute, 0);
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [compute]);

  useEffect(schedule, [fields.sapo, fields.headline, fields.byline, schedule]);

  return { ...stats, schedule };
}
