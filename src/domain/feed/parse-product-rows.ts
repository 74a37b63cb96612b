/**
 * A data product's metadata and rows, judged against a reference product read once
 * (reference-tables.ts): the same verdicts, issues and counts parseFeed gives for the product's rows
 * beside that reference, without judging the reference's tables again for every product.
 */
import { isNewerContract } from './contract-version';
import type { FeedFatal } from './feed-issues';
import type { Measure, Measurement, Metadata, Observation, Technology } from './feed-schema';
import { createRegistry } from './id-registry';
import { parseRowsEnvelope } from './parse-envelope';
import { parseMeasurements } from './parse-measurements';
import { parseMeasures } from './parse-measures';
import { parseObservations, parseTechnology } from './parse-observations';
import type { RowReference } from './reference-tables';
import type { TableOutcome } from './table-run';

export interface ProductRowsInput {
  metadata: unknown;
  observations: unknown;
  technology: unknown;
  /** Contract 1.2; absent lists are empty, as in a feed. */
  measures?: unknown;
  measurements?: unknown;
}

export type ProductRowsResult =
  | {
      ok: true;
      metadata: Metadata;
      observations: TableOutcome<Observation>;
      technology: TableOutcome<Technology>;
      measures: TableOutcome<Measure>;
      measurements: TableOutcome<Measurement>;
    }
  | { ok: false; fatal: FeedFatal };

function parseRows(input: ProductRowsInput, reference: RowReference): ProductRowsResult {
  const envelope = parseRowsEnvelope({ ...input });
  if (!envelope.ok) return envelope;
  const { metadata, rows } = envelope;
  const version = metadata.schemaVersion;
  const context = isNewerContract(version) ? { newerVersion: version } : {};
  const measureIds = createRegistry<Measure>();
  const measures = parseMeasures(rows.measures, reference.ids.standards, measureIds);
  const measurementIds = {
    systems: reference.ids.systems,
    measures: measureIds,
    earliest: reference.earliestVintage,
  };
  return {
    ok: true,
    metadata,
    observations: parseObservations(rows.observations, reference.ids, context),
    technology: parseTechnology(rows.technology, reference.ids, context),
    measures,
    measurements: parseMeasurements(rows.measurements, measurementIds, context),
  };
}

export function parseProductRows(
  input: ProductRowsInput,
  reference: RowReference,
): ProductRowsResult {
  try {
    return parseRows(input, reference);
  } catch (error) {
    // As parseFeed: parsing never throws, so a bug becomes a fatal value with the same words.
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return {
      ok: false,
      fatal: {
        path: '$',
        reason: `The feed could not be read because of an unexpected error${detail}`,
      },
    };
  }
}
