/**
 * Reading the two tables of an NHS App Management Information workbook: Table 2 (ICB by month,
 * long) and Table 1 (national, one column per month). Titles above, and the "Source" and notes
 * rows under each table, are not data: a row is data when its month cell is a date.
 */
import type { Cell } from './cells';
import { cellCount, cellMonth, cellText, isBlankRow } from './cells';
import type { ColumnSpec } from './header-match';
import { findHeaderRow, normaliseHeader } from './header-match';

export interface UsageFigures {
  logins: number;
  uniqueUsers: number;
}

export interface IcbRow extends UsageFigures {
  month: string;
  code: string;
}

export const UNKNOWN_CODE = 'UNKNOWN';

type Table2Key = 'month' | 'code' | 'name' | 'logins' | 'uniqueUsers';
const TABLE_2: ColumnSpec<Table2Key>[] = [
  { key: 'month', names: ['month'] },
  { key: 'code', names: ['icb ods code', 'icb code'] },
  { key: 'name', names: ['icb name'], optional: true },
  { key: 'logins', names: ['nhs app logins', 'latestlogins'] },
  { key: 'uniqueUsers', names: ['nhs app unique user logins', 'latestuniquelogins'] },
];

export type Table2 =
  { ok: true; rows: IcbRow[]; notes: number; problems: string[] } | { ok: false; message: string };

export function readTable2(rows: readonly (readonly Cell[])[], where: string): Table2 {
  const header = findHeaderRow(rows, TABLE_2, `${where} Table 2`);
  if (!header.ok) return header;
  const at = header.columns as Record<Table2Key, number>;
  const out: IcbRow[] = [];
  const problems: string[] = [];
  let notes = 0;
  rows.slice(header.row + 1).forEach((row, offset) => {
    if (isBlankRow(row)) return;
    const line = header.row + offset + 2;
    const month = cellMonth(row[at.month] ?? null);
    const code = cellText(row[at.code] ?? null).toUpperCase();
    if (!month || code === '') {
      notes += 1; // "Source: NHS England", "Notes: 1 ...", copyright lines
      return;
    }
    const logins = cellCount(row[at.logins] ?? null);
    const uniqueUsers = cellCount(row[at.uniqueUsers] ?? null);
    if (logins === null || uniqueUsers === null) {
      problems.push(`${where} Table 2 row ${line}: ${code} ${month} has no figure; left out`);
      return;
    }
    out.push({ month, code, logins, uniqueUsers });
  });
  return { ok: true, rows: out, notes, problems };
}

export interface NationalTable {
  /** Every column's figures by the month its header names; two columns may name one month. */
  byMonth: Map<string, UsageFigures[]>;
  problems: string[];
}

function labelledRow(rows: readonly (readonly Cell[])[], label: string): number {
  return rows.findIndex((row) => row.some((cell) => normaliseHeader(cell) === label));
}

/** Table 1: the month header is the nearest row above the logins row that holds dates. */
export function readTable1(rows: readonly (readonly Cell[])[], where: string): NationalTable {
  const loginsAt = labelledRow(rows, 'nhs app logins');
  const usersAt = labelledRow(rows, 'nhs app unique user logins');
  const byMonth = new Map<string, UsageFigures[]>();
  if (loginsAt < 0 || usersAt < 0) {
    return { byMonth, problems: [`${where} Table 1: no "NHS App logins" rows; not reconciled`] };
  }
  let headerAt = loginsAt - 1;
  while (headerAt >= 0 && !rows[headerAt]!.some((cell) => cellMonth(cell) !== null)) headerAt -= 1;
  const problems: string[] = [];
  rows[headerAt]?.forEach((cell, column) => {
    const month = cellMonth(cell);
    const logins = cellCount(rows[loginsAt]![column] ?? null);
    const uniqueUsers = cellCount(rows[usersAt]![column] ?? null);
    if (!month || logins === null || uniqueUsers === null) return;
    const seen = byMonth.get(month) ?? [];
    if (seen.length > 0) {
      problems.push(`${where} Table 1: two columns are headed ${month} (a mislabelled month)`);
    }
    byMonth.set(month, [...seen, { logins, uniqueUsers }]);
  });
  return { byMonth, problems };
}
