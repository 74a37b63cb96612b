import { StrictMode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { keepShellFocus } from './layout/keep-shell-focus';
import { reportCaughtError } from './report-caught-error';
import { routes } from './routes';

/** A task boundary: the browser may paint and handle input before the next step runs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The app itself (React, the router, the layout), loaded by the entry once the data is asked for.
 * Creating the router starts loading the first route's code, and Vite's preload helper adds a
 * `<link rel=modulepreload>` for each of that route's chunks there and then (~50 on the national
 * page, 40-65 ms of the app's first task in big-feed profiles), so it runs in a task of its own,
 * after this module's evaluation.
 */
export async function startApp(container: HTMLElement, queryClient: QueryClient): Promise<void> {
  await nextTask();
  const router = createBrowserRouter(routes);
  // A reader may already be tabbing through the built page's shell; React replaces it.
  keepShellFocus(container);
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}
