import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import { reportCaughtError } from '../app/report-caught-error';
import { routes } from '../app/routes';

/**
 * Renders the whole app at a path, with a fresh query client that retries without waiting, as a
 * person would meet it; msw answers the network. Returns the router to check the URL.
 */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<App queryClient={createQueryClient({ retryDelayMs: 0 })} router={router} />, {
    onCaughtError: reportCaughtError,
  });
  return router;
}
