/**
 * The regional picture on the page of one standard: each region's figures, and what a region says
 * when products of a mesh are still loading or unavailable. Apart from standard-detail.ts, whose
 * status mix the adoption embed also draws, so the embed does not carry the regional code.
 */
import { isSystemValidIn } from '../geography/system-validity';
import type { Feed } from '../feed/feed-schema';
import { isLoadingText } from '../mesh/no-data-text';
import { aggregateScores } from '../scoring/aggregate';
import type { FeedScores } from '../scoring/score-feed';
import { reportsIn } from './standard-detail';
import { adoptionFigures } from './standard-reports';
import type { AdoptionFigures } from './standard-reports';

export interface RegionRow extends AdoptionFigures {
  code: string;
  name: string;
  /** Population-weighted mean standard score of the region's reporting systems. */
  meanScore: number | null;
  /** The region's systems in the quarter whose data product has not arrived yet (a mesh). */
  loading: number;
  /** Those whose data product gave no data: unreachable, failing its contract and so on. */
  unavailable: number;
}

const NO_DATA: ReadonlyMap<string, string> = new Map();

/**
 * Every region of the feed, in feed order, with its figures for the standard in the quarter.
 * `noData` names each system of a mesh whose product gave no data (no-data-text's words), so a region
 * can say that its figures wait on products still loading rather than that nobody reported.
 */
export function regionalRows(
  feed: Feed,
  scores: FeedScores,
  standardId: string,
  period: string,
  noData: ReadonlyMap<string, string> = NO_DATA,
): RegionRow[] {
  const reports = reportsIn(feed, scores, standardId, period);
  const missing = feed.geography.systems.filter(
    (system) => noData.has(system.code) && isSystemValidIn(system, period),
  );
  return feed.geography.regions.map((region) => {
    const members = reports.filter((report) => report.regionCode === region.code);
    const silent = missing.filter((system) => system.regionCode === region.code);
    const loading = silent.filter((system) => isLoadingText(noData.get(system.code))).length;
    return {
      code: region.code,
      name: region.name,
      ...adoptionFigures(members),
      meanScore: aggregateScores(
        members.map((report) => report.score),
        members.map((report) => report.population),
      ).populationWeighted,
      loading,
      unavailable: silent.length - loading,
    };
  });
}

/**
 * What a region's empty figure says: "Loading" while a product of its systems is on its way
 * (the figure may yet come), else "No data" (nobody reported, or every product failed).
 */
export function regionMissingWord(row: Pick<RegionRow, 'loading'>): string {
  return row.loading > 0 ? 'Loading' : 'No data';
}

/** "3", "3, 4 still loading", "0, 2 with their data product unavailable". */
export function regionReportingText(row: Pick<RegionRow, 'reporting' | 'loading' | 'unavailable'>) {
  const parts = [String(row.reporting)];
  if (row.loading > 0) parts.push(`${row.loading} still loading`);
  if (row.unavailable > 0) {
    parts.push(
      `${row.unavailable} with ${row.unavailable === 1 ? 'its' : 'their'} data product unavailable`,
    );
  }
  return parts.join(', ');
}
