import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw/server';
import { renderApp } from '../../../testing/render-app';

describe('the Data products page', () => {
  it('shows only a loading message, no heading, until the data on screen is known', async () => {
    // The shell's notices about the data (illustrative, out of date) come with it: a heading drawn
    // before then was pushed down the screen when they arrived (layout shift, issue 15).
    server.use(
      http.get('*/data/mesh/catalogue.json', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp('/data/products');
    const loading = await screen.findByText('Loading data…');
    expect(loading).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('lists every product of the catalogue with its state, and filters by state', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    const user = userEvent.setup();
    renderApp('/data/products');
    const table = await screen.findByRole('table', { name: 'Data products and their health' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('East Shoreics-s3');
    expect(rows[2]).toHaveTextContent('Unreachable');
    expect(screen.getByText(/4 data products in the catalogue; 3 loaded\./)).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show products' }),
      'unreachable',
    );
    // The header's site search has its own status region, so find this one by its words.
    expect(screen.getByText('Showing 1 of 4 data products.')).toHaveAttribute('role', 'status');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('keeps the state filter in the URL, so a link shows the same products', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s3.json', () => new HttpResponse(null, { status: 404 })),
    );
    const user = userEvent.setup();
    const router = renderApp('/data/products?state=unreachable');
    const table = await screen.findByRole('table', { name: 'Data products and their health' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Show products' })).toHaveValue('unreachable');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show products' }), '');
    expect(router.state.location.search).toBe('');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show products' }), 'ok');
    expect(router.state.location.search).toBe('?state=ok');
  });

  it('shows a product’s checks and the rows it had rejected, with their paths', async () => {
    const user = userEvent.setup();
    renderApp('/data/products');
    await user.click(await screen.findByRole('link', { name: 'West Hills' }));
    expect(await screen.findByRole('heading', { level: 1, name: /ics-s1/ })).toBeInTheDocument();
    const checks = screen.getByRole('table', { name: 'Quality checks of this product' });
    expect(within(checks).getAllByRole('row')).toHaveLength(8);
    expect(within(checks).getByRole('row', { name: /Published at its address/ })).toHaveTextContent(
      'Passed',
    );
    expect(
      screen.getByRole('table', { name: 'Change history: versions of this product' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /products\/ics-s1\.odps\.yaml/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/data\/mesh\/products\/ics-s1\.odps\.yaml$/),
    );
  });

  it('says when no product has the id', async () => {
    renderApp('/data/products/nothing-here');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No such data product' }),
    ).toBeInTheDocument();
  });
});
