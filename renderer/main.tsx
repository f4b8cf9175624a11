/** Renderer entry: starts loading the start-up screen's code, mounts the React app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadScreen } from './app/routes';
import { currentRoute } from '#renderer/shared/useHashRoute';
import { startRendererLogging } from './log/rendererLogging';
import 'maplibre-gl/dist/maplibre-gl.css';

performance.mark('app:script');
startRendererLogging();
// the start-up screen's code loads while the cache opens
preloadScreen(currentRoute());

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
