import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveFeedSource } from '../../api/active-feed-source';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';
import { ENDPOINTS } from './endpoints';
import { LANGUAGE_LABELS, codeExamples } from './examples';

async function openPage() {
  renderApp('/access-our-data');
  return screen.findByRole('heading', { level: 1, name: 'Access our data' });
}

afterEach(() => {
  vi.restoreAllMocks();
  setActiveFeedSource(null);
});

describe('the Access our data page', () => {
  it('has its sections as headings and a question heading for each example group', async () => {
    await openPage();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        'What is there',
        'Download everything',
        'Licence',
        'Version and permanence',
        'Examples',
      ]),
    );
    for (const question of [
      "Every system's readiness last quarter",
      "One system's scores over time (Cheshire and Merseyside)",
      "One standard's adoption by system (NHS Number)",
      "The data products' health",
    ]) {
      expect(screen.getByRole('heading', { level: 3, name: question })).toBeInTheDocument();
    }
  });

  it.each([
    ['JSON of /api/v1/scores/latest', '/api/v1/scores/latest.json'],
    ['CSV of /api/v1/scores/latest', '/api/v1/scores/latest.csv'],
    ['CSV metadata (CSVW) of /api/v1/systems', '/api/v1/systems.csv-metadata.json'],
    ['JSON of /api/v1/systems/E54000008/scores', '/api/v1/systems/E54000008/scores.json'],
    ['JSON of /api/v1/index', '/api/v1/index.json'],
    ['All the data as CSV files (ZIP)', '/api/v1/bulk/all-data.zip'],
    ['All the data as one JSON file', '/api/v1/bulk/all-data.json'],
  ])('links "%s" to %s', async (name, href) => {
    await openPage();
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
  });

  it('links one JSON Schema per path, and no CSV for the JSON-only index', async () => {
    await openPage();
    const schemaLinks = screen.getAllByRole('link', { name: /^JSON Schema of / });
    expect(schemaLinks).toHaveLength(ENDPOINTS.length);
    for (const link of schemaLinks) {
      expect(link.getAttribute('href')).toMatch(/^\/api\/v1\/schemas\/[a-z-]+\.schema\.json$/);
    }
    expect(screen.queryByRole('link', { name: 'CSV of /api/v1/index' })).toBeNull();
  });

  it("states the feed's licence and the reference data's Open Government Licence", async () => {
    await openPage();
    const feedLicence = await screen.findByText(/^The figures are published under the/);
    expect(feedLicence).toHaveTextContent(
      'The figures are published under the Open Government Licence v3.0 by Test publisher. ' +
        'The adoption figures in this version are illustrative (synthetic), and every file says so.',
    );
    const ogl = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
    expect(
      within(feedLicence).getByRole('link', { name: 'Open Government Licence v3.0' }),
    ).toHaveAttribute('href', ogl);
    const reference = screen.getByText(/^The reference data/);
    expect(
      within(reference).getByRole('link', { name: 'Open Government Licence v3.0' }),
    ).toHaveAttribute('href', ogl);
  });

  it("does not give another loaded feed's licence as the API's", async () => {
    server.use(http.get('*/elsewhere/feed.json', () => HttpResponse.json(minimalFeed)));
    setActiveFeedSource({ kind: 'url', url: `${window.location.origin}/elsewhere/feed.json` });
    await openPage();
    const note = screen.getByText(/not the feed you have loaded\.$/);
    expect(within(note).getByRole('link', { name: '/api/v1/index.json' })).toHaveAttribute(
      'href',
      '/api/v1/index.json',
    );
    expect(screen.queryByText(/^The figures are published under the/)).toBeNull();
  });

  it('shows every example with the page origin filled in, one Copy button each', async () => {
    await openPage();
    const examples = codeExamples(window.location.origin);
    expect(examples).toHaveLength(12);
    for (const example of examples) {
      const figure = screen.getByRole('figure', {
        name: `${LANGUAGE_LABELS[example.language]}: ${example.question}`,
      });
      expect(figure.querySelector('code')?.textContent).toBe(example.code);
      expect(example.code).toContain(`${window.location.origin}${example.path}`);
    }
    expect(screen.getAllByRole('button', { name: /^Copy the / })).toHaveLength(12);
  });

  it('copies an example and says "Copied"', async () => {
    const user = userEvent.setup();
    await openPage();
    const [example] = codeExamples(window.location.origin).filter((e) => e.language === 'python');
    const name = `Copy the Python (pandas): ${example!.question} example`;
    await user.click(screen.getByRole('button', { name }));
    const figure = screen.getByRole('figure', { name: `Python (pandas): ${example!.question}` });
    expect(within(figure).getByText('Copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(example!.code);
  });

  it('says to select the code when the browser refuses the clipboard, and keeps it shown', async () => {
    const user = userEvent.setup();
    await openPage();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    const [example] = codeExamples(window.location.origin);
    await user.click(
      screen.getByRole('button', { name: `Copy the curl: ${example!.question} example` }),
    );
    const figure = screen.getByRole('figure', { name: `curl: ${example!.question}` });
    expect(
      within(figure).getByText(/did not allow copying\. Select the code above/),
    ).toBeInTheDocument();
    expect(within(figure).queryByText('Copied')).toBeNull();
    expect(figure.querySelector('code')?.textContent).toBe(example!.code);
  });

  it("is one of the pages the header's site search finds", async () => {
    const user = userEvent.setup();
    renderApp('/accessibility');
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    await user.type(
      screen.getByRole('combobox', { name: 'Search systems, standards and pages' }),
      'access our',
    );
    const results = await screen.findByRole('listbox', { name: 'Search results' });
    expect(within(results).getByRole('option', { name: /Access our data/ })).toBeInTheDocument();
  });

  it('is linked from the footer', async () => {
    renderApp('/accessibility');
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    expect(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Access our data' }),
    ).toHaveAttribute('href', '/access-our-data');
  });
});
