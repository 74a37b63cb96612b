/**
 * The page of one standard: its status mix over time (chart-ready rows), the systems that lead and
 * lag on it, and the regional picture.
 */
import { ADOPTION_STATUSES } from '../adoption/adoption-statuses';
import type { AdoptionStatus, Feed } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { isLoadingText } from '../mesh/mesh-feed';
import { shortPeriodLabel } from '../periods/period';
import { aggregateScores } from '../scoring/aggregate';
import { scoredPeriods } from '../scoring/score-feed';
import type { FeedScores } from '../scoring/score-feed';
import { adoptionFigures, reportsByStandard } from './standard-reports';
import type { AdoptionFigures, StandardReport } from './standard-reports';

export type StatusMixRow = {
  period: string;
  /** A short name for the quarter, for a chart axis: "Jul–Sep 2026". */
  label: string;
  reported: number;
} & Record<AdoptionStatus, number>;

/** Systems by status in every scored quarter up to `period` (later ones must not leak in). */
export function statusMixRows(
  feed: Feed,
  scores: FeedScores,
  standardId: string,
  period: string,
): StatusMixRow[] {
  return scoredPeriods(scores)
    .filter((candidate) => candidate <= period)
    .map((candidate) => {
      const reports = reportsIn(feed, scores, standardId, candidate);
      const row: StatusMixRow = {
        period: candidate,
        label: shortPeriodLabel(candidate),
        reported: reports.length,
        ...zeroCounts(),
      };
      for (const report of reports) row[report.status] += 1;
      return row;
    });
}

function zeroCounts(): Record<AdoptionStatus, number> {
  return Object.fromEntries(ADOPTION_STATUSES.map((status) => [status, 0])) as Record<
    AdoptionStatus,
    number
  >;
}

function reportsIn(
  feed: Feed,
  scores: FeedScores,
  standardId: string,
  period: string,
): readonly StandardReport[] {
  const periodScores = scores.byPeriod[period];
  return periodScores ? (reportsByStandard(feed, periodScores).get(standardId) ?? []) : [];
}

export interface RankedSystem extends StandardReport {
  name: string;
  score: number;
}

export const LEADERS_SHOWN = 5;

/**
 * The top and bottom systems by standard score, ties broken by name. With fewer than twice
 * LEADERS_SHOWN systems reporting, they are split in two so no system is both a leader and a
 * laggard. Laggards are listed lowest first.
 */
export function leadersAndLaggards(
  feed: Feed,
  scores: FeedScores,
  standardId: string,
  period: string,
): { leaders: RankedSystem[]; laggards: RankedSystem[] } {
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const ranked = reportsIn(feed, scores, standardId, period).flatMap((report) =>
    report.score === null
      ? []
      : [{ ...report, score: report.score, name: names.get(report.code) ?? report.code }],
  );
  const byName = (a: RankedSystem, b: RankedSystem) => a.name.localeCompare(b.name, 'en-GB');
  const best = [...ranked].sort((a, b) => b.score - a.score || byName(a, b));
  const leaders = best.slice(0, Math.min(LEADERS_SHOWN, Math.ceil(best.length / 2)));
  const laggards = best
    .slice(leaders.length)
    .sort((a, b) => a.score - b.score || byName(a, b))
    .slice(0, LEADERS_SHOWN);
  return { leaders, laggards };
}

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
 * `noData` names each system of a mesh whose product gave no data (mesh-feed's words), so a region
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
