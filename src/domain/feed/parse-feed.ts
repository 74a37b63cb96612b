/**
 * parseFeed: the one way a feed enters the app. An unusable envelope is one fatal error; every other
 * problem rejects only its own row, with a JSON path and a reason, and the rest of the feed is used.
 *
 * Tables are judged in dependency order (regions -> systems -> crosswalk/adjacency; categories ->
 * standards; periods, in reference-tables.ts; then observations and technology; then measures, against
 * the standards, and measurements, against the systems and measures), each against the rows
 * ACCEPTED before it.
 */
import { FEED_TABLES } from './feed-issues';
import type { FeedCounts, FeedFatal, FeedIssue, SourceRows } from './feed-issues';
import type { Feed, Measure, Measurement, Metadata, Observation, Technology } from './feed-schema';
import { createRegistry } from './id-registry';
import { isNewerContract } from './contract-version';
import { parseEnvelope } from './parse-envelope';
import type { FeedEnvelope } from './parse-envelope';
import { parseMeasurements } from './parse-measurements';
import { parseMeasures } from './parse-measures';
import { parseObservations, parseTechnology } from './parse-observations';
import { parseReferenceTables } from './reference-tables';
import type { ReferenceOutcomes } from './reference-tables';
import type { TableOutcome } from './table-run';

export type {
  FeedCounts,
  FeedFatal,
  FeedIssue,
  FeedTable,
  SourceRows,
  TableCount,
} from './feed-issues';

export type FeedParseResult =
  | { ok: true; feed: Feed; issues: FeedIssue[]; counts: FeedCounts; sourceRows: SourceRows }
  | { ok: false; fatal: FeedFatal };

type Outcomes = ReferenceOutcomes & {
  observations: TableOutcome<Observation>;
  technology: TableOutcome<Technology>;
  measures: TableOutcome<Measure>;
  measurements: TableOutcome<Measurement>;
};

/** The reference tables first, then the rows against the ids they accepted. */
function parseTables(tables: FeedEnvelope['tables'], metadata: Metadata): Outcomes {
  const reference = parseReferenceTables(tables);
  const version = metadata.schemaVersion;
  const context = isNewerContract(version) ? { newerVersion: version } : {};
  const observations = parseObservations(tables.observations, reference.ids, context);
  const technology = parseTechnology(tables.technology, reference.ids, context);
  const measureIds = createRegistry<Measure>();
  const measures = parseMeasures(tables.measures, reference.ids.standards, measureIds);
  const measurementIds = { systems: reference.ids.systems, measures: measureIds };
  const measurements = parseMeasurements(tables.measurements, measurementIds, context);
  return { ...reference.outcomes, observations, technology, measures, measurements };
}

function assemble(metadata: Metadata, outcomes: Outcomes): FeedParseResult {
  const { regions, systems, crosswalk, adjacency } = outcomes;
  const feed: Feed = {
    metadata,
    geography: {
      regions: regions.values,
      systems: systems.values,
      crosswalk: crosswalk.values,
      adjacency: adjacency.values,
    },
    categories: outcomes.categories.values,
    standards: outcomes.standards.values,
    periods: outcomes.periods.values,
    observations: outcomes.observations.values,
    technology: outcomes.technology.values,
    measures: outcomes.measures.values,
    measurements: outcomes.measurements.values,
  };
  const issues = FEED_TABLES.flatMap((table) => outcomes[table].issues);
  const counts = Object.fromEntries(
    FEED_TABLES.map((table) => [table, outcomes[table].count]),
  ) as FeedCounts;
  const sourceRows: SourceRows = {
    systems: systems.sources,
    standards: outcomes.standards.sources,
    periods: outcomes.periods.sources,
  };
  return { ok: true, feed, issues, counts, sourceRows };
}

export function parseFeed(input: unknown): FeedParseResult {
  try {
    const envelope = parseEnvelope(input);
    if (!envelope.ok) return envelope;
    const { metadata, tables } = envelope.envelope;
    return assemble(metadata, parseTables(tables, metadata));
  } catch (error) {
    // Never expected; the contract is that parsing never throws, so a bug becomes a fatal value.
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
