import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';
import type { Metadata } from '../../domain/feed/feed-schema';
import { FeedCurrencyNoticeView } from './feed-currency-notice';

// minimalFeed was generated at 2026-10-01T09:00:00Z.
const metadata = minimalFeed.metadata as Metadata;

function renderNotice(meta: Partial<Metadata>, now: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: <FeedCurrencyNoticeView metadata={{ ...metadata, ...meta }} now={new Date(now)} />,
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
}

describe('FeedCurrencyNoticeView', () => {
  it.each<[string, Partial<Metadata>, string, RegExp | null, RegExp | null]>([
    ['a fresh feed says nothing', {}, '2026-10-02T09:00:00Z', null, null],
    ['135 days old is not yet stale', {}, '2027-02-13T09:00:00Z', null, null],
    [
      '136 days old is out of date',
      {},
      '2027-02-14T09:00:00Z',
      /Out-of-date data/,
      /generated on 1 October 2026, 136 days ago/,
    ],
    [
      'a feed dated 10 days ahead',
      {},
      '2026-09-21T09:00:00Z',
      /Feed dated in the future/,
      /generated on 1 October 2026, 10 days from now/,
    ],
    ['half a day ahead is within tolerance', {}, '2026-09-30T21:00:00Z', null, null],
  ])('%s', (_name, meta, now, heading, text) => {
    renderNotice(meta, now);
    if (heading === null) {
      expect(screen.queryByRole('heading')).not.toBeInTheDocument();
      return;
    }
    const title = screen.getByRole('heading', { level: 2, name: heading });
    const callout = title.parentElement as HTMLElement;
    expect(callout).toHaveTextContent(text ?? '');
    expect(within(callout).getByRole('link', { name: 'About this feed' })).toHaveAttribute(
      'href',
      '/data',
    );
  });

  it('tells the reader when the feed is newer than the dashboard', () => {
    renderNotice({ schemaVersion: '1.9' }, '2026-10-02T09:00:00Z');
    expect(
      screen.getByText(/This feed uses contract 1\.9; this dashboard reads 1\.x up to 1\.2\./),
    ).toHaveTextContent('Newer fields are ignored');
  });

  it('says nothing about a 1.0 feed', () => {
    renderNotice({ schemaVersion: '1.0' }, '2026-10-02T09:00:00Z');
    expect(screen.queryByText(/This feed uses contract/)).not.toBeInTheDocument();
  });
});

describe('the stale-data banner in the app shell', () => {
  afterEach(() => vi.useRealTimers());

  it.each(['/', '/standards', '/data'])('shows on %s when the feed is stale', async (path) => {
    // Only Date is faked: timers keep running so queries and msw behave as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-06-01T09:00:00Z'));
    renderApp(path);
    expect(
      await screen.findByRole('heading', { name: /Important: ?Out-of-date data/ }),
    ).toBeInTheDocument();
  });

  it('shows the newer-contract note on every page', async () => {
    const newer = editFeed(minimalFeed, {
      set: ['metadata', 'schemaVersion'],
      to: '1.9',
    }) as object;
    server.use(http.get('*/data/feed.json', () => HttpResponse.json(newer)));
    renderApp('/');
    expect(await screen.findByText(/This feed uses contract 1\.9/)).toBeInTheDocument();
  });
});
