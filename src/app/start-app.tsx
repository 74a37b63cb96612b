import { StrictMode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { AppRoutes, preloadRoutes } from './app-routes';
import { keepShellFocus } from './layout/keep-shell-focus';
import { reportCaughtError } from './report-caught-error';
// The built page's shell (scripts/prerender/) is drawn from app-shell.tsx, which the app itself no
// longer renders; its styles still have to reach index.html with the app's (they hide the shell's
// search and page tools until the app runs, and its loading message with JavaScript off).
import './layout/app-shell.css';

/** A task boundary: the browser may paint and handle input before the next step runs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The app itself (React, the router, the layout), loaded by the entry once the data is asked for.
 * Asking for the first route's code makes Vite's preload helper add a `<link rel=modulepreload>`
 * for each of that route's chunks there and then (~50 on the national page, 40-65 ms of the app's
 * first task in big-feed profiles), so it runs in a task of its own, after this module's
 * evaluation. React's first render waits for that code: until then the built shell
 * (scripts/prerender/) stays on screen, and the first frame is the page, not a loading message.
 */
export async function startApp(container: HTMLElement, queryClient: QueryClient): Promise<void> {
  await nextTask();
  await preloadRoutes(window.location.pathname);
  // A reader may already be tabbing through the built page's shell; React replaces it.
  keepShellFocus(container);
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </App>
    </StrictMode>,
  );
}
