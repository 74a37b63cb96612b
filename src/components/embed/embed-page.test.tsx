import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EmbedContext } from '../../lib/embed/embed-context';
import type { ExportSource } from '../../lib/export-source';
import type { Arriving } from './embed-arriving';
import { EmbedPage } from './embed-page';

const source: ExportSource = {
  publisher: 'NHS England',
  dataDate: '1 November 2026',
  illustrative: true,
  licence: 'OGL v3.0',
  weightsNote: null,
};

function renderEmbed(path: string, children: ReactNode, arriving: Arriving | null = null) {
  const element = (
    <EmbedContext
      value={{ embedded: true, feed: { kind: 'url', url: 'https://x.example/f.json' } }}
    >
      <EmbedPage
        title="Say and do, embedded: NHS App"
        context="Say and do"
        arriving={arriving}
        source={source}
        noData="the feed has no quarters to show."
      >
        {children}
      </EmbedPage>
    </EmbedContext>
  );
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
}

describe('EmbedPage', () => {
  it('draws the chart under its context heading, with the data date and a way back', () => {
    renderEmbed('/embed/say-and-do/nhs-app?period=2026-Q2', <p>The scatter</p>);
    expect(screen.getByRole('heading', { level: 1, name: 'Say and do' })).toBeInTheDocument();
    expect(screen.getByText('The scatter')).toBeInTheDocument();
    expect(screen.queryByText(/^No data/)).toBeNull();
    expect(screen.getByText('Illustrative data')).toBeInTheDocument();
    expect(screen.getByText('Data of 1 November 2026')).toBeInTheDocument();
    const back = screen.getByRole('link', {
      name: 'View on the Interoperability readiness dashboard',
    });
    expect(back).toHaveAttribute('target', '_top');
    expect(back).toHaveAttribute(
      'href',
      `${window.location.origin}/say-and-do?period=2026-Q2&feed=https%3A%2F%2Fx.example%2Ff.json`,
    );
  });

  it('says why there is no chart instead of drawing nothing', () => {
    renderEmbed('/embed/divides/borders', null);
    expect(screen.getByText('No data: the feed has no quarters to show.')).toBeInTheDocument();
  });

  it('says the chart so far is partial while data products arrive', () => {
    renderEmbed('/embed/regions', <p>Bars</p>, { settled: 3, loaded: 2, total: 5 });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading data: 3 of 5 data products loaded. The chart so far is based on 2 of 5 data products.',
    );
  });
});
