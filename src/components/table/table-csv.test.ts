import { describe, expect, it } from 'vitest';
import { formatFixed, formatPercent } from '../../domain/format/format-number';
import type { DataColumn } from './data-table';
import { shownDecimals, tableCsv } from './table-csv';

describe('shownDecimals', () => {
  it.each([
    ['18.5', 1],
    ['63', 0],
    ['\u22120.42', 2],
    ['2,518,617', 0],
    ['64%', 0],
    ['12.5 points', 1],
    ['18.5 (July to September 2026)', null],
    ['Not known', null],
  ])('%s has %s', (text, decimals) => {
    expect(shownDecimals(text)).toBe(decimals);
  });
});

describe('tableCsv rounds numeric columns as their cells show them (issue 17, item 15)', () => {
  interface Row {
    score: number;
    share: number;
    gap: number | null;
  }
  const columns: DataColumn<Row>[] = [
    {
      key: 'score',
      header: 'Score',
      numeric: true,
      cell: (r) => formatFixed(r.score, 1),
      sortValue: (r) => r.score,
    },
    {
      key: 'share',
      header: 'Share',
      numeric: true,
      cell: (r) => formatPercent(r.share),
      sortValue: (r) => r.share,
    },
    {
      key: 'gap',
      header: 'Gap',
      numeric: true,
      cell: (r) => (r.gap === null ? '–' : formatFixed(r.gap, 2)),
      sortValue: (r) => r.gap,
    },
  ];

  it('writes 62.7, not 62.671532352499995', () => {
    const csv = tableCsv(columns, [{ score: 62.671532352499995, share: 0.571428, gap: null }]);
    // 62.67... to 1 place = 62.7; 0.571428 shown as 57% keeps 2 places = 0.57; no gap = empty.
    expect(csv.rows).toEqual([[62.7, 0.57, null]]);
  });

  it('keeps a column’s own csv', () => {
    const own: DataColumn<Row> = { ...columns[0]!, csv: (r) => r.score };
    expect(tableCsv([own], [{ score: 1.23456, share: 0, gap: 0 }]).rows).toEqual([[1.23456]]);
  });
});
