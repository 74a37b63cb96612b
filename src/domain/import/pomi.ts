/**
 * POMI practices rolled up to ICBs: each practice is placed by the practice lookup (practice to
 * STP/ICB code), the code is mapped to a reference system for the month, and each measure's
 * numerators and denominators are summed before dividing. Practices the lookup does not know,
 * or without figures, are counted and listed.
 */
import type { Cell } from './cells';
import { cellText } from './cells';
import type { ColumnSpec } from './header-match';
import { findHeaderRow } from './header-match';
import type { ImportMeasure, ImportMeasurement, ImportResult } from './import-types';
import { emptyLog, measurementOf } from './import-types';
import { POMI_MEASURES } from './measures';
import type { PracticeFigures } from './pomi-layouts';
import { readPomi } from './pomi-layouts';
import { mergePomiFiles } from './pomi-revisions';
import { rollUp } from './roll-up';
import type { SystemMapper } from './system-map';

type LookupKey = 'practice' | 'icb';
const LOOKUP: ColumnSpec<LookupKey>[] = [
  { key: 'practice', names: ['practice code'] },
  { key: 'icb', names: ['stp code', 'icb code'] },
];

export function readPracticeLookup(rows: readonly (readonly Cell[])[], file: string) {
  const header = findHeaderRow(rows, LOOKUP, file);
  if (!header.ok) return header;
  const at = header.columns as Record<LookupKey, number>;
  const lookup = new Map<string, string>();
  for (const row of rows.slice(header.row + 1)) {
    const practice = cellText(row[at.practice] ?? null).toUpperCase();
    const icb = cellText(row[at.icb] ?? null).toUpperCase();
    if (practice && icb) lookup.set(practice, icb);
  }
  return { ok: true as const, lookup };
}

const listed = (codes: readonly string[], max = 12) =>
  codes.slice(0, max).join(', ') + (codes.length > max ? `, and ${codes.length - max} more` : '');

function placePractices(
  practices: readonly PracticeFigures[],
  lookup: ReadonlyMap<string, string>,
  mapSystem: SystemMapper,
  log: ImportResult['log'],
) {
  const notInLookup: string[] = [];
  const noFigures: string[] = [];
  const placed: (PracticeFigures & { system: string })[] = [];
  const reasons = new Map<string, number>();
  for (const practice of practices) {
    if (practice.month === 'unknown' || [...practice.figures.values()].every((f) => f === null)) {
      noFigures.push(practice.practice);
      continue;
    }
    const icb = lookup.get(practice.practice);
    if (!icb) {
      notInLookup.push(practice.practice);
      continue;
    }
    const mapping = mapSystem(icb, practice.month);
    if (mapping.ok) placed.push({ ...practice, system: mapping.system });
    else {
      const reason = `${practice.month} ${icb}: ${mapping.reason}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  for (const [reason, count] of reasons) log.unmapped.push(`${count} practices at ${reason}`);
  if (notInLookup.length > 0) {
    log.unmapped.push(`${notInLookup.length} practices not in the lookup: ${listed(notInLookup)}`);
  }
  if (noFigures.length > 0) {
    log.unmapped.push(
      `${noFigures.length} practices without POMI figures (NA, NULL, NK): ${listed(noFigures)}`,
    );
  }
  return placed;
}

export function importPomi(
  files: readonly { file: string; rows: readonly (readonly Cell[])[] }[],
  lookupRows: readonly (readonly Cell[])[],
  lookupFile: string,
  mapSystem: SystemMapper,
):
  | { ok: true; result: ImportResult; editions: Map<string, string> }
  | { ok: false; message: string } {
  const lookup = readPracticeLookup(lookupRows, lookupFile);
  if (!lookup.ok) return lookup;
  const log = emptyLog();
  log.read.push(`${lookupFile}: ${lookup.lookup.size} practices in the lookup`);
  const editions = new Map<string, string>();
  const read: { file: string; practices: PracticeFigures[] }[] = [];
  for (const { file, rows } of files) {
    const layout = readPomi(rows, file);
    if (!layout.ok) return layout;
    const months = [...new Set(layout.practices.map((p) => p.month))].filter(
      (m) => m !== 'unknown',
    );
    editions.set(file, months.sort().join(', '));
    log.read.push(
      `${file}: ${layout.layout} layout, ${layout.practices.length} practices, months ${months.join(', ')}`,
    );
    read.push({ file, practices: layout.practices });
  }
  const practices = mergePomiFiles(read, log);
  const placed = placePractices(practices, lookup.lookup, mapSystem, log);
  const measures = Object.values(POMI_MEASURES).filter((m) =>
    placed.some((p) => p.figures.has(m.id)),
  );
  const measurements = measures.flatMap((measure) => measureRows(measure, placed));
  const systems = new Set(measurements.map((m) => m.system));
  log.mapped.push(
    `${placed.length} practices into ${systems.size} systems; ${measurements.length} measurements`,
  );
  return { ok: true, result: { measures, measurements, observations: [], log }, editions };
}

function measureRows(
  measure: ImportMeasure,
  placed: readonly (PracticeFigures & { system: string })[],
) {
  const totals = rollUp(
    placed,
    (p) => `${p.system} ${p.month}`,
    (p) => p.figures.get(measure.id) ?? null,
  );
  const rows: ImportMeasurement[] = [];
  for (const [key, tally] of totals) {
    const [system, period] = key.split(' ') as [string, string];
    rows.push(measurementOf(measure, { system, period }, tally.numerator, tally.denominator));
  }
  return rows;
}
