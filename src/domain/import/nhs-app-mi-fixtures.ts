/**
 * Tables in the NHS App MI workbook layout (title rows, footnote markers, the Unknown row,
 * "Source" and notes under the table), with our own numbers. Months are Excel date serials as in
 * the publisher's cells: 45839 = 2025-07-01, 45870 = 2025-08-01.
 */
import type { Cell } from './cells';

export const JULY = 45839;
export const AUGUST = 45870;

export const HEADER = [
  'Month',
  'ICB ODS Code [1,2]',
  'ICB Name [1,2]',
  'NHSE Region ODS Code [1,2]',
  'NHSE Region Name [1,2]',
  'NHS App logins',
  'NHS App unique user logins',
];

const row = (month: number, code: string, logins: number, users: number): Cell[] => [
  month,
  code,
  code === 'Unknown' ? 'Unknown' : `ICB ${code}`,
  'Y63',
  'North East and Yorkshire',
  logins,
  users,
];

export function table2(rows: Cell[][]): Cell[][] {
  return [
    ['Return to Title Sheet'],
    ['Table 2: ICB level NHS App usage and registration statistics'],
    HEADER,
    ...rows,
    ['Source: NHS England'],
    ['Notes:', '  1   Usage that cannot be mapped to an ICB is under "Unknown".'],
    [null, '  2   Geography is correct at the time of publication'],
  ];
}

export function table1(months: number[], logins: number[], users: number[]): Cell[][] {
  return [
    ['Return to Title Sheet'],
    ['Table 1: National Summary'],
    [null, null, ...months],
    ['Usage', 'NHS App logins', ...logins],
    ['Individual Usage', 'NHS App unique user logins', ...users],
    ['Source: NHS England'],
  ];
}

export const JULY_ROWS = [
  row(JULY, 'QHM', 1000, 300),
  row(JULY, 'QE1', 500, 200),
  row(JULY, 'Unknown', 10, 5),
];
export const AUGUST_ROWS = [
  row(AUGUST, 'QHM', 1200, 330),
  row(AUGUST, 'QE1', 600, 240),
  row(AUGUST, 'Unknown', 20, 6),
];
export { row as icbRow };
