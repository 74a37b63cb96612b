import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../testing/render-app';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { server } from '../testing/msw/server';
import { feedScenarios } from '../testing/msw/scenarios';

const renderAt = renderApp;

describe('the app shell', () => {
  it.each([
    ['/', 'National picture'],
    ['/systems', 'Systems'],
    ['/systems/S2', 'NHS North Vale Integrated Care Board'],
    ['/compare', 'Compare systems'],
    ['/standards', 'Standards'],
    ['/standards/bars', 'Booking and Referral Standard'],
    ['/divides', 'Digital divides'],
    ['/say-and-do', 'Say and do'],
    ['/data', 'Data'],
    ['/methodology', 'Methodology'],
    ['/accessibility', 'Accessibility statement'],
    ['/nowhere', 'Page not found'],
  ])('%s has the heading "%s" and a matching title', async (path, heading) => {
    renderAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(document.title).toMatch(/ – Interoperability readiness$/);
  });

  it('has a skip link, the service name, the primary navigation and the licence', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'National picture' });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#maincontent',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Interoperability readiness');
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'National picture',
      'Systems',
      'Compare',
      'Standards',
      'Divides',
      'Say and do',
      'Data',
      'Methodology',
    ]);
    expect(within(menu).getByRole('link', { name: 'National picture' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Open Government Licence v3.0');
    expect(screen.getByRole('link', { name: 'Accessibility statement' })).toBeInTheDocument();
  });

  it('says the data is illustrative when the feed says so', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { name: /Illustrative data/ })).toBeInTheDocument();
  });

  it('leaves the data notices off pages that show no data, so they never push those pages down', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { name: /Illustrative data/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Accessibility statement' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Illustrative data/ })).not.toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', {
        name: 'Systems',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Systems' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Illustrative data/ })).toBeInTheDocument();
  });

  it('shows what failed, with Retry, when the feed cannot be loaded', async () => {
    server.use(feedScenarios.notFound);
    renderAt('/systems');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be loaded' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'The server answered HTTP 404 Not Found: there is nothing at this address; check the link',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Illustrative data/ })).not.toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Systems' })).toBeInTheDocument();
  });

  it('says the map layout failed, not the data, when only the hex layout is broken', async () => {
    server.use(http.get('*/geo/icb23.hexjson', () => HttpResponse.json({ layout: 'nonsense' })));
    renderAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The map layout could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Map layout address')).toBeInTheDocument();
    expect(screen.getByText(/The map layout cannot be used/)).toBeInTheDocument();
  });

  it('says where a dissolved system went, with links to its successors', async () => {
    renderAt('/systems/S2');
    const note = await screen.findByText(/North Vale ended on 31 March 2026/);
    expect(
      within(note)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Vale and Shore', 'East Shore']);
    expect(note).toHaveTextContent("Vale and Shore (60% of North Vale's residents)");
  });

  it('shows text from the feed as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>West Hills</b>';
    const [first, ...rest] = minimalFeed.geography.systems;
    server.use(
      http.get('*/data/feed.json', () =>
        HttpResponse.json({
          ...minimalFeed,
          geography: {
            ...minimalFeed.geography,
            systems: [{ ...first, shortName: hostile }, ...rest],
          },
        }),
      ),
    );
    renderAt('/systems');
    expect(await screen.findByRole('link', { name: hostile })).toBeInTheDocument();
    expect(document.querySelector('main img, main b')).toBeNull();
  });

  it('says when custom weights are in force, keeps them across pages, and resets them', async () => {
    const router = renderAt('/?cw=identity:0');
    expect(await screen.findByText('This view uses your own weights')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    await userEvent.click(within(menu).getByRole('link', { name: 'Standards' }));
    await screen.findByRole('heading', { level: 1, name: 'Standards' });
    expect(router.state.location.search).toBe('?cw=identity%3A0');
    await userEvent.click(screen.getByRole('button', { name: 'Reset to the published weights' }));
    await waitFor(() => {
      expect(screen.queryByText('This view uses your own weights')).not.toBeInTheDocument();
    });
    expect(router.state.location.search).toBe('');
  });
});
