/**
 * Other-world feeds through the whole app (issue 17, items 5, 8, 9, 17): a feed from Wales is
 * labelled Wales, never England; what the feed cannot show is said to be so; a reader's peer
 * choice is named as theirs; one quarter offers nothing to play through.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildHealthBoardsFeed } from '../testing/fixtures/feeds/other-world/health-boards-feed';
import { buildManySystemsFeed } from '../testing/fixtures/feeds/other-world/many-systems-feed';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { server } from '../testing/msw/server';
import { renderApp } from '../testing/render-app';

const LOADING = { timeout: 10_000 };

function serve(feed: Parameters<typeof HttpResponse.json>[0]) {
  server.use(http.get('*/data/feed.json', () => HttpResponse.json(feed)));
}

describe('a feed of Welsh health boards', () => {
  it('labels the national picture Wales and never says England', async () => {
    serve(buildHealthBoardsFeed());
    renderApp('/');
    await screen.findByRole('heading', { level: 2, name: /^Wales, / }, LOADING);
    expect(screen.getByRole('radio', { name: 'Compared with Wales' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/England|Census|IMD|ICB/);
  });

  it('says on the Divides page what cannot be judged, and why', async () => {
    serve(buildHealthBoardsFeed());
    renderApp('/divides');
    const findings = await screen.findByRole('region', { name: /finding/i }, LOADING);
    expect(
      within(findings).getByText(
        'Connection across borders cannot be judged: the feed lists no borders between systems.',
      ),
    ).toBeInTheDocument();
    expect(
      within(findings).getByText(
        'The link with deprivation cannot be judged: the feed gives no deprivation scores.',
      ),
    ).toBeInTheDocument();
    expect(findings.textContent).not.toMatch(/No system is weakly connected|England/);
  });
});

describe('a feed of 200 systems with two quarters and no place named', () => {
  it('does not claim no system has fallen behind', async () => {
    serve(buildManySystemsFeed());
    renderApp('/divides');
    const findings = await screen.findByRole('region', { name: /finding/i }, LOADING);
    expect(
      within(findings).getByText(
        /^Whether any system has fallen further behind cannot be judged: it takes 4 quarters and the feed has 2/,
      ),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/England/);
  });
});

describe('one quarter', () => {
  it('offers no Play, Previous or Next on the national picture', async () => {
    const [latest = ''] = minimalFeed.periods.slice(-1);
    serve({
      ...minimalFeed,
      periods: [latest],
      observations: minimalFeed.observations.filter((row) => row.period === latest),
    });
    renderApp('/');
    await screen.findByText(/The feed has one quarter/, undefined, LOADING);
    expect(screen.queryByRole('button', { name: 'Play through the quarters' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Previous quarter' })).toBeNull();
  });
});

describe('the board report names who chose the peers', () => {
  it('says the reader removed every peer, and ranks no one "1st of 1"', async () => {
    renderApp('/systems/S1/report?peers=');
    await screen.findByText(
      'Peers: none. The reader removed every peer, so there is no peer comparison.',
      undefined,
      LOADING,
    );
    expect(screen.getByText(/No peers to rank against/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/1st of 1/);
  });

  it('says a chosen group is the reader’s, not the systems most like it', async () => {
    renderApp('/systems/S1/report?peers=S4');
    await screen.findByText(
      'Peers: 1 system chosen by the reader, not the default group.',
      undefined,
      LOADING,
    );
    expect(document.body.textContent).not.toMatch(/most like it/);
  });
});
