/**
 * The mesh's data products (the status board's rows) and the measures of use as API rows, from the
 * same domain functions as /data/products and the measured-use views.
 */
import type { z } from 'zod';
import type { Feed, Measure } from '../../src/domain/feed/feed-schema';
import { groupValue, measureValues, valuesAt } from '../../src/domain/measures/measure-values';
import type { BoardRow } from '../../src/domain/mesh/status-board';
import type {
  MeasureRowSchema,
  MeasureValueRowSchema,
  NationalValueSchema,
  ProductRowSchema,
} from './api-schemas';

type ProductRow = z.infer<typeof ProductRowSchema>;
type MeasureRow = z.infer<typeof MeasureRowSchema>;
type MeasureValueRow = z.infer<typeof MeasureValueRowSchema>;
type NationalValue = z.infer<typeof NationalValueSchema>;

export const measurePath = (id: string) => `/api/v1/measures/${id}`;

export function productRows(board: readonly BoardRow[]): ProductRow[] {
  return board.map(({ report, rows, completeness, tally }) => ({
    id: report.id,
    owner: report.owner,
    url: report.url,
    domain: report.domain,
    state: report.state,
    freshness: report.freshness?.state ?? null,
    latestPeriod: report.freshness?.latest ?? null,
    expectedPeriod: report.freshness?.expected ?? null,
    rowsRead: rows?.read ?? null,
    rowsAccepted: rows?.accepted ?? null,
    rowsRejected: rows?.rejected ?? null,
    completenessPeriod: completeness?.period ?? null,
    completenessShare: completeness?.share ?? null,
    checksPassed: tally.passed,
    checksFailed: tally.failed,
    checksUnjudged: tally.unjudged,
    contractVersion: report.contractVersion,
    publishedAt: report.publishedAt,
  }));
}

export function measureRows(feed: Feed): MeasureRow[] {
  return feed.measures.map((measure) => {
    const values = measureValues(measure, feed.measurements);
    return {
      id: measure.id,
      name: measure.name,
      unit: measure.unit,
      kind: measure.kind,
      numerator: measure.numerator,
      denominator: measure.denominator ?? null,
      scale: measure.scale,
      standardId: measure.standardId ?? null,
      frequency: measure.frequency,
      publisher: measure.publisher,
      sourceUrl: measure.sourceUrl,
      licenceName: measure.licence.name,
      licenceUrl: measure.licence.url ?? null,
      statisticsStatus: measure.statisticsStatus,
      firstPeriod: values.periods[0] ?? null,
      latestPeriod: values.periods.at(-1) ?? null,
      systems: values.bySystem.size,
      valuesPath: measurePath(measure.id),
    };
  });
}

/** Each system's values, period by period as published (months stay months). */
export function measureValueRows(feed: Feed, measure: Measure): MeasureValueRow[] {
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.name]));
  const values = measureValues(measure, feed.measurements);
  return values.periods.flatMap((period) =>
    [...valuesAt(values, period).values()].map((row) => ({
      period,
      system: row.system,
      systemName: names.get(row.system) ?? row.system,
      numerator: row.numerator,
      denominator: row.denominator ?? null,
      value: row.value,
    })),
  );
}

/** The whole area's value per period from the summed parts, never a mean of system rates. */
export function nationalMeasureValues(feed: Feed, measure: Measure): NationalValue[] {
  const values = measureValues(measure, feed.measurements);
  return values.periods.map((period) => ({
    period,
    value: groupValue(measure, [...valuesAt(values, period).values()]),
  }));
}
