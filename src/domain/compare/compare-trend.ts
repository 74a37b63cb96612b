/**
 * The Compare trend: each chosen system's readiness over every quarter up to the one viewed, with
 * England for reference, plus the same figures as table rows and a summary in words. A system
 * that began in April 2026 has its earlier quarters rebased from its predecessors (marked), and
 * one that ended has no value after its end.
 */
import { NEUTRAL_NATIONAL, feedPlace } from '../feed/feed-place';
import type { Feed } from '../feed/feed-schema';
import { formatScore } from '../format/format-number';
import { roundTo } from '../format/round';
import { formatQuarter } from '../periods/quarter';
import { scoredPeriods } from '../scoring/score-feed';
import type { FeedScores } from '../scoring/score-types';
import { nationalSeries, systemSeries } from '../scoring/series';
import { tidy } from '../scoring/precision';
import type { SeriesPoint } from '../scoring/trend';

export const ENGLAND_KEY = 'england';

export interface CompareSeries {
  /** The system's code, or ENGLAND_KEY. */
  key: string;
  label: string;
  /** One point per quarter shown, oldest first; value null where there is none. */
  points: SeriesPoint[];
}

export interface TrendTableRow {
  period: string;
  /** Values in the order of the series. */
  values: (number | null)[];
  rebased: boolean[];
}

/** One series per chosen system, in the order given, then the national one ("England"). */
export function compareTrendSeries(
  feed: Feed,
  scores: FeedScores,
  codes: readonly string[],
  upTo: string,
): CompareSeries[] {
  const periods = scoredPeriods(scores).filter((period) => period <= upTo);
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const aligned = (points: readonly SeriesPoint[]) => {
    const byPeriod = new Map(points.map((point) => [point.period, point]));
    return periods.map((period) => byPeriod.get(period) ?? { period, value: null, rebased: false });
  };
  return [
    ...codes.map((code) => ({
      key: code,
      label: names.get(code) ?? code,
      points: aligned(systemSeries(feed, scores, code)),
    })),
    {
      key: ENGLAND_KEY,
      label: feedPlace(feed.metadata).national,
      points: aligned(nationalSeries(scores)),
    },
  ];
}

/** The series as table rows: one per quarter, one value per series. */
export function trendTableRows(series: readonly CompareSeries[]): TrendTableRow[] {
  const periods = series[0]?.points.map((point) => point.period) ?? [];
  return periods.map((period, index) => ({
    period,
    values: series.map((line) => line.points[index]?.value ?? null),
    rebased: series.map((line) => line.points[index]?.rebased ?? false),
  }));
}

interface Latest {
  label: string;
  value: number;
  change: number | null;
}

function latestOf(line: CompareSeries): Latest | null {
  const last = line.points.at(-1)?.value ?? null;
  if (last === null) return null;
  const first = line.points.find((point) => point.value !== null)?.value ?? null;
  const change = first === null || line.points.length < 2 ? null : tidy(last - first);
  return { label: line.label, value: last, change };
}

/**
 * "In July to September 2026, A had the highest readiness of the 3 systems (72) and B the lowest
 * (41); England’s was 60. Over the 11 quarters shown, C rose most, by 30 points."
 */
export function compareTrendSummary(series: readonly CompareSeries[]): string {
  const systems = series.filter((line) => line.key !== ENGLAND_KEY);
  const england = series.find((line) => line.key === ENGLAND_KEY);
  const period = systems[0]?.points.at(-1)?.period;
  const latest = systems.map(latestOf).filter((item): item is Latest => item !== null);
  if (!period || latest.length === 0) return 'None of the chosen systems has a score to show.';
  const ordered = [...latest].sort((a, b) => b.value - a.value);
  const top = ordered[0]!;
  const bottom = ordered.at(-1)!;
  const when = `In ${formatQuarter(period)}`;
  // Systems that ended before the quarter have no value in it and are not counted.
  const among =
    latest.length === systems.length
      ? `the ${systems.length} systems`
      : `the ${latest.length} systems with a score`;
  const spread =
    ordered.length === 1
      ? `${when}, only ${top.label} has a score (${formatScore(top.value)})`
      : `${when}, ${top.label} had the highest readiness of ${among} (${formatScore(top.value)}) and ${bottom.label} the lowest (${formatScore(bottom.value)})`;
  const englandNow = england?.points.at(-1)?.value ?? null;
  // "England’s was 60"; a feed that names no place gets "all systems’ average was 60".
  const whose =
    england?.label === NEUTRAL_NATIONAL ? 'all systems’ average' : `${england?.label ?? ''}’s`;
  const reference = englandNow === null ? '.' : `; ${whose} was ${formatScore(englandNow)}.`;
  return `${spread}${reference}${riseSentence(latest, systems[0]?.points.length ?? 0)}`;
}

/** Who rose most between their first and latest values; the sentence holds for falls too. */
function riseSentence(latest: readonly Latest[], quarters: number): string {
  const changed = latest.filter((item) => item.change !== null);
  if (changed.length === 0) return '';
  const most = changed.reduce((best, item) =>
    (item.change ?? 0) > (best.change ?? 0) ? item : best,
  );
  // Whole points as the sentence says them, so "rose most" is never said of a 0.
  const points = roundTo(most.change ?? 0, 0);
  const over = ` Over the ${quarters} quarters shown,`;
  if (points > 0) return `${over} ${most.label} rose most, by ${pointsText(points)}.`;
  if (points === 0) return `${over} no system’s readiness rose by a point or more.`;
  return `${over} every system fell; ${most.label} fell least, by ${pointsText(-points)}.`;
}

function pointsText(points: number): string {
  return points === 1 ? '1 point' : `${points} points`;
}

export interface ChartLines {
  /** The series in drawing order: the first system, England, then the other systems. */
  lines: CompareSeries[];
  /** False when England was left out because every distinct line style is taken by a system. */
  englandShown: boolean;
}

/**
 * The order the chart draws in. Line styles are handed out by position, and the second style is
 * England's on every chart (the profile's too), so England goes second. When the systems alone
 * use every distinct style, England is left out rather than drawn like one of them.
 */
export function chartLines(series: readonly CompareSeries[], styleCount: number): ChartLines {
  const systems = series.filter((line) => line.key !== ENGLAND_KEY);
  const england = series.find((line) => line.key === ENGLAND_KEY);
  if (!england || systems.length + 1 > styleCount) return { lines: systems, englandShown: false };
  const [first, ...rest] = systems;
  return { lines: first ? [first, england, ...rest] : [england], englandShown: true };
}

/**
 * Where the chart marks the April 2026 boundary change: the first quarter in which a line stops
 * being rebased (a new system begins) or stops altogether (a system ended). Null when no line
 * crosses a boundary change.
 */
export function boundaryChange(series: readonly CompareSeries[]): string | null {
  const periods = series[0]?.points.map((point) => point.period) ?? [];
  const index = periods.findIndex((_, i) =>
    series.some((line) => {
      const before = line.points[i - 1];
      const now = line.points[i];
      if (!before || !now) return false;
      const began = before.rebased && !now.rebased;
      const ended = before.value !== null && !before.rebased && now.value === null;
      return began || ended;
    }),
  );
  return index < 0 ? null : (periods[index] ?? null);
}
