/**
 * NHS App Management Information, ICB by month: several monthly editions in, one set of
 * measurements out. The "Unknown" ICB is kept out of the systems' figures but counted and
 * reported, and it is part of the sum reconciled against the national table.
 */
import { formatPeriod } from '../periods/period';
import type { Cell } from './cells';
import { mergeEditions } from './editions';
import type { ImportMeasurement, ImportResult } from './import-types';
import { emptyLog, measurementOf } from './import-types';
import { NHS_APP_MEASURES } from './measures';
import type { IcbRow } from './nhs-app-mi-tables';
import { readTable1, readTable2, UNKNOWN_CODE } from './nhs-app-mi-tables';
import { reconcileMonths } from './reconcile';
import type { ReferenceGeography, SystemMapper } from './system-map';

export interface NhsAppWorkbook {
  file: string;
  table1: readonly (readonly Cell[])[] | null;
  table2: readonly (readonly Cell[])[];
}

export type NhsAppImport =
  | { ok: true; result: ImportResult; editions: Map<string, string> }
  | { ok: false; message: string };

const keyOf = (row: IcbRow) => `${row.code} ${row.month}`;
const same = (a: IcbRow, b: IcbRow) => a.logins === b.logins && a.uniqueUsers === b.uniqueUsers;

export function importNhsAppMi(
  workbooks: readonly NhsAppWorkbook[],
  geography: ReferenceGeography,
  mapSystem: SystemMapper,
): NhsAppImport {
  const log = emptyLog();
  const editions = [];
  const editionOf = new Map<string, string>();
  for (const book of workbooks) {
    const table = readTable2(book.table2, book.file);
    if (!table.ok) return table;
    const months = [...new Set(table.rows.map((row) => row.month))].sort();
    const latest = months.at(-1) ?? '';
    editionOf.set(book.file, formatPeriod(latest));
    log.read.push(
      `${book.file}: ${table.rows.length} ICB rows, ${months.length} months (${months[0]} to ${latest}), ` +
        `${table.notes} source/note rows under the table skipped`,
    );
    log.warnings.push(...table.problems);
    reconcileEdition(book, table.rows, log);
    editions.push({ label: formatPeriod(latest), latest, rows: table.rows });
  }
  const merged = mergeEditions(editions, keyOf, same);
  log.warnings.push(...merged.duplicates);
  for (const revision of merged.revisions) {
    log.reconciled.push(
      `revised in ${revision.edition}: ${revision.key} logins ${revision.from.logins} -> ` +
        `${revision.to.logins}, unique users ${revision.from.uniqueUsers} -> ${revision.to.uniqueUsers}`,
    );
  }
  if (merged.revisions.length === 0 && editions.length > 1) {
    log.reconciled.push(`no revisions between the ${editions.length} editions`);
  }
  const measurements = toMeasurements(merged.rows, geography, mapSystem, log);
  const result = { measures: Object.values(NHS_APP_MEASURES), measurements, observations: [], log };
  return { ok: true, result, editions: editionOf };
}

function reconcileEdition(book: NhsAppWorkbook, rows: readonly IcbRow[], log: ImportResult['log']) {
  if (!book.table1) {
    log.warnings.push(`${book.file}: no Table 1 (national); months not reconciled`);
    return;
  }
  const national = readTable1(book.table1, book.file);
  log.warnings.push(...national.problems);
  for (const month of reconcileMonths(rows, national.byMonth)) {
    const { difference } = month;
    if (!difference) {
      log.warnings.push(`${book.file}: ${month.month} has no national column to reconcile with`);
    } else if (difference.logins === 0 && difference.uniqueUsers === 0) {
      const where = month.mislabelled ? ' (in the Table 1 column headed with another month)' : '';
      log.reconciled.push(`${book.file}: ${month.month} ICBs + Unknown = England${where}`);
    } else {
      log.warnings.push(
        `${book.file}: ${month.month} England minus (ICBs + Unknown): logins ` +
          `${difference.logins}, unique users ${difference.uniqueUsers}`,
      );
    }
  }
}

function toMeasurements(
  rows: readonly IcbRow[],
  geography: ReferenceGeography,
  mapSystem: SystemMapper,
  log: ImportResult['log'],
): ImportMeasurement[] {
  const population = new Map(geography.systems.map((s) => [s.code, s.population]));
  const totals = new Map<
    string,
    { system: string; month: string; logins: number; users: number }
  >();
  for (const row of rows) {
    if (row.code === UNKNOWN_CODE) {
      log.unmapped.push(
        `${row.month} Unknown ICB (unallocated, kept out of every system): ${row.logins} logins, ` +
          `${row.uniqueUsers} unique users`,
      );
      continue;
    }
    const mapping = mapSystem(row.code, row.month);
    if (!mapping.ok) {
      log.unmapped.push(`${row.month} ${row.code}: ${mapping.reason}`);
      continue;
    }
    const key = `${mapping.system} ${row.month}`;
    const total = totals.get(key) ?? {
      system: mapping.system,
      month: row.month,
      logins: 0,
      users: 0,
    };
    total.logins += row.logins;
    total.users += row.uniqueUsers;
    totals.set(key, total);
  }
  const out: ImportMeasurement[] = [];
  for (const { system, month, logins, users } of totals.values()) {
    const key = { system, period: month };
    out.push(measurementOf(NHS_APP_MEASURES.logins, key, logins));
    out.push(measurementOf(NHS_APP_MEASURES.uniqueUsers, key, users));
    out.push(measurementOf(NHS_APP_MEASURES.perThousand, key, users, population.get(system)));
  }
  const systems = new Set([...totals.values()].map((t) => t.system));
  const months = new Set([...totals.values()].map((t) => t.month));
  log.mapped.push(`${systems.size} systems x ${months.size} months (${totals.size} system-months)`);
  return out;
}
