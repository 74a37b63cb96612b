import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../testing/render-app';
import { describe, expect, it } from 'vitest';

const renderAt = renderApp;

async function mapAreas() {
  const map = await screen.findByRole('group', { name: /by system,/ });
  return within(map).getAllByRole('link');
}

describe('the national picture', () => {
  it('draws one area per system of the latest geography, with accessible names', async () => {
    renderAt('/');
    const areas = await mapAreas();
    // 2026-Q2: North Vale has ended; Vale and Shore takes its hex.
    expect(areas.map((area) => area.getAttribute('aria-label')?.split(':')[0]).sort()).toEqual([
      'East Shore',
      'Vale and Shore',
      'West Hills',
    ]);
    expect(areas[0]?.getAttribute('aria-label')).toMatch(
      /^[A-Za-z ]+: readiness \d+ of 100, (higher than|similar to|lower than) England/,
    );
  });

  it('goes back a quarter, to the older geography, and keeps it in the URL', async () => {
    const router = renderAt('/');
    await mapAreas();
    await userEvent.click(screen.getByRole('button', { name: 'Previous quarter' }));
    expect(router.state.location.search).toBe('?period=2026-Q1');
    await screen.findByRole('link', { name: /^North Vale:/ });
    const areas = await mapAreas();
    expect(areas.map((area) => area.getAttribute('aria-label')?.split(':')[0]).sort()).toEqual([
      'East Shore',
      'North Vale',
      'West Hills',
    ]);
    expect(screen.getByRole('combobox', { name: 'Quarter' })).toHaveValue('2026-Q1');
  });

  it('maps one standard when chosen, and says so', async () => {
    const router = renderAt('/');
    await mapAreas();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'standard:bars');
    expect(router.state.location.search).toBe('?metric=standard%3Abars');
    expect(
      await screen.findByRole('group', {
        name: /^Booking and Referral Standard score by system, /,
      }),
    ).toBeInTheDocument();
  });

  it('colours by comparison with England with shapes in the key', async () => {
    renderAt('/?view=compare');
    await mapAreas();
    expect(screen.getByText('Higher than England')).toBeInTheDocument();
    expect(screen.getByText('Lower than England')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Compared with England' })).toBeChecked();
  });

  it('lists the same values in a sortable table', async () => {
    renderAt('/');
    await mapAreas();
    await userEvent.click(screen.getAllByRole('tab', { name: 'Table' })[0]!);
    const table = await screen.findByRole('table', { name: /^Readiness by system: 3 systems/ });
    const header = within(table).getByRole('columnheader', { name: 'System' });
    await userEvent.click(within(header).getByRole('button', { name: 'System' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['East Shore', 'Vale and Shore', 'West Hills']);
  });

  it('lists the standards furthest behind and that moved most, after the map', async () => {
    renderAt('/?period=2026-Q2');
    await mapAreas();
    const behind = await screen.findByRole('region', {
      name: 'Standards furthest behind nationally',
    });
    expect(within(behind).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(behind).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/standards\//),
    );
    expect(
      screen.getByRole('region', { name: 'Standards that moved most over the year' }),
    ).toBeInTheDocument();
  });

  it('says so when a link asks for a measure the data does not have, and shows readiness', async () => {
    renderAt('/?metric=measure:no-such-measure');
    await mapAreas();
    expect(
      screen.getByText(/asks for the measure .*which is not in this data/, {
        normalizer: (t) => t,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('no-such-measure')).toBeInTheDocument();
    // Nothing is on its way in a single feed: the readiness map, not a held place.
    expect(screen.queryByRole('heading', { name: 'Measure on its way' })).not.toBeInTheDocument();
  });

  it('says nothing of a missing measure when the link asks for none', async () => {
    renderAt('/');
    await mapAreas();
    expect(screen.queryByText(/which is not in this data/)).not.toBeInTheDocument();
  });
});
