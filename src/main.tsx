import { createQueryClient } from './app/query-client';
import { prefetchShownFeed } from './api/prefetch-feed';
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

// The entry is kept small: its evaluation is the page's first task, and React, the router and the
// app shell evaluated with it made that task 210-400 ms (issue 18). It asks for the data and starts
// the feed worker, then, in the next task, imports the app (its scripts are fetched beside the
// entry's: the build lists them as modulepreload links in index.html).
void startMockApiInDevelopment().then(async () => {
  const queryClient = createQueryClient();
  // The data is asked for now, beside the first route's code, not after that code has loaded;
  // the offline worker's precaching waits for it, so the two do not share the connections.
  registerServiceWorker(prefetchShownFeed(queryClient));
  // A task boundary first: when the app's scripts have already arrived (they are preloaded), the
  // import would otherwise evaluate them in this same task's microtasks (seen in traces).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { startApp } = await import('./app/start-app');
  await startApp(container, queryClient);
});
