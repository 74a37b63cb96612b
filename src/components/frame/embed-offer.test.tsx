import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EmbedContext } from '../../lib/embed/embed-context';
import type { EmbedContextValue } from '../../lib/embed/embed-context';
import type { ExportSource } from '../../lib/export-source';
import { SearchUpdaterProvider } from '../../lib/url-state/use-search-updater';
import { ChartFrame } from './chart-frame';

const source: ExportSource = {
  publisher: 'NHS England',
  dataDate: '1 November 2026',
  illustrative: false,
  licence: 'OGL v3.0',
  weightsNote: null,
};

function renderFrame(frameId: string, path: string, context?: EmbedContextValue) {
  const frame = (
    <SearchUpdaterProvider>
      <ChartFrame
        id={frameId}
        title="Readiness by system"
        summary="Some words."
        fileName="map"
        source={source}
        csv={{ header: ['A'], rows: [] }}
        table={<table aria-label="The numbers" />}
        about={<p>How it is made.</p>}
      >
        <svg role="img" aria-label="The chart" />
      </ChartFrame>
    </SearchUpdaterProvider>
  );
  const element = context ? <EmbedContext value={context}>{frame}</EmbedContext> : frame;
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
}

describe('Embed this chart', () => {
  it('offers the iframe snippet of the view in the address, without the Table tab', async () => {
    renderFrame('readiness-map', '/?tables=readiness-map&period=2025-Q4&metric=category%3Atech');
    await userEvent.click(screen.getByRole('button', { name: 'Embed this chart' }));
    expect(screen.getByRole('textbox', { name: /HTML to show this chart/ })).toHaveValue(
      `<iframe src="${window.location.origin}/embed/map?period=2025-Q4&amp;metric=category%3Atech" title="Readiness by system" width="100%" height="1300" loading="lazy" style="border:0"></iframe>`,
    );
  });

  it('carries a feed from another address', async () => {
    renderFrame('status-mix', '/standards/bars', {
      embedded: false,
      feed: { kind: 'url', url: 'https://x.example/feed.json' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Embed this chart' }));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /HTML to show/ });
    expect(field.value).toContain(
      '/embed/standards/bars/adoption?feed=https%3A%2F%2Fx.example%2Ffeed.json"',
    );
  });

  it.each([
    { name: 'a frame with no embed route', frameId: 'demo', path: '/' },
    { name: 'a known frame on another page', frameId: 'profile-trend', path: '/systems/X/report' },
  ])('is not offered for $name', ({ frameId, path }) => {
    renderFrame(frameId, path);
    expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Embed this chart' })).toBeNull();
  });

  it('inside an embed page shows the chart and its tabs, without Download, About or Embed', () => {
    renderFrame('readiness-map', '/embed/map', { embedded: true, feed: { kind: 'default' } });
    expect(screen.getByRole('img', { name: 'The chart' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Table' })).toBeInTheDocument();
    for (const name of ['Download', 'About', 'Embed this chart'])
      expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('says Copied once the snippet is on the clipboard', async () => {
    const user = userEvent.setup();
    renderFrame('readiness-map', '/');
    await user.click(screen.getByRole('button', { name: 'Embed this chart' }));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toContain('/embed/map"');
  });
});
