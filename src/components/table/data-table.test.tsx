import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
