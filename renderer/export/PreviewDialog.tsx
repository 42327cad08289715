import { useText } from '../text';
import { useEffect, useState } from 'react';
import type { Bridge } from '../bridge';
import { PanelDialog } from '../modal';

/**
 * The HTML export as it will look, in a sandboxed frame: no script runs in it (no allow-scripts),
 * it cannot reach the app (an opaque origin), and it carries its own strict CSP.
 */
export function PreviewDialog({ bridge, articleId, flush, onClose }: { bridge: Bridge; articleId: string; flush(): Promise<void>; onClose(): void }) {
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useText();

  useEffect(() => {
    let live = true;
    flush()
      .then(() => bridge.exportPreview({ id: articleId }))
      .then(
        (result) => live && setHtml(result.html),
        (error: Error) => live && setProblem(error.message),
      );
    return () => {
      live = false;
    };
  }, [bridge, articleId, flush]);

  return (
    <PanelDialog id="preview-title" className="preview-dialog" title={t('preview.title')} problem={problem} onClose={onClose}>
      {html === null && !problem && <p role="status">{t('preview.preparing')}</p>}
      {html !== null && <iframe className="preview-frame" title={t('preview.frame')} sandbox="" srcDoc={html} />}
    </PanelDialog>
  );
}
