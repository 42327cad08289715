// First: asks the library for the first screen before the rest is evaluated (see early.ts).
import { bridge, sayWith, startup } from './early';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pageI18n, sayMessage, startLanguage } from './i18n';
import { TextProvider } from './text';
import { newQueryClient, seedFirstScreen } from './data/queries';
// The page's styles, each beside what it styles; in this order, which is the cascade's.
import './styles/base.css';
import './library/sidebar.css';
import './mainArea.css';
import './article/article.css';
import './icons.css';
import './modal.css';
import './editor/figures.css';
import './editor/tables.css';
import './article/checklist.css';
import './library/search.css';
import './editor/find.css';
import './export/export.css';
import './styles/choiceCards.css';
import './settings/settings.css';
import './history/history.css';
import './article/focusMode.css';
import './help/shortcuts.css';
import './article/wordTarget.css';
import './editor/spelling.css';

/** How long the first screen waits for the library's answers before it is drawn without them. */
const FIRST_SCREEN_PATIENCE_MS = 150;

const root = document.getElementById('root');
if (root) {
  const i18n = pageI18n(startLanguage());
  sayWith((said) => sayMessage(i18n, said));
  const queries = newQueryClient();
  // A library that takes long to answer (a slow disk) gets its window drawn without waiting longer.
  void startup.answered(FIRST_SCREEN_PATIENCE_MS).then(() => {
    seedFirstScreen(queries, bridge, startup);
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queries}>
          <TextProvider i18n={i18n}>
            <App bridge={bridge} />
          </TextProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
}
