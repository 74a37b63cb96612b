import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { prefetchShownFeed } from './api/prefetch-feed';
import { reportCaughtError } from './app/report-caught-error';
import { routes } from './app/routes';
import { registerServiceWorker } from './app/offline/register-service-worker';
import { setPrintOrigin } from './lib/print-origin';
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './styles/app.css';
import './styles/print.css';

async function startMockApiInDevelopment(): Promise<void> {
  // Statically false in a normal build, so the mocks are dropped from the bundle.
  if (import.meta.env.DEV && import.meta.env.VITE_MSW === 'on') {
    const { worker } = await import('./testing/msw/browser');
    await worker.start({ onUnhandledFrame: 'bypass' });
  }
}

setPrintOrigin(document.documentElement, window.location.origin);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startMockApiInDevelopment().then(() => {
  const queryClient = createQueryClient();
  // The data is asked for now, beside the first route's code, not after that code has loaded;
  // the offline worker's precaching waits for it, so the two do not share the connections.
  registerServiceWorker(prefetchShownFeed(queryClient));
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App queryClient={queryClient} router={createBrowserRouter(routes)} />
    </StrictMode>,
  );
});
