import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBridge } from './bridge';
import { startFetching } from './startup';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const bridge = createBridge();
  const startup = startFetching(bridge, window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <App bridge={bridge} startup={startup} />
    </StrictMode>,
  );
}
