/**
 * The page of one standard: its status mix over time (chart-ready rows) and the systems that lead
 * and lag on it; the regional picture is in standard-region-rows.ts.
 */
import { ADOPTION_STATUSES } from '../adoption/adoption-statuses';
import type { AdoptionStatus, Feed } from '../feed/feed-schema';
import { shortPeriodLabel } from '../periods/period';
import { scoredPeriods } from '../scoring/score-feed';
import type { FeedScores } from '../scoring/score-feed';
import { reportsByStandard } from './standard-reports';
import type { StandardReport } from './standard-reports';

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

/** The systems' reports of the standard in the quarter; none for a quarter with no scores. */
export function reportsIn(
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
