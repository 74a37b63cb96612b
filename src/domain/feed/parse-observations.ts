/**
 * Observations and technology rows, checked against the ACCEPTED systems, standards and periods.
 * Linear in the number of rows: Map lookups, paths built only for rejected rows.
 */
import type { RowProblem, RowVerdict } from './feed-issues';
import { ObservationSchema, TechnologySchema } from './feed-schema';
import type { Observation, Standard, System, Technology } from './feed-schema';
import { acceptObservationFast } from './fast-observation';
import type { KnownIds } from './fast-observation';
import type { IdRegistry } from './id-registry';
import { PERIOD_REF, STANDARD_REF, SYSTEM_REF, referenceProblem } from './id-registry';
import type { PeriodEntry } from './parse-periods';
import { validityConflict } from './validity-conflict';
import { rowPath, runTable } from './table-run';
import type { TableOutcome } from './table-run';
import { validateRow } from './validate-row';

const OBSERVATIONS = '$.observations';
const TECHNOLOGY = '$.technology';

export interface AcceptedIds {
  systems: IdRegistry<System>;
  standards: IdRegistry<Standard>;
  periods: IdRegistry<PeriodEntry>;
}

/** Remembers the first row for each system x standard x period; returns it for a repeat. */
function createFirstRowIndex(ids: AcceptedIds, rowCount: number) {
  const systems = ids.systems.accepted.size;
  const standards = ids.standards.accepted.size;
  const periods = ids.periods.accepted.size;
  const cells = systems * standards * periods;
  // A flat typed array is far faster than a Map for a million rows; it is used while its size stays
  // in proportion to the feed, and a Map (exact for any size) otherwise.
  if (cells <= 4 * rowCount + 65_536) {
    const firstRow = new Int32Array(cells).fill(-1);
    return (system: number, standard: number, period: number, index: number) => {
      const cell = (system * standards + standard) * periods + period;
      const first = firstRow[cell] ?? -1;
      if (first >= 0) return first;
      firstRow[cell] = index;
      return undefined;
    };
  }
  const firstRow = new Map<string, number>();
  return (system: number, standard: number, period: number, index: number) => {
    const key = `${system},${standard},${period}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, index);
    return first;
  };
}

function referenceProblems(row: Observation, path: string, ids: AcceptedIds): RowProblem[] {
  const noun = 'observation';
  return [
    referenceProblem(ids.systems, row.system, `${path}.system`, SYSTEM_REF, noun),
    referenceProblem(ids.standards, row.standard, `${path}.standard`, STANDARD_REF, noun),
    referenceProblem(ids.periods, row.period, `${path}.period`, PERIOD_REF, noun),
  ].filter((problem) => problem !== undefined);
}

function parseObservation(raw: unknown, index: number, known: KnownIds): RowVerdict<Observation> {
  const fast = acceptObservationFast(raw, known);
  if (fast) return { ok: true, value: fast };
  return validateRow(ObservationSchema, raw, rowPath(OBSERVATIONS, index), 'observation');
}

export function parseObservations(rows: unknown[], ids: AcceptedIds): TableOutcome<Observation> {
  const firstRowFor = createFirstRowIndex(ids, rows.length);
  const known: KnownIds = {
    systems: ids.systems.accepted,
    standards: ids.standards.accepted,
    periods: ids.periods.accepted,
  };
  return runTable('observations', OBSERVATIONS, rows, (raw, index) => {
    const parsed = parseObservation(raw, index, known);
    if (!parsed.ok) return parsed;
    const row = parsed.value;
    const system = ids.systems.accepted.get(row.system);
    const standard = ids.standards.accepted.get(row.standard);
    const period = ids.periods.accepted.get(row.period);
    if (!system || !standard || !period) {
      return { ok: false, problems: referenceProblems(row, rowPath(OBSERVATIONS, index), ids) };
    }
    const conflict = validityConflict(system.value, row.period, period.value.bounds);
    if (conflict) {
      return {
        ok: false,
        problems: [{ path: `${rowPath(OBSERVATIONS, index)}.period`, reason: conflict }],
      };
    }
    const first = firstRowFor(system.ordinal, standard.ordinal, period.ordinal, index);
    if (first === undefined) return parsed;
    const reason = `Duplicate observation for ${row.system} / ${row.standard} / ${row.period}: the first is at ${rowPath(OBSERVATIONS, first)} and is the one kept`;
    return { ok: false, problems: [{ path: rowPath(OBSERVATIONS, index), reason }] };
  });
}

export function parseTechnology(rows: unknown[], ids: AcceptedIds): TableOutcome<Technology> {
  const noun = 'technology row';
  return runTable('technology', TECHNOLOGY, rows, (raw, index) => {
    const path = rowPath(TECHNOLOGY, index);
    const parsed = validateRow(TechnologySchema, raw, path, noun);
    if (!parsed.ok) return parsed;
    const row = parsed.value;
    const system = ids.systems.accepted.get(row.system);
    const period = ids.periods.accepted.get(row.period);
    if (!system || !period) {
      const problems = [
        referenceProblem(ids.systems, row.system, `${path}.system`, SYSTEM_REF, noun),
        referenceProblem(ids.periods, row.period, `${path}.period`, PERIOD_REF, noun),
      ].filter((problem) => problem !== undefined);
      return { ok: false, problems };
    }
    const conflict = validityConflict(system.value, row.period, period.value.bounds);
    return conflict
      ? { ok: false, problems: [{ path: `${path}.period`, reason: conflict }] }
      : parsed;
  });
}
