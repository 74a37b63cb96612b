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

/** A task boundary: the browser may paint, handle input or take other work before the next step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// The entry is kept small: its evaluation is the page's first task, and React, the router and the
// app shell evaluated with it made that task 210-400 ms (issue 18). It asks for the data and starts
// the feed worker, then imports the app over the next tasks (its scripts are fetched beside the
// entry's: the build lists them as modulepreload links in index.html).
void startMockApiInDevelopment().then(async () => {
  const queryClient = createQueryClient();
  // The data is asked for now, beside the first route's code, not after that code has loaded;
  // the offline worker's precaching waits for it, so the two do not share the connections.
  registerServiceWorker(prefetchShownFeed(queryClient));
  // Each import after a task boundary: when the scripts have already arrived (they are
  // preloaded), an import would otherwise evaluate them in this same task's microtasks (seen in
  // traces). React DOM is evaluated in a task of its own before the app's shell, which imports
  // it: together they were one task of about 38 ms of CPU (28 of it React DOM). While a 60 MB feed
  // downloads and the feed worker reads it on two cores, the page's tasks wait for a core for 1-7
  // times their CPU time, so the tasks over 200 ms (issue 18) are the ones with the most CPU
  // early on (scripts/bench/big-feed-trace.ts). The router is not imported apart: a dynamic
  // import of 'react-router' keeps every export it has (about 100 kB more script).
  await nextTask();
  await import('react-dom/client');
  await nextTask();
  const { startApp } = await import('./app/start-app');
  await startApp(container, queryClient);
});
