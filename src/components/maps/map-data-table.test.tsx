import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MapDatum } from '../../domain/charts/map-model';
import { MapDataTable } from './map-data-table';

const datum = (code: string, name: string, value: number | null, change: number | null) =>
  ({
    code,
    name,
    regionCode: code === 'c' ? 'north' : 'south',
    value,
    completeness: 1,
    lowConfidence: false,
    rank: null,
    interval: null,
    vsEngland: null,
    changeOverYear: change,
    unavailable: null,
    label: name,
  }) satisfies MapDatum;

// Given out of name order: ties (Bravo and Alpha at 50) must still read A to Z.
const rows = [
  datum('b', 'Bravo', 50, 2),
  datum('d', 'Delta', null, null),
  datum('a', 'Alpha', 50, -1),
  datum('c', 'Charlie', 70, null),
];
const regions: Record<string, string> = { north: 'North', south: 'South' };
const regionName = (code: string) => regions[code] ?? code;

function renderTable() {
  render(
    <MemoryRouter>
      <MapDataTable
        rows={rows}
        caption="Readiness"
        valueHeading="Readiness"
        regionName={regionName}
        comparedWith="Compared with England"
      />
    </MemoryRouter>,
  );
  return screen.getByRole('table', { name: 'Readiness' });
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('MapDataTable', () => {
  it('starts best first, ties by name, no data last', () => {
    const table = renderTable();
    expect(names(table)).toEqual(['Charlie', 'Alpha', 'Bravo', 'Delta']);
    expect(within(table).getByRole('columnheader', { name: 'Readiness' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getByRole('link', { name: 'Alpha' })).toHaveAttribute(
      'href',
      '/systems/a',
    );
  });

  it.each([
    ['Change over the year', ['Bravo', 'Alpha', 'Charlie', 'Delta'], 'descending'],
    ['Region', ['Charlie', 'Alpha', 'Bravo', 'Delta'], 'ascending'],
    ['System', ['Alpha', 'Bravo', 'Charlie', 'Delta'], 'ascending'],
  ])('sorts by %s from its header button', async (column, expected, ariaSort) => {
    const user = userEvent.setup();
    const table = renderTable();
    await user.click(within(table).getByRole('button', { name: column }));
    expect(names(table)).toEqual(expected);
    expect(within(table).getByRole('columnheader', { name: column })).toHaveAttribute(
      'aria-sort',
      ariaSort,
    );
  });

  it('does not offer to sort by rank or comparison', () => {
    const table = renderTable();
    for (const name of ['Rank (90% interval)', 'Compared with England']) {
      expect(within(table).getByRole('columnheader', { name })).not.toHaveAttribute('aria-sort');
    }
  });
});
