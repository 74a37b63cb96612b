import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';

describe('the Divides page (minimal feed)', () => {
  it('shows the findings, including the weakest border', async () => {
    renderApp('/divides');
    const findings = await screen.findByRole('region', { name: 'Findings' });
    expect(
      within(findings).getByText(/Too few quarters to say whether divides are widening/),
    ).toBeInTheDocument();
    // 2026-Q2: e-rs live on both sides of each border, 0.5 of the exchange weight 2 = 25%
    expect(
      within(findings).getByText(
        /The weakest border is where West Hills meets Vale and Shore: 25.0%/,
      ),
    ).toBeInTheDocument();
  });

  it('draws the border map with a text summary, and lists every border with links to both systems', async () => {
    renderApp('/divides');
    const map = await screen.findByRole('img', {
      name: /^Cross-border interoperability, April to June 2026$/,
    });
    expect(map).toHaveAccessibleDescription(/2 borders score from 25% to 25%/);
    const table = screen.getByRole('table', { name: /^All 2 borders, April to June 2026/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]!)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['West Hills', 'Vale and Shore']);
  });

  it('follows the measure and quarter chosen, in the URL', async () => {
    const router = renderApp('/divides');
    await screen.findByRole('region', { name: 'Findings' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Measure' }),
      'standard:bars',
    );
    expect(router.state.location.search).toBe('?metric=standard%3Abars');
    expect(
      await screen.findByText(/In April to June 2026, Booking and Referral Standard score ranged/),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), '2025-Q4');
    expect(
      await screen.findByRole('img', {
        name: 'Cross-border interoperability, October to December 2025',
      }),
    ).toBeInTheDocument();
  });

  it('honours what-if weights: with BaRS off, e-rs is the whole exchange weight', async () => {
    renderApp('/divides?sw=bars:0');
    const findings = await screen.findByRole('region', { name: 'Findings' });
    expect(
      within(findings).getByText(/West Hills meets Vale and Shore: 100.0%/),
    ).toBeInTheDocument();
  });

  it('says the regional and deprivation figures rest on fewer products when the mesh is partial', async () => {
    // The msw mesh serves the minimal feed as a reference product and three system products.
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp('/divides?feed=%2Fdata%2Fmesh%2Fcatalogue.json');
    const words =
      /Based on 3 of 4 data products: systems whose product gave no data are left out\.$/;
    for (const title of [
      'Regional or local?',
      'Is the digital divide following the health divide?',
    ]) {
      const frame = await screen.findByRole('region', { name: title });
      expect(within(frame).getByText(words)).toBeInTheDocument();
    }
  });

  it('says nothing of products for a single feed', async () => {
    renderApp('/divides');
    const frame = await screen.findByRole('region', { name: 'Regional or local?' });
    expect(within(frame).queryByText(/data products/)).toBeNull();
  });
});
