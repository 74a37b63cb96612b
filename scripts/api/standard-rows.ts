/**
 * Standards, each standard's adoption and the regions as API rows, built by the same domain
 * functions as the Standards and national pages (standard rows, adoption figures, aggregates).
 */
import type { z } from 'zod';
import type { Feed, Standard } from '../../src/domain/feed/feed-schema';
import type { FeedScores } from '../../src/domain/scoring/score-feed';
import { standardRows } from '../../src/domain/tables/standard-rows';
import type { StandardRow } from '../../src/domain/tables/standard-rows';
import { reportsByStandard } from '../../src/domain/tables/standard-reports';
import type { StandardReport } from '../../src/domain/tables/standard-reports';
import type {
  AdoptionRowSchema,
  AdoptionSummarySchema,
  RegionRowSchema,
  StandardRowSchema,
} from './api-schemas';

type StandardApiRow = z.infer<typeof StandardRowSchema>;
type AdoptionRow = z.infer<typeof AdoptionRowSchema>;
type AdoptionSummary = z.infer<typeof AdoptionSummarySchema>;
type RegionApiRow = z.infer<typeof RegionRowSchema>;

export const adoptionPath = (id: string) => `/api/v1/standards/${id}/adoption`;

/** Each period's standard rows and reports, worked out once for all the standards' files. */
export interface StandardsByPeriod {
  rows: ReadonlyMap<string, ReadonlyMap<string, StandardRow>>;
  reports: ReadonlyMap<string, ReadonlyMap<string, readonly StandardReport[]>>;
}

export function standardsByPeriod(feed: Feed, scores: FeedScores): StandardsByPeriod {
  const periods = Object.values(scores.byPeriod);
  return {
    rows: new Map(
      periods.map(({ period }) => [
        period,
        new Map(standardRows(feed, scores, period).map((row) => [row.id, row])),
      ]),
    ),
    reports: new Map(periods.map((ps) => [ps.period, reportsByStandard(feed, ps)])),
  };
}

/** Every standard with its adoption in `period` (the latest scored quarter, or null for none). */
export function standardApiRows(
  feed: Feed,
  byPeriod: StandardsByPeriod,
  period: string | null,
): StandardApiRow[] {
  return feed.standards.map((standard) => {
    const row = period === null ? undefined : byPeriod.rows.get(period)?.get(standard.id);
    return {
      id: standard.id,
      name: standard.name,
      owner: standard.owner,
      categoryId: standard.categoryId,
      categoryName: row?.categoryName ?? standard.categoryId,
      adoptionMeans: standard.adoptionMeans,
      evidenceUrl: standard.evidenceUrl ?? null,
      defaultWeight: standard.defaultWeight,
      period,
      reporting: row?.reporting ?? 0,
      live: row?.live ?? 0,
      shareLive: row?.shareLive ?? null,
      populationCovered: row?.populationCovered ?? null,
      meanScore: row?.meanScore ?? null,
      median: row?.median ?? null,
      changeOverYear: row?.changeOverYear ?? null,
      adoptionPath: adoptionPath(standard.id),
    };
  });
}

/** What each system reported on the standard, period by period, oldest first. */
export function adoptionRows(
  feed: Feed,
  byPeriod: StandardsByPeriod,
  standard: Standard,
): AdoptionRow[] {
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.name]));
  return [...byPeriod.reports].flatMap(([period, reports]) =>
    (reports.get(standard.id) ?? []).map((report) => ({
      period,
      system: report.code,
      systemName: names.get(report.code) ?? report.code,
      regionCode: report.regionCode,
      status: report.status,
      coverage: report.coverage,
      score: report.score,
    })),
  );
}

/** The standard's national adoption figures per period, as the standard's page gives them. */
export function adoptionSummary(
  byPeriod: StandardsByPeriod,
  standard: Standard,
): AdoptionSummary[] {
  return [...byPeriod.rows].flatMap(([period, rows]) => {
    const row = rows.get(standard.id);
    if (!row) return [];
    const { reporting, live, shareLive, populationCovered, meanScore } = row;
    return [{ period, reporting, live, shareLive, populationCovered, meanScore }];
  });
}

/** Each region's and the whole area's aggregate per period (population-weighted, quartiles). */
export function regionApiRows(feed: Feed, scores: FeedScores): RegionApiRow[] {
  const nationalName = feed.metadata.nationalLabel ?? 'National';
  return Object.values(scores.byPeriod).flatMap((periodScores) => {
    const { period, national, regions } = periodScores;
    const nationalRow: RegionApiRow = {
      period,
      level: 'national',
      code: 'national',
      name: nationalName,
      ...figures(national),
    };
    const regionRows = feed.geography.regions.flatMap((region): RegionApiRow[] => {
      const aggregate = regions[region.code];
      if (!aggregate || aggregate.count === 0) return [];
      return [
        { period, level: 'region', code: region.code, name: region.name, ...figures(aggregate) },
      ];
    });
    return [nationalRow, ...regionRows];
  });
}

function figures(aggregate: FeedScores['byPeriod'][string]['national']) {
  const { populationWeighted, median, q1, q3, min, max, count } = aggregate;
  return { populationWeighted, median, q1, q3, min, max, systems: count };
}
