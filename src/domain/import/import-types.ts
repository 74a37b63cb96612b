/**
 * The rows an importer writes are contract 1.2's own rows: their types come from the contract's
 * zod schemas (z.infer), so an importer cannot drift from what feed:check accepts.
 */
import type { z } from 'zod';
import type { MeasureSchema, MeasurementSchema, ObservationSchema } from '../feed/feed-schema';

export type ImportMeasure = z.infer<typeof MeasureSchema>;
export type ImportMeasurement = z.infer<typeof MeasurementSchema>;
export type ImportObservation = z.infer<typeof ObservationSchema>;

/** What an importer tells the analyst besides the rows: each line is one fact, in words. */
export interface ImportLog {
  read: string[];
  mapped: string[];
  unmapped: string[];
  reconciled: string[];
  warnings: string[];
}

export interface ImportResult {
  measures: ImportMeasure[];
  measurements: ImportMeasurement[];
  observations: ImportObservation[];
  log: ImportLog;
}

export const emptyLog = (): ImportLog => ({
  read: [],
  mapped: [],
  unmapped: [],
  reconciled: [],
  warnings: [],
});

export const OGL = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/** value = numerator / denominator x scale, rounded to 6 decimals so the file stays readable. */
export function measurementOf(
  measure: Pick<ImportMeasure, 'id' | 'kind' | 'scale'>,
  key: { system: string; period: string },
  numerator: number,
  denominator?: number,
): ImportMeasurement {
  if (measure.kind === 'count' || denominator === undefined) {
    return { ...key, measure: measure.id, numerator, value: numerator };
  }
  const value = Math.round((numerator / denominator) * measure.scale * 1e6) / 1e6;
  return { ...key, measure: measure.id, numerator, denominator, value };
}
