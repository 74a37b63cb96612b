/**
 * parseFeed: the one way a feed enters the app. An unusable envelope is one fatal error; every other
 * problem rejects only its own row, with a JSON path and a reason, and the rest of the feed is used.
 *
 * Tables are judged in dependency order (regions -> systems -> crosswalk/adjacency; categories ->
 * standards; periods; then observations and technology), each against the rows ACCEPTED before it.
 */
import { FEED_TABLES } from './feed-issues';
import type { FeedCounts, FeedFatal, FeedIssue, SourceRows } from './feed-issues';
import type {
  Adjacency,
  Category,
  Crosswalk,
  Feed,
  Metadata,
  Observation,
  PeriodId,
  Region,
  Standard,
  System,
  Technology,
} from './feed-schema';
import { isNewerContract } from './contract-version';
import { createRegistry } from './id-registry';
import { parseCategories, parseStandards } from './parse-catalogue';
import { parseEnvelope } from './parse-envelope';
import type { FeedEnvelope } from './parse-envelope';
import { parseAdjacency, parseCrosswalk, parseRegions, parseSystems } from './parse-geography';
import { parseObservations, parseTechnology } from './parse-observations';
import { parsePeriods } from './parse-periods';
import type { PeriodEntry } from './parse-periods';
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

type Outcomes = {
  regions: TableOutcome<Region>;
  systems: TableOutcome<System>;
  crosswalk: TableOutcome<Crosswalk>;
  adjacency: TableOutcome<Adjacency>;
  categories: TableOutcome<Category>;
  standards: TableOutcome<Standard>;
  periods: TableOutcome<PeriodId>;
  observations: TableOutcome<Observation>;
  technology: TableOutcome<Technology>;
};

/** Each table against the rows accepted before it; the order of the calls is the dependency order. */
function parseTables(tables: FeedEnvelope['tables'], metadata: Metadata): Outcomes {
  const regionIds = createRegistry<Region>();
  const systemIds = createRegistry<System>();
  const categoryIds = createRegistry<Category>();
  const standardIds = createRegistry<Standard>();
  const periodIds = createRegistry<PeriodEntry>();
  const regions = parseRegions(tables.regions, regionIds);
  const systems = parseSystems(tables.systems, regionIds, systemIds);
  const crosswalk = parseCrosswalk(tables.crosswalk, systemIds);
  const adjacency = parseAdjacency(tables.adjacency, systemIds);
  const categories = parseCategories(tables.categories, categoryIds);
  const standards = parseStandards(tables.standards, categoryIds, standardIds);
  const periods = parsePeriods(tables.periods, periodIds);
  const accepted = { systems: systemIds, standards: standardIds, periods: periodIds };
  const version = metadata.schemaVersion;
  const context = isNewerContract(version) ? { newerVersion: version } : {};
  const observations = parseObservations(tables.observations, accepted, context);
  const technology = parseTechnology(tables.technology, accepted, context);
  return {
    regions,
    systems,
    crosswalk,
    adjacency,
    categories,
    standards,
    periods,
    observations,
    technology,
  };
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
