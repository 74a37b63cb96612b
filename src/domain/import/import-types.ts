/**
 * The rows an importer writes, in the agreed shape of contract 1.2 (measures and measurements).
 * Declared here until the contract's zod schemas land in feed-schema.ts; then these become
 * z.infer of MeasureSchema and MeasurementSchema.
 */
export interface ImportMeasure {
  id: string;
  name: string;
  unit: string;
  kind: 'share' | 'rate' | 'count';
  numerator: string;
  denominator?: string;
  scale: number;
  standardId?: string;
  frequency: 'month' | 'quarter' | 'financial-year';
  publisher: string;
  sourceUrl: string;
  licence: { name: string; url?: string };
  statisticsStatus:
    'official-statistics' | 'official-statistics-in-development' | 'management-information';
}

export interface ImportMeasurement {
  system: string;
  measure: string;
  period: string;
  numerator: number;
  denominator?: number;
  value: number;
}

export interface ImportObservation {
  system: string;
  standard: string;
  period: string;
  status: 'not-started' | 'planned' | 'piloting' | 'partial' | 'live';
  coverage: number;
  note?: string;
}

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
