/**
 * Renderer entry: starts loading the start-up screen's code (and, on the report's print route,
 * reading the day's visits in a worker), mounts the React app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { workstationDbName } from './app/cacheLifecycle';
import { preloadScreen } from './app/routes';
import { currentRoute } from './app/useHashRoute';
import { prefetchPrintedVisits } from './features/reports/printedVisitsPrefetch';
import 'maplibre-gl/dist/maplibre-gl.css';

performance.mark('app:script');
// the start-up screen's code loads (and the printed report's visits are read) while the cache opens
preloadScreen(currentRoute());
prefetchPrintedVisits(currentRoute(), window.location.hash, workstationDbName());

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
