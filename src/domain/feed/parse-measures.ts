/**
 * Measures (contract 1.2): what a national publisher measures, checked against the ACCEPTED
 * standards. The definition must fit the kind, because every measurement is checked against it:
 * a share or a rate divides by something, a count does not, and a share is never scaled.
 */
import type { RowProblem } from './feed-issues';
import { MeasureSchema } from './feed-schema';
import type { Measure, Standard } from './feed-schema';
import type { IdRegistry } from './id-registry';
import { STANDARD_REF, duplicateProblem, rawId, referenceProblem, settle } from './id-registry';
import { rowPath, runTable, unlessDuplicate, verdictOf } from './table-run';
import type { TableOutcome } from './table-run';
import { validateRow } from './validate-row';

const MEASURES = '$.measures';

/** Why a measure's denominator or scale does not fit its kind, or undefined. */
function kindProblems(measure: Measure, path: string): (RowProblem | undefined)[] {
  const divides = measure.kind !== 'count';
  const denominator =
    divides && measure.denominator === undefined
      ? {
          path: `${path}.denominator`,
          reason: `denominator is missing; a ${measure.kind} must say what it divides by`,
        }
      : !divides && measure.denominator !== undefined
        ? {
            path: `${path}.denominator`,
            reason: 'denominator must be left out for a count, which divides by nothing',
          }
        : undefined;
  const scale =
    measure.kind === 'share' && measure.scale !== 1
      ? {
          path: `${path}.scale`,
          reason: `scale must be 1 for a share (a value from 0 to 1), got ${measure.scale}`,
        }
      : undefined;
  return [denominator, scale];
}

export function parseMeasures(
  rows: unknown[],
  standards: IdRegistry<Standard>,
  measures: IdRegistry<Measure>,
): TableOutcome<Measure> {
  return runTable('measures', MEASURES, rows, (raw, index) => {
    const path = rowPath(MEASURES, index);
    const parsed = validateRow(MeasureSchema, raw, path, 'measure');
    const checked = parsed.ok
      ? verdictOf(parsed.value, [
          ...kindProblems(parsed.value, path),
          parsed.value.standardId === undefined
            ? undefined
            : referenceProblem(
                standards,
                parsed.value.standardId,
                `${path}.standardId`,
                STANDARD_REF,
                'measure',
              ),
        ])
      : parsed;
    const verdict = unlessDuplicate(checked, (measure) =>
      duplicateProblem(measures, measure.id, `${path}.id`, 'measure id'),
    );
    return settle(measures, verdict.ok ? verdict.value.id : rawId(raw, 'id'), path, verdict);
  });
}
