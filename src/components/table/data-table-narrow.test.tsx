import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from './data-table';
import type { DataColumn } from './data-table';
import { NARROW_TABLE_QUERY } from './use-narrow-screen';

interface Row {
  code: string;
  name: string;
  score: number | null;
}

const rows: Row[] = [
  { code: 'a', name: 'Bravo', score: 40 },
  { code: 'b', name: 'Alpha', score: null },
  { code: 'c', name: 'Charlie', score: 75 },
];

const columns: DataColumn<Row>[] = [
  { key: 'name', header: 'System', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
  {
    key: 'score',
    header: 'Score',
    numeric: true,
    cell: (r) => r.score ?? 'No data',
    sortValue: (r) => r.score,
  },
  { key: 'note', header: 'Note', cell: () => '' },
];

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

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
    render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        initialSort={{ key: 'score', direction: 'desc' }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Scores' });
    expect(within(table).queryAllByRole('button')).toEqual([]);
    expect(within(table).getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('sorts through a visible Sort by and Order', async () => {
    const user = userEvent.setup();
    render(<DataTable caption="Scores" columns={columns} rows={rows} rowKey={(r) => r.code} />);
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
    render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        sort={{ key: 'name', direction: 'asc' }}
        onSortChange={onSortChange}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Z to A');
    expect(onSortChange).toHaveBeenCalledWith({ key: 'name', direction: 'desc' });
  });

  it('offers no Sort by for a table that does not sort', () => {
    render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        sortable={false}
      />,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('DataTable on a wide screen', () => {
  beforeEach(() => phoneScreen(false));
  afterEach(() => vi.unstubAllGlobals());

  it('sorts with header buttons and shows no Sort by', () => {
    render(<DataTable caption="Scores" columns={columns} rows={rows} rowKey={(r) => r.code} />);
    expect(screen.getByRole('button', { name: 'Score' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
