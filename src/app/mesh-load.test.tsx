import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw/server';
import { renderApp } from '../testing/render-app';

/**
 * A `?feed=` address that names a mesh catalogue is federated: the reference product and one
 * product per system (the msw handlers serve the minimal feed split that way), merged into the one
 * feed every page reads.
 */
const MESH = '/?feed=%2Fdata%2Fmesh%2Fcatalogue.json';

async function mapAreas() {
  const map = await screen.findByRole('group', { name: /by system,/ });
  return within(map).getAllByRole('link');
}

describe('a mesh catalogue as the data shown', () => {
  it('draws the same national picture as the single feed when every product loads', async () => {
    renderApp(MESH);
    const areas = await mapAreas();
    expect(areas.map((area) => area.getAttribute('aria-label')?.split(':')[0]).sort()).toEqual([
      'East Shore',
      'Vale and Shore',
      'West Hills',
    ]);
    expect(screen.getByText(/Figures are based on all 4 data products\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the data products' })).toHaveAttribute(
      'href',
      '/data/products',
    );
  });

  it('says which system has no data and why, on the map, in its table and in the roll-up', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp(MESH);
    await mapAreas();
    const why = /^No data: ics-s3 is unavailable \(.*404.*\)$/;
    const area = screen.getByRole('link', { name: /^East Shore: No data: ics-s3 is unavailable/ });
    expect(area).toBeInTheDocument();
    // The key names it apart from plain No data, with its mark.
    expect(screen.getByText('No data: data product unavailable')).toBeInTheDocument();
    expect(screen.getByText(/Figures are based on 3 of 4 data products\./)).toBeInTheDocument();
    expect(screen.getByText(/1 product unreachable/)).toBeInTheDocument();
    // The regional figures say so too: South's only product gave nothing, North's all did.
    expect(
      screen.getByText(
        /Some figures are based on fewer than all their region’s data products: South 0 of 1\.$/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('tab', { name: 'Table' })[0]!);
    const table = await screen.findByRole('table', { name: /^Readiness by system/ });
    const row = within(table).getByRole('rowheader', { name: 'East Shore' }).closest('tr')!;
    expect(within(row).getByText(why)).toBeInTheDocument();
  });

  it('warns first on the profile of a system whose product is unavailable, with a link to it', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp('/systems/S3?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    await screen.findByRole('heading', { level: 1 });
    const warning = await screen.findByRole('heading', {
      level: 2,
      name: /No data: ics-s3 is unavailable \(.*404/,
    });
    const callout = warning.closest('div')!;
    expect(within(callout).getByText(/figures below are missing, not zero/)).toBeInTheDocument();
    expect(
      within(callout).getByRole('link', { name: 'See what is wrong with the product' }),
    ).toHaveAttribute('href', '/data/products/ics-s3');
  });

  it('has no such warning on a profile whose product loaded', async () => {
    renderApp('/systems/S4?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    await screen.findByRole('heading', { level: 1 });
    await screen.findByRole('region', { name: 'Headline' });
    expect(screen.queryByText(/is unavailable/)).not.toBeInTheDocument();
  });

  it('says why on Compare, never a blank, for a system whose product is unavailable', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    const why = /^No data: ics-s3 is unavailable \(.*404.*\)$/;
    renderApp('/compare?systems=S1,S3&feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const scores = await screen.findByRole('table', { name: /^Category and standard scores/ });
    const overall = within(scores).getAllByRole('row')[1]!;
    expect(within(overall).getByText(why)).toBeInTheDocument();
  });

  it('gives a border with an unavailable side no score on Divides, and says why', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp('/divides?tables=border-map&feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const table = await screen.findByRole('table', { name: /^Borders drawn on the map/ });
    const row = within(table)
      .getByRole('rowheader', { name: /East Shore/ })
      .closest('tr')!;
    expect(
      within(row).getByText(/^No data: ics-s3 is unavailable \(.*404.*\)$/),
    ).toBeInTheDocument();
    // The table of all borders: nothing counted live and no platform compared across it.
    const all = screen.getByRole('table', { name: /^All \d+ borders/ });
    const full = within(all)
      .getAllByRole('rowheader', { name: /East Shore/ })[0]!
      .closest('tr')!;
    const cells = within(full)
      .getAllByRole('cell')
      .map((cell) => cell.lastChild?.textContent);
    expect(cells.slice(1, 3)).toEqual(['Not known', 'Not known']);
  });

  it("says why on a profile's neighbour whose product is unavailable, never '0 live'", async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    // Vale and Shore (S4) borders West Hills (S1) and East Shore (S3).
    renderApp('/systems/S4?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const table = await screen.findByRole('table', { name: 'Systems bordering Vale and Shore' });
    const row = within(table).getByRole('rowheader', { name: 'East Shore' }).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.lastChild?.textContent);
    expect(cells[0]).toMatch(/^No data: ics-s3 is unavailable \(.*404.*\)$/);
    expect(cells.slice(1)).toEqual(['Not known', 'Not known']);
    expect(screen.getByText(/for 1 of them there is no data to compare/)).toBeInTheDocument();
  });

  it('says what each rank could not see on a profile, beside the ranks, not in them', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp('/systems/S4?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const headline = await screen.findByRole('region', { name: 'Headline' });
    const all = within(headline).getByText('Rank among all systems').nextElementSibling;
    expect(all).toHaveTextContent(/^\S+( \(.+\))? of 2$/);
    expect(
      within(headline).getByText(
        'About the ranks: among all systems, 1 system with no data is not ranked; among peers, 1 peer with no data is not ranked.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing more of ranks that saw every system', async () => {
    renderApp('/systems/S4?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const headline = await screen.findByRole('region', { name: 'Headline' });
    const all = within(headline).getByText('Rank among all systems').nextElementSibling;
    expect(all).toHaveTextContent(/ of 3$/);
    expect(within(headline).queryByText(/^About the ranks/)).not.toBeInTheDocument();
  });

  it('says it among the board report’s caveats too', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp('/systems/S4/report?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const caveats = await screen.findByRole('heading', { name: 'Data and caveats' });
    expect(
      within(caveats.closest('footer')!).getByText(
        /^About the ranks: among all systems, 1 system with no data is not ranked; among peers/,
      ),
    ).toBeInTheDocument();
  });

  it("counts a region's systems whose product is unavailable on a standard's page", async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp('/standards/bars?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const table = await screen.findByRole('table', { name: /The standard in each region/ });
    // South's only system is East Shore: nothing reported, because its product gave nothing.
    const row = within(table).getByRole('rowheader', { name: 'South' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.lastChild?.textContent),
    ).toEqual(['No data', 'No data', 'No data', '0, 1 with its data product unavailable']);
  });
});
