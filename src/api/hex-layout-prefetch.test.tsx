import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw/server';
import { useHexLayout, usePrefetchHexLayout } from './hex-layout-query';

/** The page's data: it arrives when a test says so. */
let pending: Promise<string> = Promise.resolve('');

/** A page that draws the map: it waits for its data, then reads the layout. */
function MapPage() {
  const label = useSuspenseQuery({ queryKey: ['data'], queryFn: () => pending }).data;
  const layout = useHexLayout();
  return <p>{`${label}: ${Object.keys(layout.hexes).length} hexes`}</p>;
}

/** The same page asking for the layout first, before it waits. */
function PrefetchingMapPage() {
  usePrefetchHexLayout();
  return <MapPage />;
}

function renderPage(data: Promise<string>, prefetch: boolean) {
  pending = data;
  const requested: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('.hexjson')) requested.push(request.url);
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Suspense fallback={<p>Loading</p>}>
        {prefetch ? <PrefetchingMapPage /> : <MapPage />}
      </Suspense>
    </QueryClientProvider>,
  );
  return requested;
}

describe('usePrefetchHexLayout', () => {
  it('asks for the layout while the page still waits for its data', async () => {
    let arrive: (label: string) => void = () => undefined;
    const data = new Promise<string>((resolve) => (arrive = resolve));
    const requested = renderPage(data, true);
    await screen.findByText('Loading');
    await expect.poll(() => requested).toHaveLength(1);
    arrive('England');
    expect(await screen.findByText(/England: \d+ hexes/)).toBeTruthy();
    // The page's own read of the layout found it loaded: no second request.
    expect(requested).toHaveLength(1);
  });

  it('without it, the layout is asked for only once the data is in', async () => {
    let arrive: (label: string) => void = () => undefined;
    const data = new Promise<string>((resolve) => (arrive = resolve));
    const requested = renderPage(data, false);
    await screen.findByText('Loading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested).toHaveLength(0);
    arrive('England');
    expect(await screen.findByText(/England: \d+ hexes/)).toBeTruthy();
    expect(requested).toHaveLength(1);
  });
});
