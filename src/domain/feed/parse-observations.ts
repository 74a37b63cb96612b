/**
 * Observations and technology rows, checked against the ACCEPTED systems, standards and periods.
 * Linear in the number of rows: Map lookups, paths built only for rejected rows.
 */
import { createFirstRowIndex, createOrdinalLookup, createValidityGrid } from './accepted-grid';
import type { AcceptedIds, FirstRowIndex } from './accepted-grid';
import { plainObservation } from './fast-observation';
import { plainTechnology } from './fast-technology';
import type { RowProblem } from './feed-issues';
import { ObservationSchema, TechnologySchema } from './feed-schema';
import type { Observation, Technology } from './feed-schema';
import { PERIOD_REF, STANDARD_REF, SYSTEM_REF, referenceProblem } from './id-registry';
import { validityConflict } from './validity-conflict';
import { rowPath, runTable } from './table-run';
import type { RowJudge, RowShortcut, TableOutcome } from './table-run';
import { validateRow } from './validate-row';
import type { RowContext } from './validate-row';

export type { AcceptedIds } from './accepted-grid';

const OBSERVATIONS = '$.observations';
const TECHNOLOGY = '$.technology';

function referenceProblems(row: Observation, path: string, ids: AcceptedIds): RowProblem[] {
  const noun = 'observation';
  return [
    referenceProblem(ids.systems, row.system, `${path}.system`, SYSTEM_REF, noun),
    referenceProblem(ids.standards, row.standard, `${path}.standard`, STANDARD_REF, noun),
    referenceProblem(ids.periods, row.period, `${path}.period`, PERIOD_REF, noun),
  ].filter((problem) => problem !== undefined);
}

/**
 * Accepts a plainly valid row naming known ids, inside its system's dates and first in its cell,
 * with integer reads only; any other row goes to the judge below, which words the problem.
 */
function observationShortcut(ids: AcceptedIds, firstRowFor: FirstRowIndex) {
  const systemOf = createOrdinalLookup(ids.systems);
  const standardOf = createOrdinalLookup(ids.standards);
  const periodOf = createOrdinalLookup(ids.periods);
  const valid = ids.validity ?? createValidityGrid(ids);
  const periodCount = ids.periods.accepted.size;
  const shortcut: RowShortcut<Observation> = (raw, index) => {
    const row = plainObservation(raw);
    if (row === undefined) return undefined;
    const system = systemOf(row.system);
    const standard = standardOf(row.standard);
    const period = periodOf(row.period);
    if (system < 0 || standard < 0 || period < 0) return undefined;
    if (valid[system * periodCount + period] !== 1) return undefined;
    return firstRowFor(system, standard, period, index) === undefined ? row : undefined;
  };
  return shortcut;
}

export function parseObservations(
  rows: unknown[],
  ids: AcceptedIds,
  context: RowContext = {},
): TableOutcome<Observation> {
  const firstRowFor = createFirstRowIndex(ids, rows.length);
  const shortcut = observationShortcut(ids, firstRowFor);
  const judge: RowJudge<Observation> = (raw, index) => {
    const path = rowPath(OBSERVATIONS, index);
    const parsed = validateRow(ObservationSchema, raw, path, 'observation', context);
    if (!parsed.ok) return parsed;
    const row = parsed.value;
    const system = ids.systems.accepted.get(row.system);
    const standard = ids.standards.accepted.get(row.standard);
    const period = ids.periods.accepted.get(row.period);
    if (!system || !standard || !period) {
      return { ok: false, problems: referenceProblems(row, path, ids) };
    }
    const conflict = validityConflict(system.value, row.period, period.value.bounds);
    if (conflict) {
      return {
        ok: false,
        problems: [{ path: `${path}.period`, reason: conflict }],
      };
    }
    const first = firstRowFor(system.ordinal, standard.ordinal, period.ordinal, index);
    if (first === undefined) return parsed;
    const reason = `Duplicate observation for ${row.system} / ${row.standard} / ${row.period}: the first is at ${rowPath(OBSERVATIONS, first)} and is the one kept`;
    return { ok: false, problems: [{ path, reason }] };
  };
  return runTable('observations', OBSERVATIONS, rows, judge, shortcut);
}

/** As for observations: a plainly valid row for a known system and in-date period, else undefined. */
function technologyShortcut(ids: AcceptedIds) {
  const systemOf = createOrdinalLookup(ids.systems);
  const periodOf = createOrdinalLookup(ids.periods);
  const valid = ids.validity ?? createValidityGrid(ids);
  const periodCount = ids.periods.accepted.size;
  const shortcut: RowShortcut<Technology> = (raw) => {
    const row = plainTechnology(raw);
    if (row === undefined) return undefined;
    const system = systemOf(row.system);
    const period = periodOf(row.period);
    if (system < 0 || period < 0) return undefined;
    return valid[system * periodCount + period] === 1 ? row : undefined;
  };
  return shortcut;
}

export function parseTechnology(
  rows: unknown[],
  ids: AcceptedIds,
  context: RowContext = {},
): TableOutcome<Technology> {
  const noun = 'technology row';
  const judge: RowJudge<Technology> = (raw, index) => {
    const path = rowPath(TECHNOLOGY, index);
    const parsed = validateRow(TechnologySchema, raw, path, noun, context);
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
  };
  return runTable('technology', TECHNOLOGY, rows, judge, technologyShortcut(ids));
}
