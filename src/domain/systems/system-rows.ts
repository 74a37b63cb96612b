/**
 * The Systems list: one row per system valid in a quarter, with what a digital lead scans for
 * first (readiness and how much of it was reported, rank and how firm it is, change over the year
 * and the comparison with England), and the search and region filter that narrow it.
 */
import type { Feed, System } from '../feed/feed-schema';
import { changeOverYear } from '../periods/change-over-year';
import { compareScore } from '../scoring/compare';
import type { Comparison } from '../scoring/compare';
import type { RankInterval } from '../scoring/ranks';
import type { FeedScores } from '../scoring/score-types';
import { systemSeries } from '../scoring/series';

export interface SystemRow {
  code: string;
  name: string;
  shortName: string;
  regionCode: string;
  regionName: string;
  population: number;
  /** Overall readiness 0-100; null when nothing was reported. */
  overall: number | null;
  completeness: number;
  lowConfidence: boolean;
  /** Rank with its interval; null for a system with no score. */
  interval: RankInterval | null;
  /** Readiness now minus the same quarter a year earlier; null when that quarter or a value is missing. */
  changeOverYear: number | null;
  /** True when the earlier value was rebuilt from predecessor systems (a boundary change). */
  changeRebased: boolean;
  vsEngland: Comparison | null;
}

export interface SystemFilter {
  /** Free text matched against name, short name and code; blank matches every system. */
  query: string;
  /** A region code; null for every region. */
  regionCode: string | null;
}

/** Every system scored in the quarter, in feed order; empty for a quarter that was not scored. */
export function systemRows(
  feed: Feed,
  scores: FeedScores,
  period: string,
  intervals: Readonly<Record<string, RankInterval>>,
): SystemRow[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  const systems = new Map(feed.geography.systems.map((system) => [system.code, system]));
  const regions = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const england = periodScores.national.populationWeighted;
  return periodScores.systems.flatMap((score) => {
    const system = systems.get(score.code);
    if (!system) return [];
    // The one rule (periods/change-over-year.ts): the same quarter a year earlier, by its label.
    const change = changeOverYear(systemSeries(feed, scores, score.code), period);
    return [
      {
        code: score.code,
        name: system.name,
        shortName: system.shortName,
        regionCode: score.regionCode,
        regionName: regions.get(score.regionCode) ?? score.regionCode,
        population: score.population,
        overall: score.overall,
        completeness: score.completeness,
        lowConfidence: score.lowConfidence,
        interval: score.overall === null ? null : (intervals[score.code] ?? null),
        changeOverYear: change?.value ?? null,
        changeRebased: change?.rebased ?? false,
        vsEngland: compareScore(score.overall, england),
      },
    ];
  });
}

/** Lower case, single spaces, no accents: "  Bath  and N.E. " and "bath and n.e." match. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSystem(row: Pick<SystemRow, 'name' | 'shortName' | 'code'>, query: string) {
  const wanted = normalise(query);
  if (wanted === '') return true;
  return [row.name, row.shortName, row.code].some((text) => normalise(text).includes(wanted));
}

export function filterSystemRows<Row extends SystemRow>(
  rows: readonly Row[],
  filter: SystemFilter,
): Row[] {
  return rows.filter(
    (row) =>
      (filter.regionCode === null || row.regionCode === filter.regionCode) &&
      matchesSystem(row, filter.query),
  );
}

/** Systems that have ended, most recent end first, then by name. */
export function endedSystems(systems: readonly System[]): System[] {
  return systems
    .filter((system) => system.validTo !== null)
    .sort(
      (a, b) =>
        (b.validTo ?? '').localeCompare(a.validTo ?? '') ||
        a.shortName.localeCompare(b.shortName, 'en-GB'),
    );
}
