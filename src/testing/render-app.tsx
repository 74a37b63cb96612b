import { render } from '@testing-library/react';
import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Router, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import type { Location } from 'react-router';
import { App } from '../app/app';
import { AppRoutes } from '../app/app-routes';
import { createQueryClient } from '../app/query-client';
import { reportCaughtError } from '../app/report-caught-error';

type MemoryHistory = ReturnType<typeof createMemoryHistory>;

/** Where the app is, for a test to check the URL: `state.location` as the data router had it. */
export interface RenderedApp {
  state: { readonly location: Location };
}

/**
 * React Router's MemoryRouter, with its history in the test's hands: the URL a test checks is the
 * history's, which changes at once, as the browser's does. Each new location is drawn in a
 * transition, as the app's BrowserRouter draws it.
 */
function TestRouter({ history, children }: { history: MemoryHistory; children: ReactNode }) {
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        startTransition(() => setState({ action, location }));
      }),
    [history],
  );
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}

/**
 * Draws its children a task after the first render. A component that suspends inside act() (as
 * Testing Library's render is) is never drawn unless that act is awaited: React 19 leaves its retry
 * in act's queue. The pages wait for the data on their first render, so it comes a task later, as
 * under the data router these tests used to run (it drew the first page once its code had loaded).
 */
function AfterFirstTask({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready ? children : null;
}

function TestApp({ path, onHistory }: { path: string; onHistory: (h: MemoryHistory) => void }) {
  const [history] = useState(() => createMemoryHistory({ initialEntries: [path], v5Compat: true }));
  useLayoutEffect(() => onHistory(history), [history, onHistory]);
  return (
    <App queryClient={createQueryClient({ retryDelayMs: 0 })}>
      <TestRouter history={history}>
        <AfterFirstTask>
          <AppRoutes />
        </AfterFirstTask>
      </TestRouter>
    </App>
  );
}

/**
 * Renders the whole app at a path, with a fresh query client that retries without waiting, as a
 * person would meet it; msw answers the network. Returns where the app is, to check the URL.
 */
export function renderApp(path: string): RenderedApp {
  let history: MemoryHistory | null = null;
  render(
    <TestApp
      path={path}
      onHistory={(made) => {
        history = made;
      }}
    />,
    { onCaughtError: reportCaughtError },
  );
  return {
    state: {
      get location() {
        if (!history) throw new Error('the app has not rendered');
        return history.location;
      },
    },
  };
}
