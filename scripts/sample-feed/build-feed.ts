/**
 * Assembles the illustrative sample feed from the reference facts. Pure and deterministic: the
 * same reference data, seed and timestamp always give the same feed. No clock, no Math.random.
 */
import type { Feed, Standard, System, Technology } from '../../src/domain/feed/feed-schema';
import { inheritLatentAdoption, modelLatentAdoption, type LatentGrid } from './adoption-model';
import { buildCategories, buildStandards } from './catalogue';
import { buildGeography, type Predecessor, type SampleGeography } from './geography';
import { buildMetadata } from './metadata';
import { buildObservations } from './observations';
import { buildPeriods, isValidIn } from './periods';
import type { ReferenceData } from './read-reference';
import { inheritedStack, stackOf, technologyRows } from './technology';

export const DEFAULT_SEED = '20260415';
export const DEFAULT_GENERATED_AT = '2026-10-15T09:00:00Z';
export const FIRST_PERIOD = '2024-Q1';
export const LAST_PERIOD = '2026-Q3';

export interface SampleFeedOptions {
  seed: string;
  generatedAt: string;
}

/** Everything the scaled benchmark feed reuses: the feed, its geography and latent levels. */
export interface SampleBuild {
  feed: SampleFeed;
  geography: SampleGeography;
  grid: LatentGrid;
}

export function buildTechnology(
  systems: System[],
  predecessors: Map<string, Predecessor[]>,
  periods: string[],
  seed: string,
): Technology[] {
  return periods.flatMap((period, t) =>
    systems
      .filter((system) => isValidIn(system, period))
      .flatMap((system) => {
        const parts = predecessors.get(system.code);
        const stack = parts
          ? inheritedStack(parts, period, t, seed)
          : stackOf(system.code, period, t, seed);
        return technologyRows(system.code, period, stack);
      }),
  );
}

function latentLevels(
  ref: ReferenceData,
  geography: SampleGeography,
  standards: Standard[],
  periods: string[],
  seed: string,
): LatentGrid {
  const ids = standards.map((s) => s.id);
  const grid = modelLatentAdoption(ref.icb23, ids, periods, seed);
  inheritLatentAdoption(grid, geography.predecessors, ids, periods.length);
  return grid;
}

/**
 * The sample feed is a 1.1 feed: it publishes no measured use, so its file carries no `measures` or
 * `measurements` lists (the parser defaults both to empty).
 */
export type SampleFeed = Omit<Feed, 'measures' | 'measurements'>;

export function buildSample(ref: ReferenceData, options: SampleFeedOptions): SampleBuild {
  const geography = buildGeography(ref);
  const standards = buildStandards(ref);
  const periods = buildPeriods(FIRST_PERIOD, LAST_PERIOD);
  const grid = latentLevels(ref, geography, standards, periods, options.seed);
  const feed: SampleFeed = {
    metadata: buildMetadata(options.generatedAt),
    geography: {
      regions: geography.regions,
      systems: geography.systems,
      crosswalk: geography.crosswalk,
      adjacency: geography.adjacency,
    },
    categories: buildCategories(ref),
    standards,
    periods,
    observations: buildObservations(grid, geography.systems, standards, periods, options.seed),
    technology: buildTechnology(geography.systems, geography.predecessors, periods, options.seed),
  };
  return { feed, geography, grid };
}

export function buildSampleFeed(ref: ReferenceData, options: SampleFeedOptions): SampleFeed {
  return buildSample(ref, options).feed;
}
