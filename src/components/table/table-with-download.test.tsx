import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../lib/download';
import { frameTable } from '../frame/frame-table';
import type { DataColumn } from './data-table';
import { TableWithDownload } from './table-with-download';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

interface Row {
  name: string;
  score: number;
}
const rows: Row[] = [
  { name: 'Leeds', score: 61.25 },
  { name: 'York', score: 70 },
];
const columns: DataColumn<Row>[] = [
  { key: 'name', header: 'System', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
  { key: 'score', header: 'Score', numeric: true, cell: (r) => r.score.toFixed(1) },
];
const extra: DataColumn<Row>[] = [...columns, { key: 'n', header: 'N', cell: () => 1 }];

async function downloaded(csvColumns?: DataColumn<Row>[]) {
  render(
    <TableWithDownload
      caption="Scores"
      columns={columns}
      csvColumns={csvColumns}
      rows={rows}
      rowKey={(r) => r.name}
      fileName="scores"
    />,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: 'Download this table (CSV)' }));
  const [fileName, csv] = vi.mocked(downloadText).mock.calls.at(-1) ?? [];
  return {
    fileName,
    lines: (csv ?? '')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n'),
  };
}

describe('TableWithDownload', () => {
  it.each([
    ['the table’s columns', undefined, ['System,Score', 'Leeds,61.3', 'York,70.0']],
    ['columns of its own', extra, ['System,Score,N', 'Leeds,61.3,1', 'York,70.0,1']],
  ])('shows the table and downloads %s', async (_, csvColumns, expected) => {
    const { fileName, lines } = await downloaded(csvColumns);
    expect(screen.getByRole('table', { name: 'Scores' })).toBeInTheDocument();
    expect(fileName).toBe('scores.csv');
    expect(lines).toEqual(expected);
  });
});

describe('frameTable', () => {
  it.each([
    ['the table’s columns', undefined, ['System', 'Score']],
    ['columns of its own', extra, ['System', 'Score', 'N']],
  ])('gives a small-caption table and a CSV from %s', (_, csvColumns, header) => {
    const { csv, table } = frameTable({
      caption: 'Scores',
      columns,
      csvColumns,
      rows,
      rowKey: (r) => r.name,
    });
    expect(csv.header).toEqual(header);
    expect(csv.rows[0]?.slice(0, 2)).toEqual(['Leeds', '61.3']);
    render(<>{table}</>);
    expect(screen.getByText('Scores')).toHaveClass('nhsuk-table__caption--s');
  });
});
