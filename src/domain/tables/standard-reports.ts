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
 * `next` is how far the build has read: a page may build it a slice at a time (indexRowsByPeriod).
 */
interface PeriodIndex {
  rows: Map<string, Observation[]>;
  next: number;
}

const rowsByPeriod = new WeakMap<readonly Observation[], PeriodIndex>();

/**
 * Reads up to `budget` more rows into the feed's index by period; true once every row is in.
 * A page calls it between tasks so that building the index of a 478,000-row feed (about 80-130
 * ms) is never one long task; the index is the one rowsIn reads, so the rows are the same.
 */
export function indexRowsByPeriod(
  observations: readonly Observation[],
  budget = Number.POSITIVE_INFINITY,
): boolean {
  let index = rowsByPeriod.get(observations);
  if (!index) {
    index = { rows: new Map(), next: 0 };
    rowsByPeriod.set(observations, index);
  }
  const end = Math.min(observations.length, index.next + budget);
  for (let at = index.next; at < end; at++) {
    const row = observations[at];
    if (!row) continue;
    const rows = index.rows.get(row.period);
    if (rows) rows.push(row);
    else index.rows.set(row.period, [row]);
  }
  index.next = end;
  return end === observations.length;
}

function rowsIn(observations: readonly Observation[], period: string): readonly Observation[] {
  indexRowsByPeriod(observations);
  return rowsByPeriod.get(observations)?.rows.get(period) ?? [];
}

/**
 * The last reports worked out for each quarter's scores, with the observations they were read
 * from: a page can work them out in a task of its own (the national page's standard highlights,
 * about 30 ms of an 80-140 ms task on the big feed at load 8-11) and the standards rows built in
 * the next task reuse them. Kept only while the scores live. Read-only to callers.
 */
const reportsFor = new WeakMap<
  PeriodScores,
  { observations: readonly Observation[]; reports: ReadonlyMap<string, StandardReport[]> }
>();

/** Reports by standard id, each list in the quarter's system order. */
export function reportsByStandard(
  feed: Pick<Feed, 'observations'>,
  periodScores: PeriodScores,
): ReadonlyMap<string, readonly StandardReport[]> {
  const kept = reportsFor.get(periodScores);
  if (kept?.observations === feed.observations) return kept.reports;
  const reports = readReports(feed, periodScores);
  reportsFor.set(periodScores, { observations: feed.observations, reports });
  return reports;
}

function readReports(
  feed: Pick<Feed, 'observations'>,
  periodScores: PeriodScores,
): Map<string, StandardReport[]> {
  const systems = new Map(periodScores.systems.map((system, index) => [system.code, index]));
  // Each standard's reports by the system's place in the quarter: the list comes out in system
  // order without a sort, and a repeated row replaces the earlier one, never counting a system
  // twice (as a Map keyed by system did, about 2x slower on the big feed).
  const byStandard = new Map<string, (StandardReport | undefined)[]>();
  for (const row of rowsIn(feed.observations, periodScores.period)) {
    const index = systems.get(row.system);
    const system = index === undefined ? undefined : periodScores.systems[index];
    if (index === undefined || !system) continue;
    let reports = byStandard.get(row.standard);
    if (!reports) {
      reports = [];
      byStandard.set(row.standard, reports);
    }
    reports[index] = {
      code: system.code,
      regionCode: system.regionCode,
      population: system.population,
      status: row.status,
      coverage: row.coverage ?? null,
      score: system.standards[row.standard] ?? null,
    };
  }
  return new Map(
    [...byStandard].map(([id, reports]) => [id, reports.filter((report) => report !== undefined)]),
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
