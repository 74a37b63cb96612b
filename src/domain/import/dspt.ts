/**
 * Data Security and Protection Toolkit status per organisation, counted per ICB: the share of
 * organisations with a published status whose assessment met or exceeded the standard, for the
 * assessment's financial year. Organisations without an ICB (commissioning support units) and
 * statuses not published are listed, never counted silently.
 */
import type { Cell } from './cells';
import { cellText } from './cells';
import type { ColumnSpec } from './header-match';
import { findHeaderRow } from './header-match';
import type { ImportMeasurement, ImportObservation, ImportResult } from './import-types';
import { emptyLog, measurementOf } from './import-types';
import { DSPT_MEASURE } from './measures';
import { rollUp } from './roll-up';
import type { SystemMapper, SystemMapping } from './system-map';

type Key = 'code' | 'icbOns' | 'icbOds' | 'icbOdsTrust' | 'status' | 'shortStatus';
const COLUMNS: ColumnSpec<Key>[] = [
  { key: 'code', names: ['code', 'organisation code'] },
  { key: 'icbOns', names: ['stp20cd', 'icb code', 'icb ons code'], optional: true },
  { key: 'icbOds', names: ['stp20cdh', 'icb ods code'], optional: true },
  { key: 'icbOdsTrust', names: ['stpcdh'], optional: true },
  { key: 'status', names: ['final.status', 'latest.status', 'status'] },
  { key: 'shortStatus', names: ['short.status'], optional: true },
];

interface Assessment {
  code: string;
  /** The row's STP/ICB codes in the order tried: ONS, then ODS, then the trust's ODS. */
  icbs: string[];
  year: string;
  met: boolean;
}

/** "20/21 Standards Met" -> 2020/21; the toolkit prefixes each status with its year. */
function assessmentYear(status: string): string | null {
  const match = /^(\d{2})\/(\d{2})\b/.exec(status);
  return match ? `20${match[1]}/${match[2]}` : null;
}

function readAssessment(
  row: readonly Cell[],
  at: Record<Key, number | undefined>,
  log: ImportResult['log'],
) {
  const text = (key: Key) => (at[key] === undefined ? '' : cellText(row[at[key]] ?? null));
  const code = text('code');
  const status = text('status');
  const year = assessmentYear(status);
  if (!year || !/standards|not met/i.test(status)) {
    log.unmapped.push(`${code}: status "${status || 'blank'}" is not a published assessment`);
    return null;
  }
  const icbs = [text('icbOns'), text('icbOds'), text('icbOdsTrust')].filter((c) => c !== '');
  if (icbs.length === 0) {
    log.unmapped.push(`${code}: no ICB (STP) code in the file`);
    return null;
  }
  const met = /standards (met|exceeded)/i.test(text('shortStatus') || status);
  return { code, icbs, year, met } satisfies Assessment;
}

/**
 * The quarter a year's assessments are shown in: the toolkit's deadline is 30 June after the
 * financial year ends, so 2023/24 appears in 2024-Q2, when the status is first published.
 */
export function dsptQuarter(year: string): string {
  return `${Number(year.slice(0, 4)) + 1}-Q2`;
}

/** The first of the row's codes that maps (tried lazily, so each row counts once); else the first code's reason. */
function mapFirst(mapSystem: SystemMapper, assessment: Assessment): SystemMapping {
  let first: SystemMapping | undefined;
  for (const icb of assessment.icbs) {
    const mapping = mapSystem(icb, assessment.year);
    if (mapping.ok) return mapping;
    first ??= mapping;
  }
  return first!;
}

export function importDspt(
  rows: readonly (readonly Cell[])[],
  file: string,
  mapSystem: SystemMapper,
  quarters: readonly string[],
): { ok: true; result: ImportResult } | { ok: false; message: string } {
  const header = findHeaderRow(rows, COLUMNS, file);
  if (!header.ok) return header;
  const log = emptyLog();
  const assessments: (Assessment & { system: string })[] = [];
  const reasons = new Map<string, string[]>();
  rows.slice(header.row + 1).forEach((row) => {
    if (row.every((cell) => cellText(cell) === '')) return;
    const assessment = readAssessment(row, header.columns, log);
    if (!assessment) return;
    const mapping = mapFirst(mapSystem, assessment);
    if (mapping.ok) assessments.push({ ...assessment, system: mapping.system });
    else {
      const reason = `${assessment.year} ${assessment.icbs[0]}: ${mapping.reason}`;
      reasons.set(reason, [...(reasons.get(reason) ?? []), assessment.code]);
    }
  });
  for (const [reason, codes] of reasons) {
    log.unmapped.push(`${codes.length} organisations at ${reason} (${codes.join(', ')})`);
  }
  log.read.push(`${file}: ${rows.length - header.row - 1} organisation rows`);
  const totals = rollUp(
    assessments,
    (a) => `${a.system} ${a.year}`,
    (a) => ({ numerator: a.met ? 1 : 0, denominator: 1 }),
  );
  const measurements: ImportMeasurement[] = [];
  const observations: ImportObservation[] = [];
  for (const [key, tally] of totals) {
    const [system, year] = key.split(' ') as [string, string];
    measurements.push(
      measurementOf(DSPT_MEASURE, { system, period: year }, tally.numerator, tally.denominator),
    );
    const quarter = dsptQuarter(year);
    if (!quarters.includes(quarter)) continue;
    const coverage = tally.numerator / tally.denominator;
    const status = coverage === 1 ? 'live' : coverage > 0 ? 'partial' : 'not-started';
    const note = `${tally.numerator} of ${tally.denominator} organisations met the DSPT standard in ${year}`;
    observations.push({ system, standard: 'dspt', period: quarter, status, coverage, note });
  }
  const years = [...new Set(assessments.map((a) => a.year))].sort();
  log.mapped.push(
    `${assessments.length} organisations in ${totals.size} system-years (${years.join(', ') || 'none'})`,
  );
  for (const year of years) {
    if (!quarters.includes(dsptQuarter(year))) {
      log.warnings.push(
        `${year}: the reference has no quarter ${dsptQuarter(year)}; measure only, no dspt observations`,
      );
    }
  }
  return { ok: true, result: { measures: [DSPT_MEASURE], measurements, observations, log } };
}
