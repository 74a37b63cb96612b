/**
 * Hand-made scores for the divides tests (imported by tests only): each system's overall score in each quarter is given
 * directly, so expected statistics can be worked out on paper without going through scoring.
 */
import type { Feed } from '../feed/feed-schema';
import { EMPTY_AGGREGATE } from '../scoring/aggregate';
import type { FeedScores } from '../scoring/score-feed';

export interface TestSystem {
  code: string;
  region: string;
  population: number;
  imdScore?: number;
  /** Overall score per quarter, in the order of the periods given; null = not reported. */
  values: (number | null)[];
}

export function testFeed(
  periods: string[],
  systems: TestSystem[],
  adjacency: Feed['geography']['adjacency'] = [],
): Feed {
  return {
    metadata: {
      schemaVersion: '1.0',
      title: 'Divides test feed',
      publisher: 'Test publisher',
      generatedAt: '2026-10-01T09:00:00Z',
      licence: { name: 'Open Government Licence v3.0' },
      illustrative: true,
      sourceNotes: [],
    },
    geography: {
      regions: [...new Set(systems.map((s) => s.region))].map((code) => ({ code, name: code })),
      systems: systems.map((s) => ({
        code: s.code,
        codeProvisional: false,
        name: `NHS ${s.code} Integrated Care Board`,
        shortName: s.code,
        regionCode: s.region,
        population: s.population,
        validFrom: '2020-01-01',
        validTo: null,
        ...(s.imdScore === undefined ? {} : { imdScore: s.imdScore }),
      })),
      crosswalk: [],
      adjacency,
    },
    categories: [],
    standards: [],
    periods,
    observations: [],
    technology: [],
  };
}

export function testScores(periods: string[], systems: TestSystem[]): FeedScores {
  const byPeriod: FeedScores['byPeriod'] = {};
  periods.forEach((period, index) => {
    byPeriod[period] = {
      period,
      systems: systems.map((s) => ({
        code: s.code,
        regionCode: s.region,
        population: s.population,
        overall: s.values[index] ?? null,
        completeness: 1,
        lowConfidence: false,
        categories: {},
        standards: {},
      })),
      national: { ...EMPTY_AGGREGATE },
      regions: {},
      categoriesNational: {},
    };
  });
  return { byPeriod };
}

/**
 * Four systems over five quarters: A slides, B holds, C and D climb. Worked through by hand in
 * the tests that use it (IQR 15 -> 22, A falling behind, the deprivation line steepening).
 */
export const FIVE_QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];
export const FOUR_SYSTEMS: TestSystem[] = [
  { code: 'A', region: 'R1', population: 1, imdScore: 40, values: [50, 48, 46, 44, 42] },
  { code: 'B', region: 'R1', population: 1, imdScore: 30, values: [60, 60, 60, 60, 60] },
  { code: 'C', region: 'R2', population: 1, imdScore: 20, values: [70, 71, 72, 73, 74] },
  { code: 'D', region: 'R2', population: 1, imdScore: 10, values: [80, 82, 84, 86, 88] },
];
