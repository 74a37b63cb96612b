import type { Feed } from '../feed/feed-schema';
import { formatChange, formatScore } from '../format/format-number';
import { compareScore } from '../scoring/compare';
import type { Comparison } from '../scoring/compare';
import { formatRankInterval } from '../scoring/ranks';
import type { RankInterval } from '../scoring/ranks';
import type { FeedScores, SystemScore } from '../scoring/score-feed';
import { systemPointReader } from '../scoring/series';
import type { SeriesPoint } from '../scoring/trend';
import { changeOverYear } from '../periods/change-over-year';
import { yearEarlierId } from '../periods/period';
import { metricName, metricValue, rankValues } from './metric-value';
import type { MetricChoice } from './metric-value';
import { feedPlace } from '../feed/feed-place';

export interface MapDatum {
  code: string;
  name: string;
  regionCode: string;
  value: number | null;
  /** Share of the metric's weight that was reported (1 or 0 for a single standard). */
  completeness: number;
  lowConfidence: boolean;
  rank: number | null;
  /** Only for overall readiness, whose rank interval is computed. */
  interval: RankInterval | null;
  vsEngland: Comparison | null;
  changeOverYear: number | null;
  /** The hex's accessible name: "Cheshire and Merseyside: readiness 63 of 100, similar to England". */
  label: string;
  /** In a mesh, why there is no value: "No data: somerset is unavailable (…)"; else null. */
  unavailable: string | null;
}

const NONE_UNAVAILABLE: ReadonlyMap<string, string> = new Map();

/** "higher than England", "similar to all systems": the place is the feed's (feed-place). */
function comparisonWords(comparison: Comparison, national: string): string {
  const lead = { higher: 'higher than', similar: 'similar to', lower: 'lower than' }[comparison];
  return `${lead} ${national}`;
}

/** Each system's value on the map for a period and metric, with everything its tooltip says. */
export function mapData(
  feed: Feed,
  scores: FeedScores,
  period: string,
  metric: MetricChoice,
  intervals: Readonly<Record<string, RankInterval>>,
  /** Systems whose data product gave no data, with the words to show (domain/mesh/no-data-text). */
  unavailable: ReadonlyMap<string, string> = NONE_UNAVAILABLE,
): MapDatum[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const england = englandValue(scores, period, metric);
  const values = periodScores.systems.map((system) => ({
    code: system.code,
    value: metricValue(system, metric),
  }));
  const ranks = rankValues(values);
  const what = metricName(feed, metric);
  const national = feedPlace(feed.metadata).nationalInText;
  const pointIn = systemPointReader(feed, scores, (system) => metricValue(system, metric));
  const earlier = yearEarlierId(period);
  return periodScores.systems.map((system, index) => {
    const value = values[index]?.value ?? null;
    const name = names.get(system.code) ?? system.code;
    const vsEngland = compareScore(value, england);
    const interval = metric.kind === 'overall' ? (intervals[system.code] ?? null) : null;
    const missing = unavailable.get(system.code) ?? null;
    return {
      code: system.code,
      name,
      regionCode: system.regionCode,
      value,
      completeness: completenessOf(system, metric, value),
      lowConfidence: metric.kind === 'overall' ? system.lowConfidence : value === null,
      rank: ranks[system.code] ?? null,
      interval,
      vsEngland,
      changeOverYear: yearChange(pointIn, system.code, period, earlier),
      label: missing
        ? `${name}: ${missing}`
        : accessibleLabel(
            name,
            what,
            value,
            vsEngland,
            system.lowConfidence && metric.kind === 'overall',
            national,
          ),
      unavailable: missing,
    };
  });
}

function completenessOf(system: SystemScore, metric: MetricChoice, value: number | null): number {
  if (metric.kind === 'overall') return system.completeness;
  if (metric.kind === 'category') return system.categories[metric.id]?.completeness ?? 0;
  return value === null ? 0 : 1;
}

function accessibleLabel(
  name: string,
  what: string,
  value: number | null,
  vsEngland: Comparison | null,
  lowConfidence: boolean,
  national: string,
): string {
  if (value === null) return `${name}: ${what} not reported`;
  const comparison = vsEngland ? `, ${comparisonWords(vsEngland, national)}` : '';
  const caveat = lowConfidence ? ', low confidence' : '';
  return `${name}: ${what} ${formatScore(value)} of 100${comparison}${caveat}`;
}

/** England's value: the population-weighted national mean of the metric. */
export function englandValue(scores: FeedScores, period: string, metric: MetricChoice) {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return null;
  if (metric.kind === 'overall') return periodScores.national.populationWeighted;
  if (metric.kind === 'category') {
    return periodScores.categoriesNational[metric.id]?.populationWeighted ?? null;
  }
  let total = 0;
  let population = 0;
  for (const system of periodScores.systems) {
    const value = system.standards[metric.id];
    if (value === null || value === undefined) continue;
    total += value * system.population;
    population += system.population;
  }
  return population > 0 ? total / population : null;
}

/**
 * Value now minus the value in the same quarter a year earlier (rebased across boundary changes),
 * by the one rule in periods/change-over-year.ts, so the map and the Systems list agree. Only the
 * two points the rule reads are looked up, not the system's whole series.
 */
function yearChange(
  pointIn: (code: string, period: string) => SeriesPoint | undefined,
  code: string,
  period: string,
  earlier: string | null,
): number | null {
  if (earlier === null) return null;
  const points = [pointIn(code, period), pointIn(code, earlier)].filter(
    (point) => point !== undefined,
  );
  return changeOverYear(points, period)?.value ?? null;
}

export function tooltipLines(datum: MapDatum): string[] {
  if (datum.unavailable) return [datum.unavailable];
  const value = datum.value === null ? 'Not reported' : `${formatScore(datum.value)} of 100`;
  const rank = datum.interval
    ? formatRankInterval(datum.interval)
    : datum.rank
      ? String(datum.rank)
      : '–';
  // The same words as the map's table and CSV: formatChange rounds once, by the documented rule.
  const change = formatChange(datum.changeOverYear);
  return [
    `Value: ${value}${datum.lowConfidence ? ' (low confidence)' : ''}`,
    `Rank: ${rank}`,
    `Change over the year: ${change}`,
  ];
}
