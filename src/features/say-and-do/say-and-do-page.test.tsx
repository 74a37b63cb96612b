import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sayDoFeed } from '../../testing/fixtures/feeds/say-and-do-feed';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';

function serve(feed: object) {
  server.use(http.get('*/data/feed.json', () => HttpResponse.json(feed)));
}

describe('the Say and do page', () => {
  it('pairs each system score with its measured use, and says who is left out and what cannot be judged', async () => {
    serve(sayDoFeed);
    renderApp('/say-and-do');
    expect(await screen.findByRole('heading', { level: 1, name: 'Say and do' })).toBeVisible();
    expect(
      screen.getByText(/Systems as they were throughout April to June 2026: 3\./),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'NHS Number: what systems say and what they do' }),
    ).toBeVisible();
    expect(screen.getByText(/cannot be judged: only 1 system has both/)).toBeVisible();
    // S2's months after it ended are refused by the parser, so only two are left out here.
    expect(
      screen.getByText('2 systems have no measured value for April to June 2026.'),
    ).toBeVisible();
    // Source and status of the measure, in words.
    expect(screen.getAllByRole('link', { name: 'NHS England' })[0]).toHaveAttribute(
      'href',
      'https://digital.nhs.uk/data-and-information/publications/statistical/example',
    );
    expect(screen.getAllByText('Management information').length).toBeGreaterThan(0);
    // The annual measure cannot be set beside a quarter.
    expect(
      screen.getByText(
        "Annual returns made is published for financial years, so it cannot be compared with a quarter's scores.",
      ),
    ).toBeVisible();
  });

  it('has the table alternative, and the quarter lives in the URL', async () => {
    serve(sayDoFeed);
    const router = renderApp('/say-and-do');
    await userEvent.click(await screen.findByRole('tab', { name: /Table/ }));
    const table = await screen.findByRole('table', { name: /NHS App unique users of each system/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'West HillsSelf-reported score 100NHS App unique users (per 1,000 people) 330.0Points from the line No line',
    ]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), '2025-Q4');
    expect(router.state.location.search).toContain('period=2025-Q4');
    expect(
      await screen.findByText(/^3 systems have no measured value for October to December 2025\.$/),
    ).toBeVisible();
  });

  it('says when the feed has no measure linked to a standard', async () => {
    serve({ ...sayDoFeed, measures: [], measurements: [] });
    renderApp('/say-and-do');
    expect(
      await screen.findByText(/The feed has no measures of use linked to a standard/),
    ).toBeVisible();
  });
});
