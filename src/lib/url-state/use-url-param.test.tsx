import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { UrlValues } from './url-params';
import { useUrlParam, useUrlWriter } from './use-url-param';
import { SearchUpdaterProvider } from './use-search-updater';

type Writer = ReturnType<typeof useUrlWriter>;

/** Renders a probe that records each value it read, and hands back the writer. */
function renderProbe(path: string) {
  const seen: { weights: UrlValues['categoryWeights']; peers: UrlValues['peers'] }[] = [];
  const writer: { current: Writer | null } = { current: null };
  function Probe() {
    seen.push({ weights: useUrlParam('categoryWeights'), peers: useUrlParam('peers') });
    writer.current = useUrlWriter();
    return null;
  }
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <SearchUpdaterProvider>
            <Probe />
          </SearchUpdaterProvider>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { router, seen, write: (changes: Partial<UrlValues>) => writer.current!(changes) };
}

describe('useUrlParam', () => {
  it('keeps a value identical while its own text is unchanged', async () => {
    const { router, seen, write } = renderProbe('/?cw=transfers:20&peers=A,B');
    await act(async () => {
      write({ tables: ['readiness-map'] });
      await Promise.resolve();
    });
    expect(router.state.location.search).toBe(
      '?cw=transfers%3A20&peers=A%2CB&tables=readiness-map',
    );
    const [first, last] = [seen[0]!, seen.at(-1)!];
    expect(seen.length).toBeGreaterThan(1);
    expect(last.weights).toBe(first.weights);
    expect(last.peers).toBe(first.peers);
  });

  it('gives a new value when its text changes, and writes defaults as nothing', async () => {
    const { router, seen, write } = renderProbe('/?cw=transfers:20');
    await act(async () => {
      write({ categoryWeights: { transfers: 5 } });
      await Promise.resolve();
    });
    expect(seen.at(-1)!.weights).toEqual({ transfers: 5 });
    await act(async () => {
      write({ categoryWeights: {}, peers: null });
      await Promise.resolve();
    });
    expect(router.state.location.search).toBe('');
  });

  it('builds quick successive writes on each other', async () => {
    const { router, write } = renderProbe('/');
    await act(async () => {
      write({ period: '2026-Q1' });
      write({ peers: [] });
      await Promise.resolve();
    });
    expect(router.state.location.search).toBe('?period=2026-Q1&peers=');
  });
});
