/**
 * The reference tables (geography, categories, standards, periods), judged in dependency order,
 * and the accepted ids that observations and technology rows are then judged against. Written once
 * for parseFeed and for a data mesh, which judges the reference once and every product's rows
 * against that one result instead of validating the reference again per product.
 */
import { createValidityGrid } from './accepted-grid';
import type { AcceptedIds } from './accepted-grid';
import { earliestVintage } from './earliest-vintage';
import type { FeedTable } from './feed-issues';
import type {
  Adjacency,
  Category,
  Crosswalk,
  Feed,
  PeriodId,
  Region,
  Standard,
  System,
} from './feed-schema';
import { createRegistry } from './id-registry';
import { parseCategories, parseStandards } from './parse-catalogue';
import { parseAdjacency, parseCrosswalk, parseRegions, parseSystems } from './parse-geography';
import { parsePeriods } from './parse-periods';
import type { PeriodEntry } from './parse-periods';
import type { TableOutcome } from './table-run';

export type ReferenceTable = Exclude<
  FeedTable,
  'observations' | 'technology' | 'measures' | 'measurements'
>;

export interface ReferenceOutcomes {
  regions: TableOutcome<Region>;
  systems: TableOutcome<System>;
  crosswalk: TableOutcome<Crosswalk>;
  adjacency: TableOutcome<Adjacency>;
  categories: TableOutcome<Category>;
  standards: TableOutcome<Standard>;
  periods: TableOutcome<PeriodId>;
}

export interface ReferenceTables {
  outcomes: ReferenceOutcomes;
  /** The systems, standards and periods accepted: what every row is judged against. */
  ids: AcceptedIds;
}

/** Each table against the rows accepted before it; the order of the calls is the dependency order. */
export function parseReferenceTables(tables: Record<ReferenceTable, unknown[]>): ReferenceTables {
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
  const ids = { systems: systemIds, standards: standardIds, periods: periodIds };
  return {
    outcomes: { regions, systems, crosswalk, adjacency, categories, standards, periods },
    ids: { ...ids, validity: createValidityGrid(ids) },
  };
}

export type ReferenceFeed = Pick<Feed, 'geography' | 'categories' | 'standards' | 'periods'>;

/** What a product's rows are judged against: built once per mesh load by prepareRowReference. */
export interface RowReference {
  ids: AcceptedIds;
  /**
   * earliestVintage of the accepted systems, found once: every product's measurements are read
   * against it, and going over all the reference's systems for each of 490 products was 7 ms.
   */
  earliestVintage: string | null;
}

/**
 * A parsed reference product, judged once more as parseFeed would judge it beside a product's rows,
 * so that each product check gets the very ids it got before, without paying for them again.
 */
export function prepareRowReference(reference: ReferenceFeed): RowReference {
  const { geography } = reference;
  const { ids } = parseReferenceTables({
    regions: geography.regions,
    systems: geography.systems,
    crosswalk: geography.crosswalk,
    adjacency: geography.adjacency,
    categories: reference.categories,
    standards: reference.standards,
    periods: reference.periods,
  });
  const systems = [...ids.systems.accepted.values()].map((system) => system.value);
  return { ids, earliestVintage: earliestVintage(systems) };
}
