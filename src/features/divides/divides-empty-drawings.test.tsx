import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildHealthBoardsFeed } from '../../testing/fixtures/feeds/other-world/health-boards-feed';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';

// Health boards of another country: no hex layout of theirs, no deprivation, no borders.
function serveHealthBoards() {
  server.use(http.get('*/data/feed.json', () => HttpResponse.json(buildHealthBoardsFeed())));
}

describe('the Divides page with nothing to draw (issue 17 item 10)', () => {
  it('says why instead of drawing empty scatter axes', async () => {
    serveHealthBoards();
    renderApp('/divides');
    expect(
      await screen.findByText(/No system has both a deprivation score and a value for/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/IMD score \(more deprived →\)/)).not.toBeInTheDocument();
  });

  it('says why instead of a key over a blank border map, and lists no empty borders', async () => {
    serveHealthBoards();
    renderApp('/divides');
    expect(
      await screen.findByText(/The feed has no borders between systems in this quarter/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('img', { name: /^Cross-border interoperability/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/Cross-border score \(thicker and darker/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Weakest borders and islands' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^All 0 borders/ })).not.toBeInTheDocument();
  });
});
