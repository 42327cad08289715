import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createBridge } from './bridge';
import { pageI18n, sayMessage, startLanguage } from './i18n';
import { startFetching } from './startup';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const i18n = pageI18n(startLanguage());
  const bridge = createBridge((said) => sayMessage(i18n, said));
  const startup = startFetching(bridge, window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} startup={startup} />
      </I18nextProvider>
    </StrictMode>,
  );
}
