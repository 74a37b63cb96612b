/**
 * The two POMI practice-level layouts, read into one shape. The indicator portal's long layout
 * (2015-2017: one row per practice, one file per online service, `NULL` and "NK" for unknown) and
 * the one-row-per-practice layout with POMI's field names as columns (any letter case).
 */
import type { Cell } from './cells';
import { cellCount, cellMonth, cellText, isBlankRow } from './cells';
import type { ColumnSpec } from './header-match';
import { findHeaderRow } from './header-match';
import { POMI_MEASURES } from './measures';

export interface PracticeFigures {
  practice: string;
  month: string;
  /** Per measure id: the practice's numerator and denominator, or null when not reported. */
  figures: Map<string, { numerator: number; denominator: number } | null>;
}

type PortalKey = 'practice' | 'periodEnd' | 'patients' | 'systemEnabled' | 'enabled';
const PORTAL: ColumnSpec<PortalKey>[] = [
  { key: 'practice', names: ['gppracticecode', 'gp practice code'] },
  { key: 'periodEnd', names: ['periodend', 'period end'] },
  { key: 'patients', names: ['nopatients', 'no patients'] },
  { key: 'systemEnabled', names: ['systemenabled', 'system enabled'] },
  { key: 'enabled', names: ['patientsenabled', 'patients enabled'] },
];

type WideKey = 'practice' | 'periodEnd' | 'listSize' | 'any' | 'appts' | 'presc' | 'record';
const WIDE: ColumnSpec<WideKey>[] = [
  { key: 'practice', names: ['practice code'] },
  { key: 'periodEnd', names: ['report period end', 'pomi report period end'] },
  { key: 'listSize', names: ['patient list size'] },
  { key: 'any', names: ['total pat enbld'] },
  { key: 'appts', names: ['pat appts enbld'], optional: true },
  { key: 'presc', names: ['pat presc enbld'], optional: true },
  { key: 'record', names: ['pat det code rec enbld', 'pat detcoderec enbld'], optional: true },
];

const ENABLED = 'system functionality enabled by practice';

export type PomiLayout =
  | { ok: true; layout: 'indicator-portal' | 'practice-wide'; practices: PracticeFigures[] }
  | { ok: false; message: string };

function share(numerator: number | null, denominator: number | null) {
  return numerator === null || denominator === null || denominator <= 0
    ? null
    : { numerator, denominator };
}

function readPortal(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  at: Record<PortalKey, number>,
) {
  return rows.slice(headerRow + 1).flatMap((row): PracticeFigures[] => {
    const month = cellMonth(row[at.periodEnd] ?? null);
    const practice = cellText(row[at.practice] ?? null).toUpperCase();
    if (isBlankRow(row) || !month || !practice) return [];
    const status = cellText(row[at.systemEnabled] ?? null).toLowerCase();
    const known = status !== '' && !status.includes('unknown') && status !== 'null';
    const patients = cellCount(row[at.patients] ?? null);
    const figures = new Map([
      [POMI_MEASURES.portalPatients.id, share(cellCount(row[at.enabled] ?? null), patients)],
      [
        POMI_MEASURES.portalPractices.id,
        known ? { numerator: status === ENABLED ? 1 : 0, denominator: 1 } : null,
      ],
    ]);
    return [{ practice, month, figures }];
  });
}

function readWide(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  at: Record<WideKey, number | undefined>,
) {
  const fields: [WideKey, string][] = [
    ['any', POMI_MEASURES.anyService.id],
    ['appts', POMI_MEASURES.appointments.id],
    ['presc', POMI_MEASURES.prescriptions.id],
    ['record', POMI_MEASURES.records.id],
  ];
  const present = fields.filter(([key]) => at[key] !== undefined);
  return rows.slice(headerRow + 1).flatMap((row): PracticeFigures[] => {
    const practice = cellText(row[at.practice!] ?? null).toUpperCase();
    if (isBlankRow(row) || !practice) return [];
    const month = cellMonth(row[at.periodEnd!] ?? null) ?? 'unknown';
    const listSize = cellCount(row[at.listSize!] ?? null);
    const figures = new Map(
      present.map(([key, id]) => [id, share(cellCount(row[at[key]!] ?? null), listSize)]),
    );
    return [{ practice, month, figures }];
  });
}

/** The layout is told by its headers; neither matching is an error quoting both expectations. */
export function readPomi(rows: readonly (readonly Cell[])[], file: string): PomiLayout {
  const portal = findHeaderRow(rows, PORTAL, `${file} (indicator portal layout)`);
  if (portal.ok) {
    const at = portal.columns as Record<PortalKey, number>;
    return { ok: true, layout: 'indicator-portal', practices: readPortal(rows, portal.row, at) };
  }
  const wide = findHeaderRow(rows, WIDE, `${file} (practice layout)`);
  if (wide.ok)
    return { ok: true, layout: 'practice-wide', practices: readWide(rows, wide.row, wide.columns) };
  return { ok: false, message: `${portal.message}\n${wide.message}` };
}
