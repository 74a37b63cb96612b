/**
 * What each system reported on each standard in one quarter: the shared input of the standards
 * tables. Only systems that existed throughout the quarter count (the quarter's geography
 * vintage), so counts, shares and averages always use one set of boundaries.
 */
import type { AdoptionStatus, Feed, Observation } from '../feed/feed-schema';
import type { PeriodScores } from '../scoring/score-feed';

export interface StandardReport {
  code: string;
  regionCode: string;
  population: number;
  status: AdoptionStatus;
  /** Share of the system's organisations live; null when not given. */
  coverage: number | null;
  /** The standard score 0-100. */
  score: number | null;
}

/**
 * A feed's observations by period, in feed order, built on first use and kept while the feed's
 * observation list lives: each quarter's tables read one quarter's rows, not every row of the feed
 * (478,000 in the big-feed bench, where the scan cost the national page about 100 ms a time).
 */
const rowsByPeriod = new WeakMap<readonly Observation[], Map<string, Observation[]>>();

function rowsIn(observations: readonly Observation[], period: string): readonly Observation[] {
  let index = rowsByPeriod.get(observations);
  if (!index) {
    index = new Map();
    for (const row of observations) {
      const rows = index.get(row.period);
      if (rows) rows.push(row);
      else index.set(row.period, [row]);
    }
    rowsByPeriod.set(observations, index);
  }
  return index.get(period) ?? [];
}

/** Reports by standard id, each list in the quarter's system order. */
export function reportsByStandard(
  feed: Pick<Feed, 'observations'>,
  periodScores: PeriodScores,
): Map<string, StandardReport[]> {
  const systems = new Map(periodScores.systems.map((system, index) => [system.code, index]));
  // Keyed by system so a repeated row cannot count a system twice.
  const byStandard = new Map<string, Map<string, StandardReport>>();
  for (const row of rowsIn(feed.observations, periodScores.period)) {
    const index = systems.get(row.system);
    const system = index === undefined ? undefined : periodScores.systems[index];
    if (!system) continue;
    let reports = byStandard.get(row.standard);
    if (!reports) {
      reports = new Map<string, StandardReport>();
      byStandard.set(row.standard, reports);
    }
    reports.set(row.system, {
      code: system.code,
      regionCode: system.regionCode,
      population: system.population,
      status: row.status,
      coverage: row.coverage ?? null,
      score: system.standards[row.standard] ?? null,
    });
  }
  const order = (report: StandardReport) => systems.get(report.code) ?? 0;
  return new Map(
    [...byStandard].map(([id, reports]) => [
      id,
      [...reports.values()].sort((a, b) => order(a) - order(b)),
    ]),
  );
}

export interface AdoptionFigures {
  /** Systems that reported the standard. */
  reporting: number;
  /** Of those, systems whose status is live. */
  live: number;
  /** live / reporting; null when none reported. */
  shareLive: number | null;
  /** Population of the live systems / population of the reporting systems; null when none. */
  populationCovered: number | null;
}

export function adoptionFigures(reports: readonly StandardReport[]): AdoptionFigures {
  let live = 0;
  let livePopulation = 0;
  let population = 0;
  for (const report of reports) {
    population += report.population;
    if (report.status !== 'live') continue;
    live += 1;
    livePopulation += report.population;
  }
  return {
    reporting: reports.length,
    live,
    shareLive: reports.length > 0 ? live / reports.length : null,
    populationCovered: population > 0 ? livePopulation / population : null,
  };
}
