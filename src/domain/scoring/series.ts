/**
 * Time series across geography vintages. On 1 April 2026 several ICBs merged and one was split;
 * a new system's history before it began is rebuilt from the systems it was made from, weighted by
 * the residents each contributed (crosswalk population share x predecessor population), and
 * marked rebased so the UI can say so.
 */
import type { Feed, System } from '../feed/feed-schema';
import { predecessorsOf } from '../geography/crosswalk';
import { isSystemValidIn } from '../geography/system-validity';
import { quarterBounds } from '../periods/quarter';
import { scoredPeriods } from './score-feed';
import type { FeedScores, PeriodScores, SystemScore } from './score-feed';
import type { SeriesPoint } from './trend';
import { tidy } from './precision';

type ValuePicker = (score: SystemScore) => number | null;

/** Chains of vintage changes are followed this far back; it also stops a malformed cyclic crosswalk. */
const MAX_REBASE_DEPTH = 8;

/** Systems by code, per PeriodScores object, built on first use: series are drawn for every system. */
const periodIndexes = new WeakMap<PeriodScores, Map<string, SystemScore>>();

function scoreIn(periodScores: PeriodScores | undefined, code: string): SystemScore | undefined {
  if (!periodScores) return undefined;
  let index = periodIndexes.get(periodScores);
  if (!index) {
    index = new Map(periodScores.systems.map((s) => [s.code, s]));
    periodIndexes.set(periodScores, index);
  }
  return index.get(code);
}

interface Lookup {
  feed: Feed;
  systems: Map<string, System>;
  periodScores: PeriodScores | undefined;
  period: string;
  pick: ValuePicker;
}

function beganAfter(system: System, period: string): boolean {
  const bounds = quarterBounds(period);
  return bounds !== null && system.validFrom > bounds.start;
}

/**
 * The system's value in the period: its own where it existed, else rebased from its predecessors.
 * undefined = the system has no place in this period (after its end, or nothing to rebase from);
 * null = it has a place but no value.
 */
function valueIn(lookup: Lookup, system: System, depth: number): number | null | undefined {
  if (isSystemValidIn(system, lookup.period)) {
    const score = scoreIn(lookup.periodScores, system.code);
    return score ? lookup.pick(score) : null;
  }
  if (!beganAfter(system, lookup.period) || depth >= MAX_REBASE_DEPTH) return undefined;
  const links = predecessorsOf(lookup.feed.geography.crosswalk, system.code);
  let placed = false;
  let total = 0;
  let weight = 0;
  for (const link of links) {
    const predecessor = lookup.systems.get(link.code);
    if (!predecessor) continue;
    const value = valueIn(lookup, predecessor, depth + 1);
    if (value === undefined) continue;
    placed = true;
    if (value === null) continue;
    const residents = link.populationShare * predecessor.population;
    total += residents * value;
    weight += residents;
  }
  if (!placed) return undefined;
  return weight > 0 ? tidy(total / weight) : null;
}

/**
 * The system's point in one period, exactly as `systemSeries` gives it, without building the whole
 * series: the map asks for two periods (now and a year earlier) for each of up to 1,400 systems,
 * and a series per system cost the national page 290-440 ms on a 60 MB feed. The systems are
 * indexed once per reader, not once per system. undefined when the period is not scored or the
 * system has no place in it (after its end, or nothing to rebase from).
 */
export function systemPointReader(
  feed: Feed,
  scores: FeedScores,
  pick: ValuePicker = (score) => score.overall,
): (code: string, period: string) => SeriesPoint | undefined {
  const systems = new Map(feed.geography.systems.map((s) => [s.code, s]));
  return (code, period) => {
    const system = systems.get(code);
    if (!system || !Object.hasOwn(scores.byPeriod, period)) return undefined;
    const lookup = { feed, systems, periodScores: scores.byPeriod[period], period, pick };
    const value = valueIn(lookup, system, 0);
    if (value === undefined) return undefined;
    return { period, value, rebased: !isSystemValidIn(system, period) };
  };
}

/**
 * The system's value (overall unless `pick` says otherwise) in every period: its own where it
 * existed; before a new system began, rebased from its predecessors (rebased: true); after an
 * ended system's end, nothing.
 */
export function systemSeries(
  feed: Feed,
  scores: FeedScores,
  code: string,
  pick?: ValuePicker,
): SeriesPoint[] {
  const pointIn = systemPointReader(feed, scores, pick);
  const points: SeriesPoint[] = [];
  for (const period of scoredPeriods(scores)) {
    const point = pointIn(code, period);
    if (point) points.push(point);
  }
  return points;
}

/** England's population-weighted score in every period. */
export function nationalSeries(scores: FeedScores): SeriesPoint[] {
  return scoredPeriods(scores).map((period) => ({
    period,
    value: scores.byPeriod[period]?.national.populationWeighted ?? null,
    rebased: false,
  }));
}

/**
 * A region's population-weighted score in every period. Regions did not change in April 2026, so
 * the values are the region's own in each vintage.
 */
export function regionSeries(scores: FeedScores, regionCode: string): SeriesPoint[] {
  return scoredPeriods(scores).map((period) => ({
    period,
    value: scores.byPeriod[period]?.regions[regionCode]?.populationWeighted ?? null,
    rebased: false,
  }));
}
