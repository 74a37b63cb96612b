/**
 * Measurements (contract 1.2): one system's value of one measure for one period, checked against
 * the ACCEPTED systems and measures. A value must follow from its own numerator and denominator,
 * so a figure copied from another row or published on another scale is caught at the door.
 */
import { expectedValue, valueAgrees, valueTolerance } from '../measures/measure-value';
import { parsePeriod, periodBounds } from '../periods/period';
import { earliestVintage, readsOnEarliestVintage } from './earliest-vintage';
import type { RowProblem } from './feed-issues';
import { MeasurementSchema } from './feed-schema';
import type { Measure, Measurement, System } from './feed-schema';
import type { IdRegistry, RefKind } from './id-registry';
import { SYSTEM_REF, referenceProblem } from './id-registry';
import { rowPath, runTable, unlessDuplicate, verdictOf } from './table-run';
import type { TableOutcome } from './table-run';
import { validateRow } from './validate-row';
import type { RowContext } from './validate-row';
import { validityConflict } from './validity-conflict';

const MEASUREMENTS = '$.measurements';
const NOUN = 'measurement';
export const MEASURE_REF: RefKind = { noun: 'measure', list: 'measures' };

export interface MeasurementIds {
  systems: IdRegistry<System>;
  measures: IdRegistry<Measure>;
  /** earliestVintage of `systems` when the caller already has it (a mesh's reference, once). */
  earliest?: string | null;
}

const FREQUENCY_WORDS: Record<Measure['frequency'], string> = {
  month: 'a month like 2025-08',
  quarter: 'a quarter like 2025-Q3',
  'financial-year': 'a financial year like 2025/26',
};

/**
 * A malformed period, one of another kind than the measure's, or one outside the system's dates
 * (a period older than the whole geography is read on its earliest vintage: earliest-vintage.ts).
 */
function periodProblem(
  row: Measurement,
  system: System,
  measure: Measure,
  path: string,
  earliest: string | null,
) {
  const period = parsePeriod(row.period);
  const at = `${path}.period`;
  const expected = FREQUENCY_WORDS[measure.frequency];
  if (period === null) {
    return { path: at, reason: `period must be ${expected}, got "${row.period}"` };
  }
  if (period.kind !== measure.frequency) {
    const reason = `period must be ${expected}, because measure "${measure.id}" is published by ${measure.frequency}; got "${row.period}"`;
    return { path: at, reason };
  }
  const bounds = periodBounds(period);
  if (readsOnEarliestVintage(system, bounds, earliest)) return undefined;
  const conflict = validityConflict(system, row.period, bounds);
  return conflict === undefined ? undefined : { path: at, reason: conflict };
}

/** The denominator must fit the measure's kind, a share stays within 1, the value must agree. */
function valueProblems(
  row: Measurement,
  measure: Measure,
  path: string,
): (RowProblem | undefined)[] {
  if (measure.kind !== 'count' && row.denominator === undefined) {
    const reason = `denominator is missing; measure "${measure.id}" is a ${measure.kind}, so each value needs the number it divides by`;
    return [{ path: `${path}.denominator`, reason }];
  }
  if (measure.kind === 'count' && row.denominator !== undefined) {
    const reason = `denominator must be left out: measure "${measure.id}" is a count`;
    return [{ path: `${path}.denominator`, reason }];
  }
  if (measure.kind === 'share' && row.value > 1) {
    return [
      { path: `${path}.value`, reason: `value must be at most 1 for a share, got ${row.value}` },
    ];
  }
  const expected = expectedValue(measure, row.numerator, row.denominator);
  if (valueAgrees(row.value, expected)) return [];
  const formula =
    measure.kind === 'count' ? 'the numerator' : `numerator / denominator × ${measure.scale}`;
  const reason = `value ${row.value} does not agree with ${formula} = ${expected} (tolerance ${valueTolerance(expected, row.value)})`;
  return [{ path: `${path}.value`, reason }];
}

function referenceProblems(row: Measurement, path: string, ids: MeasurementIds) {
  return [
    referenceProblem(ids.systems, row.system, `${path}.system`, SYSTEM_REF, NOUN),
    referenceProblem(ids.measures, row.measure, `${path}.measure`, MEASURE_REF, NOUN),
  ].filter((problem) => problem !== undefined);
}

export function parseMeasurements(
  rows: unknown[],
  ids: MeasurementIds,
  context: RowContext = {},
): TableOutcome<Measurement> {
  // (system, measure, period) -> path of the first accepted row: the first is kept.
  const firstAt = new Map<string, string>();
  const earliest =
    ids.earliest !== undefined
      ? ids.earliest
      : earliestVintage([...ids.systems.accepted.values()].map((s) => s.value));
  return runTable('measurements', MEASUREMENTS, rows, (raw, index) => {
    const path = rowPath(MEASUREMENTS, index);
    const parsed = validateRow(MeasurementSchema, raw, path, NOUN, context);
    if (!parsed.ok) return parsed;
    const row = parsed.value;
    const system = ids.systems.accepted.get(row.system);
    const measure = ids.measures.accepted.get(row.measure);
    if (!system || !measure) return { ok: false, problems: referenceProblems(row, path, ids) };
    const checked = verdictOf(row, [
      periodProblem(row, system.value, measure.value, path, earliest),
      ...valueProblems(row, measure.value, path),
    ]);
    const key = `${row.system}\u0000${row.measure}\u0000${row.period}`;
    const verdict = unlessDuplicate(checked, () => {
      const first = firstAt.get(key);
      if (first === undefined) return undefined;
      const reason = `Duplicate measurement for ${row.system} / ${row.measure} / ${row.period}: the first is at ${first} and is the one kept`;
      return { path, reason };
    });
    if (verdict.ok) firstAt.set(key, path);
    return verdict;
  });
}
