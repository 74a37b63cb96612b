import { render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { DataTable } from './data-table';
import type { DataColumn } from './data-table';

/** The small table both DataTable test files use: three systems, one with no score. */
export interface Row {
  code: string;
  name: string;
  score: number | null;
}

export const rows: Row[] = [
  { code: 'a', name: 'Bravo', score: 40 },
  { code: 'b', name: 'Alpha', score: null },
  { code: 'c', name: 'Charlie', score: 75 },
];

/** A sortable name (the row header) and score; each test file adds a column that does not sort. */
export const sortableColumns: DataColumn<Row>[] = [
  { key: 'name', header: 'System', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
  {
    key: 'score',
    header: 'Score',
    numeric: true,
    cell: (r) => r.score ?? 'No data',
    sortValue: (r) => r.score,
  },
];

type TableProps = Partial<ComponentProps<typeof DataTable<Row>>>;

/** The "Scores" table of these rows, with whatever else a test sets (for render and rerender). */
export function scoresTable(columns: DataColumn<Row>[], props: TableProps = {}) {
  return (
    <DataTable caption="Scores" columns={columns} rows={rows} rowKey={(r) => r.code} {...props} />
  );
}

export function renderScores(columns: DataColumn<Row>[], props: TableProps = {}) {
  return render(scoresTable(columns, props));
}

export const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
