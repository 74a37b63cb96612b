import { describe, expect, it } from 'vitest';
import { numberColumn, periodColumn, scoreColumn, textColumn } from './value-columns';

interface Row {
  name: string;
  period: string;
  count: number | null;
}
const row: Row = { name: 'Leeds', period: '2024-Q1', count: 12.5 };
const empty: Row = { name: 'York', period: '2024-Q1', count: null };
const fmt = (v: number | null | undefined) => (v == null ? '–' : v.toFixed(1));

describe('numberColumn', () => {
  const column = numberColumn<Row>('count', 'Count', (r) => r.count, fmt);
  it.each([
    [row, '12.5', 12.5],
    [empty, '–', null],
  ])('shows and sorts %# by the same value', (r, cell, sort) => {
    expect(column.cell(r)).toBe(cell);
    expect(column.sortValue?.(r)).toBe(sort);
  });
  it('is numeric, and has a csv only when given one', () => {
    expect(column).toMatchObject({ key: 'count', header: 'Count', numeric: true });
    expect(column.csv).toBeUndefined();
    const withCsv = numberColumn<Row>('count', 'Count', (r) => r.count, fmt, { csv: () => 'x' });
    expect(withCsv.csv?.(row)).toBe('x');
  });
  it('passes a never-empty value to a formatter of plain numbers', () => {
    const people = numberColumn<{ n: number }, number>(
      'n',
      'N',
      (r) => r.n,
      (v) => v.toFixed(0),
    );
    expect(people.cell({ n: 1234.4 })).toBe('1234');
  });
});

describe('textColumn', () => {
  it.each([
    [{}, undefined],
    [{ rowHeader: true }, true],
  ])('with options %o has rowHeader %s', (options, rowHeader) => {
    const column = textColumn<Row>('name', 'Name', (r) => r.name, options);
    expect(column.rowHeader).toBe(rowHeader);
    expect(column.cell(row)).toBe('Leeds');
    expect(column.sortValue?.(row)).toBe('Leeds');
  });
});

describe('periodColumn', () => {
  it('labels the period, sorts by its id, and heads the row', () => {
    const column = periodColumn<Row>((r) => r.period);
    expect(column).toMatchObject({ key: 'period', header: 'Quarter', rowHeader: true });
    expect(column.sortValue?.(row)).toBe('2024-Q1');
    expect(column.cell(row)).toBe('January to March 2024');
    expect(periodColumn<Row>((r) => r.period, 'Month').header).toBe('Month');
  });
});

describe('scoreColumn', () => {
  const column = scoreColumn<Row>('count', 'Score', (r) => r.count);
  // 12.5 shows whole (rounded half away from zero: 13) and downloads to one decimal.
  it.each([
    [row, '13', 12.5, 12.5],
    [empty, 'No data', null, null],
  ])('shows, sorts and downloads %#', (r, cell, sort, csv) => {
    expect(column.cell(r)).toBe(cell);
    expect(column.sortValue?.(r)).toBe(sort);
    expect(column.csv?.(r)).toBe(csv);
  });
  it('says what is missing in its own words when asked', () => {
    expect(scoreColumn<Row>('c', 'C', (r) => r.count, 'Not reported').cell(empty)).toBe(
      'Not reported',
    );
  });
});
