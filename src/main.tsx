import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { FeedLoadError } from './api/feed-load-error';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './styles/app.css';

async function startMockApiInDevelopment(): Promise<void> {
  // Statically false in a normal build, so the mocks are dropped from the bundle.
  if (import.meta.env.DEV && import.meta.env.VITE_MSW === 'on') {
    const { worker } = await import('./testing/msw/browser');
    await worker.start({ onUnhandledFrame: 'bypass' });
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startMockApiInDevelopment().then(() => {
  createRoot(container, {
    // A feed that failed to load is expected and explained on screen; anything else is a bug.
    onCaughtError: (error, info) => {
      if (error instanceof FeedLoadError) return;
      console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={createBrowserRouter(routes)} />
    </StrictMode>,
  );
});
