import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  renderScores,
  rowNames,
  rows,
  scoresTable,
  sortableColumns,
} from './data-table-test-support';
import type { Row } from './data-table-test-support';
import type { DataColumn } from './data-table';
import { tableCsv } from './table-csv';

const columns: DataColumn<Row>[] = [
  ...sortableColumns,
  { key: 'action', header: 'Action', cell: (r) => <button type="button">Remove {r.name}</button> },
];

describe('DataTable', () => {
  it('shows rows in the given order with a caption, row headers and cells', () => {
    renderScores(columns);
    expect(screen.getByRole('table', { name: 'Scores' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['Bravo', 'Alpha', 'Charlie']);
    const header = screen.getByRole('columnheader', { name: 'Action' });
    expect(header).not.toHaveAttribute('aria-sort');
  });

  it('sorts by a column, says so with aria-sort, and keeps missing values last', async () => {
    const user = userEvent.setup();
    renderScores(columns, { initialSort: { key: 'score', direction: 'desc' } });
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
    const view = renderScores(columns, { sort, onSortChange });
    return { ...view, onSortChange };
  };

  it('shows the sort it is given, missing values last either way', () => {
    const { rerender } = renderControlled({ key: 'score', direction: 'asc' });
    expect(rowNames()).toEqual(['Bravo', 'Charlie', 'Alpha']);
    expect(screen.getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    rerender(scoresTable(columns, { sort: { key: 'score', direction: 'desc' } }));
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
    renderScores(columns, { onSortChange });
    await user.click(screen.getByRole('button', { name: 'Score' }));
    expect(onSortChange).toHaveBeenCalledExactlyOnceWith({ key: 'score', direction: 'desc' });
    expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
  });
});

describe('DataTable that does not sort', () => {
  it('has no sort buttons or aria-sort, and keeps the given order', () => {
    renderScores(columns, { sortable: false, initialSort: { key: 'score', direction: 'desc' } });
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
