import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderScores, rowNames, sortableColumns } from './data-table-test-support';
import type { Row } from './data-table-test-support';
import type { DataColumn } from './data-table';
import { NARROW_TABLE_QUERY } from './use-narrow-screen';

const columns: DataColumn<Row>[] = [
  ...sortableColumns,
  { key: 'note', header: 'Note', cell: () => '' },
];

/** A phone: the stacked-table media query matches. */
function phoneScreen(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches && query === NARROW_TABLE_QUERY,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('DataTable on a phone', () => {
  beforeEach(() => phoneScreen(true));
  afterEach(() => vi.unstubAllGlobals());

  it('has no sort buttons in its hidden header row, and keeps aria-sort there', () => {
    renderScores(columns, { initialSort: { key: 'score', direction: 'desc' } });
    const table = screen.getByRole('table', { name: 'Scores' });
    expect(within(table).queryAllByRole('button')).toEqual([]);
    expect(within(table).getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('sorts through a visible Sort by and Order', async () => {
    const user = userEvent.setup();
    renderScores(columns);
    const group = screen.getByRole('group', { name: 'Sort the table: Scores' });
    const sortBy = within(group).getByRole('combobox', { name: 'Sort by' });
    // Only sortable columns are offered, after the table's own order.
    expect(
      within(sortBy)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['As listed', 'System', 'Score']);
    expect(screen.queryByRole('combobox', { name: 'Order' })).toBeNull();

    await user.selectOptions(sortBy, 'Score');
    expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
    const order = within(group).getByRole('combobox', { name: 'Order' });
    expect(order).toHaveDisplayValue('Highest first');
    await user.selectOptions(order, 'Lowest first');
    expect(rowNames()).toEqual(['Bravo', 'Charlie', 'Alpha']);

    await user.selectOptions(sortBy, 'System');
    expect(rowNames()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(order).toHaveDisplayValue('A to Z');
  });

  it('asks the caller when the caller holds the sort', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    renderScores(columns, { sort: { key: 'name', direction: 'asc' }, onSortChange });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Z to A');
    expect(onSortChange).toHaveBeenCalledWith({ key: 'name', direction: 'desc' });
  });

  it('offers no Sort by for a table that does not sort', () => {
    renderScores(columns, { sortable: false });
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('DataTable on a wide screen', () => {
  beforeEach(() => phoneScreen(false));
  afterEach(() => vi.unstubAllGlobals());

  it('sorts with header buttons and shows no Sort by', () => {
    renderScores(columns);
    expect(screen.getByRole('button', { name: 'Score' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
