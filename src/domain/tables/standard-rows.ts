/**
 * One row per standard for a quarter: how widely it is adopted (systems live, residents covered),
 * how well on average (the population-weighted mean standard score and its change over the year),
 * and how unevenly (the middle half and the range of system scores).
 */
import type { Feed, Standard } from '../feed/feed-schema';
import { aggregateScores } from '../scoring/aggregate';
import { changeOverYear } from '../periods/change-over-year';
import { yearEarlierId } from '../periods/period';
import { tidy } from '../scoring/precision';
import type { FeedScores, PeriodScores } from '../scoring/score-feed';
import { adoptionFigures, reportsByStandard } from './standard-reports';
import type { AdoptionFigures, StandardReport } from './standard-reports';

export interface StandardRow extends AdoptionFigures {
  id: string;
  name: string;
  categoryId: string;
  categoryName: string;
  /** Population-weighted mean standard score of the reporting systems, 0-100. */
  meanScore: number | null;
  /** meanScore minus its value in the same quarter a year earlier; null when either is missing. */
  changeOverYear: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Interquartile range, q3 - q1: how far apart the middle half of systems are. */
  iqr: number | null;
  min: number | null;
  max: number | null;
}

/**
 * aggregateScores' population-weighted mean, by the same sums in the same order, without the
 * sorting its quartiles need: only the mean of the year-earlier quarter is wanted here.
 */
function meanScoreIn(periodScores: PeriodScores | undefined, standardId: string): number | null {
  if (!periodScores) return null;
  let weighted = 0;
  let population = 0;
  for (const system of periodScores.systems) {
    const value = system.standards[standardId] ?? null;
    if (value === null) continue;
    weighted += system.population * value;
    population += system.population;
  }
  return population > 0 ? weighted / population : null;
}

/** The mean score now against the same quarter a year earlier, by the one rule. */
function meanChange(scores: FeedScores, period: string, standardId: string, mean: number | null) {
  const earlier = yearEarlierId(period);
  if (earlier === null) return null;
  const before = meanScoreIn(scores.byPeriod[earlier], standardId);
  const series = [
    { period, value: mean, rebased: false },
    { period: earlier, value: before, rebased: false },
  ];
  return changeOverYear(series, period)?.value ?? null;
}

function rowOf(
  feed: Pick<Feed, 'categories'>,
  standard: Standard,
  reports: readonly StandardReport[],
  change: (mean: number | null) => number | null,
): StandardRow {
  const spread = aggregateScores(
    reports.map((report) => report.score),
    reports.map((report) => report.population),
  );
  const mean = spread.populationWeighted;
  const { q1, q3 } = spread;
  return {
    id: standard.id,
    name: standard.name,
    categoryId: standard.categoryId,
    categoryName:
      feed.categories.find((category) => category.id === standard.categoryId)?.name ??
      standard.categoryId,
    ...adoptionFigures(reports),
    meanScore: mean,
    changeOverYear: change(mean),
    median: spread.median,
    q1,
    q3,
    iqr: q1 === null || q3 === null ? null : tidy(q3 - q1),
    min: spread.min,
    max: spread.max,
  };
}

/** Every standard of the feed, in feed order; empty for a quarter that was not scored. */
export function standardRows(feed: Feed, scores: FeedScores, period: string): StandardRow[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  const reports = reportsByStandard(feed, periodScores);
  return feed.standards.map((standard) =>
    rowOf(feed, standard, reports.get(standard.id) ?? [], (mean) =>
      meanChange(scores, period, standard.id, mean),
    ),
  );
}

/** One standard's row, or null when the standard or the quarter is unknown. */
export function standardRow(
  feed: Feed,
  scores: FeedScores,
  standardId: string,
  period: string,
): StandardRow | null {
  const standard = feed.standards.find((candidate) => candidate.id === standardId);
  const periodScores = scores.byPeriod[period];
  if (!standard || !periodScores) return null;
  const reports = reportsByStandard(feed, periodScores).get(standardId) ?? [];
  return rowOf(feed, standard, reports, (mean) => meanChange(scores, period, standardId, mean));
}
