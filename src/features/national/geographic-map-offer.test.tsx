import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';
import threeAreas from '../../testing/fixtures/boundaries/three-areas.topo.json';

describe('the Geographic map choice (issue 17 item 12)', () => {
  it('is not offered when the site has no boundaries file, and names no npm command', async () => {
    renderApp('/');
    expect(await screen.findByRole('group', { name: /by system/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Geographic map/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/npm /)).not.toBeInTheDocument();
  });

  it('a shared link asking for it shows the hex map instead', async () => {
    renderApp('/?map=geo');
    expect(await screen.findByRole('group', { name: /by system/ })).toBeInTheDocument();
    expect(screen.queryByText(/npm /)).not.toBeInTheDocument();
  });

  it('is offered once a usable boundaries file has loaded', async () => {
    server.use(http.get('*/geo/boundaries/*', () => HttpResponse.json(threeAreas)));
    renderApp('/');
    expect(await screen.findByRole('checkbox', { name: /Geographic map/ })).toBeInTheDocument();
  });
});
