/** The period list: well-formed quarters, each once, in ascending order. */
import { quarterBounds } from '../periods/quarter';
import type { QuarterBounds } from '../periods/quarter';
import type { RowVerdict } from './feed-issues';
import { PeriodIdSchema } from './feed-schema';
import type { PeriodId } from './feed-schema';
import type { IdRegistry } from './id-registry';
import { duplicateProblem, settle } from './id-registry';
import { rowPath, runTable } from './table-run';
import type { TableOutcome } from './table-run';
import { validateRow } from './validate-row';

const PERIODS = '$.periods';

export interface PeriodEntry {
  id: PeriodId;
  bounds: QuarterBounds;
}

function judgePeriod(
  raw: unknown,
  path: string,
  latest: PeriodId | undefined,
  periods: IdRegistry<PeriodEntry>,
): RowVerdict<PeriodEntry> {
  const parsed = validateRow(PeriodIdSchema, raw, path, 'period');
  if (!parsed.ok) return parsed;
  const id = parsed.value;
  const duplicate = duplicateProblem(periods, id, path, 'period');
  if (duplicate) return { ok: false, problems: [duplicate] };
  if (latest !== undefined && id < latest) {
    const reason = `Periods must be listed in ascending order: ${id} comes after ${latest}`;
    return { ok: false, problems: [{ path, reason }] };
  }
  const bounds = quarterBounds(id);
  if (bounds) return { ok: true, value: { id, bounds } };
  return { ok: false, problems: [{ path, reason: `${id} is not a calendar quarter` }] };
}

export function parsePeriods(
  rows: unknown[],
  periods: IdRegistry<PeriodEntry>,
): TableOutcome<PeriodId> {
  let latest: PeriodId | undefined;
  const outcome = runTable('periods', PERIODS, rows, (raw, index) => {
    const path = rowPath(PERIODS, index);
    const verdict = judgePeriod(raw, path, latest, periods);
    if (verdict.ok) latest = verdict.value.id;
    // A duplicate's id belongs to the accepted first; settle leaves that entry alone.
    return settle(periods, typeof raw === 'string' ? raw.trim() : undefined, path, verdict);
  });
  return { ...outcome, values: outcome.values.map((entry) => entry.id) };
}
