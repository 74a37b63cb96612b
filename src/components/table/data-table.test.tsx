import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from './data-table';
import type { DataColumn } from './data-table';
import { tableCsv } from './table-csv';

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
  { key: 'action', header: 'Action', cell: (r) => <button type="button">Remove {r.name}</button> },
];

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('DataTable', () => {
  it('shows rows in the given order with a caption, row headers and cells', () => {
    render(<DataTable caption="Scores" columns={columns} rows={rows} rowKey={(r) => r.code} />);
    expect(screen.getByRole('table', { name: 'Scores' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['Bravo', 'Alpha', 'Charlie']);
    const header = screen.getByRole('columnheader', { name: 'Action' });
    expect(header).not.toHaveAttribute('aria-sort');
  });

  it('sorts by a column, says so with aria-sort, and keeps missing values last', async () => {
    const user = userEvent.setup();
    render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        initialSort={{ key: 'score', direction: 'desc' }}
      />,
    );
    expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
    const scoreHeader = screen.getByRole('columnheader', { name: 'Score' });
    expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(scoreHeader).getByRole('button', { name: 'Score' }));
    expect(scoreHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Bravo', 'Charlie', 'Alpha']);
    await user.click(screen.getByRole('button', { name: 'System' }));
    expect(rowNames()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(scoreHeader).toHaveAttribute('aria-sort', 'none');
  });
});

describe('DataTable with a sort held by the caller', () => {
  const renderControlled = (
    sort: { key: string; direction: 'asc' | 'desc' },
    onSortChange = vi.fn(),
  ) => {
    const view = render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        sort={sort}
        onSortChange={onSortChange}
      />,
    );
    return { ...view, onSortChange };
  };

  it('shows the sort it is given, missing values last either way', () => {
    const { rerender } = renderControlled({ key: 'score', direction: 'asc' });
    expect(rowNames()).toEqual(['Bravo', 'Charlie', 'Alpha']);
    expect(screen.getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    rerender(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        sort={{ key: 'score', direction: 'desc' }}
      />,
    );
    expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
  });

  it.each([
    ['the sorted column reverses', 'Score', { key: 'score', direction: 'asc' }],
    ['a text column starts A to Z', 'System', { key: 'name', direction: 'asc' }],
  ] as const)(
    'asks for the next sort on a click (%s) and waits to be told',
    async (_n, name, next) => {
      const user = userEvent.setup();
      const { onSortChange } = renderControlled({ key: 'score', direction: 'desc' });
      await user.click(screen.getByRole('button', { name }));
      expect(onSortChange).toHaveBeenCalledExactlyOnceWith(next);
      // The caller has not changed the sort, so neither does the table.
      expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
      expect(screen.getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
    },
  );

  it("tells an uncontrolled table's listener too", async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        onSortChange={onSortChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Score' }));
    expect(onSortChange).toHaveBeenCalledExactlyOnceWith({ key: 'score', direction: 'desc' });
    expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
  });
});

describe('DataTable that does not sort', () => {
  it('has no sort buttons or aria-sort, and keeps the given order', () => {
    render(
      <DataTable
        caption="Scores"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        sortable={false}
        initialSort={{ key: 'score', direction: 'desc' }}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Score' })).not.toBeInTheDocument();
    for (const header of screen.getAllByRole('columnheader')) {
      expect(header).not.toHaveAttribute('aria-sort');
    }
    expect(rowNames()).toEqual(['Bravo', 'Alpha', 'Charlie']);
  });
});

describe('tableCsv', () => {
  it('writes sort values, leaves out columns with no plain value, keeps the given order', () => {
    expect(tableCsv(columns, rows)).toEqual({
      header: ['System', 'Score'],
      rows: [
        ['Bravo', 40],
        ['Alpha', null],
        ['Charlie', 75],
      ],
    });
  });

  it('prefers a csv value and falls back to plain cells', () => {
    const plain: DataColumn<Row>[] = [
      { key: 'name', header: 'System', cell: (r) => r.name },
      { key: 'code', header: 'Code', cell: (r) => r.name, csv: (r) => r.code },
    ];
    expect(tableCsv(plain, rows.slice(0, 1))).toEqual({
      header: ['System', 'Code'],
      rows: [['Bravo', 'a']],
    });
  });
});
