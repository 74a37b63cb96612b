import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchUpdaterProvider } from '../../lib/url-state/use-search-updater';
import type { ExportSource } from '../../lib/export-source';
import { ChartFrame } from './chart-frame';

const source: ExportSource = {
  publisher: 'NHS England',
  dataDate: '1 November 2026',
  illustrative: true,
  licence: 'OGL v3.0',
  weightsNote: null,
};

function renderFrame(path = '/', overrides: Partial<ExportSource> = {}) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <SearchUpdaterProvider>
            <ChartFrame
              id="demo"
              title="Readiness by region"
              subtitle="Overall readiness, 2026-Q3"
              summary="London is highest."
              fileName="readiness-regions-2026-Q3"
              source={{ ...source, ...overrides }}
              csv={{ header: ['Region', 'Score'], rows: [['=HYPERLINK("http://x")', 70]] }}
              table={<table aria-label="The numbers" />}
              about={<p>How it is made.</p>}
            >
              <svg role="img" aria-label="The chart" />
            </ChartFrame>
          </SearchUpdaterProvider>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(() => vi.restoreAllMocks());

describe('ChartFrame', () => {
  it('is a region named by its title, with subtitle, summary and source line', () => {
    renderFrame();
    const frame = screen.getByRole('region', { name: 'Readiness by region' });
    expect(within(frame).getByText('Overall readiness, 2026-Q3')).toBeInTheDocument();
    expect(within(frame).getByText('London is highest.')).toBeInTheDocument();
    expect(
      within(frame).getByText(
        'Source: NHS England, data of 1 November 2026. Illustrative data, not real adoption figures. Licence: OGL v3.0.',
      ),
    ).toBeInTheDocument();
  });

  it('adds the custom-weights note to the subtitle', () => {
    renderFrame('/', { weightsNote: 'Scored with custom weights' });
    expect(
      screen.getByText('Overall readiness, 2026-Q3. Scored with custom weights'),
    ).toBeInTheDocument();
  });

  it('switches between chart and table by click and arrow keys, keeping the tab in the URL', async () => {
    const user = userEvent.setup();
    const router = renderFrame();
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toContainElement(screen.getByRole('img'));
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(await screen.findByRole('table', { name: 'The numbers' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tables=demo');
    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('img', { name: 'The chart' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('opens on the table when the URL says so', () => {
    renderFrame('/?tables=other,demo');
    expect(screen.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('table', { name: 'The numbers' })).toBeInTheDocument();
  });

  it('offers PNG, SVG and CSV, and downloads spreadsheet-safe CSV named for the chart', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    renderFrame();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(clicked).toEqual(['readiness-regions-2026-Q3.csv']);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    // Blob.text() would drop the byte order mark that tells Excel the file is UTF-8.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFRegion,Score\r\n"\'=HYPERLINK(""http://x"")",70\r\n');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Downloaded readiness-regions-2026-Q3.csv',
    );
  });

  it('from the table tab, offers to show the chart before an image download', async () => {
    const user = userEvent.setup();
    renderFrame('/?tables=demo');
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(screen.queryByRole('button', { name: 'Download PNG' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the chart' }));
    expect(await screen.findByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
  });

  it('shows About on request', async () => {
    const user = userEvent.setup();
    renderFrame();
    const about = screen.getByRole('button', { name: 'About' });
    expect(about).toHaveAttribute('aria-expanded', 'false');
    await user.click(about);
    expect(about).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('How it is made.')).toBeVisible();
  });
});
