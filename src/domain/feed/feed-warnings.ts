/**
 * Warnings about a parsed feed. They reject nothing; they say what a reader should know: the feed is
 * old (or dated in the future), or a system, standard or period has no data. The clock is passed in.
 *
 * Paths point into the publisher's file: for a parsed feed, pass parseFeed's `sourceRows`, which maps
 * each accepted row back to its index there (after a rejected row the two differ). Without it the
 * feed's own indexes are used, which is right for a feed that was never filtered.
 */
import { newerContractNote } from './contract-version';
import type { FeedIssue, SourceRows } from './feed-issues';
import type { Feed } from './feed-schema';
import { isSystemValidIn } from '../geography/system-validity';

/** A feed older than one quarter plus 45 days is stale: a quarterly refresh is overdue. */
export const FEED_STALE_AFTER_DAYS = 135;

/** generatedAt further in the future than this suggests a wrong clock or time zone. */
export const FEED_FUTURE_TOLERANCE_DAYS = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FeedFreshness {
  /** Whole days since generatedAt (negative when it lies in the future). */
  ageDays: number;
  /** True when older than FEED_STALE_AFTER_DAYS, or when generatedAt cannot be read. */
  stale: boolean;
}

export function feedFreshness(generatedAt: string, now: Date): FeedFreshness {
  const ageDays = Math.floor((now.getTime() - Date.parse(generatedAt)) / DAY_MS);
  return { ageDays, stale: !(ageDays <= FEED_STALE_AFTER_DAYS) };
}

/**
 * What a reader must be told about the feed's date, the same rule as the warnings below:
 * `future` beyond the tolerance, else `stale` (or `undated` when generatedAt cannot be read).
 */
export type FeedDating =
  | { kind: 'current'; ageDays: number }
  | { kind: 'stale'; ageDays: number }
  | { kind: 'future'; aheadDays: number }
  | { kind: 'undated' };

export function feedDating(generatedAt: string, now: Date): FeedDating {
  const aheadMs = Date.parse(generatedAt) - now.getTime();
  if (Number.isNaN(aheadMs)) return { kind: 'undated' };
  if (aheadMs > FEED_FUTURE_TOLERANCE_DAYS * DAY_MS) {
    return { kind: 'future', aheadDays: Math.ceil(aheadMs / DAY_MS) };
  }
  const { ageDays, stale } = feedFreshness(generatedAt, now);
  return { kind: stale ? 'stale' : 'current', ageDays };
}

const warning = (table: FeedIssue['table'], path: string, reason: string): FeedIssue => ({
  severity: 'warning',
  table,
  path,
  reason,
});

function freshnessWarnings(generatedAt: string, now: Date): FeedIssue[] {
  const path = '$.metadata.generatedAt';
  const dating = feedDating(generatedAt, now);
  switch (dating.kind) {
    case 'current':
      return [];
    case 'future': {
      const reason = `The feed says it was generated ${dating.aheadDays} days in the future (${generatedAt}); check the publisher's clock and time zone`;
      return [warning('metadata', path, reason)];
    }
    case 'undated': {
      const reason = `The feed's age cannot be worked out from generatedAt (${generatedAt}), so it is treated as stale`;
      return [warning('metadata', path, reason)];
    }
    case 'stale': {
      const reason = `The feed was generated ${dating.ageDays} days ago (${generatedAt}); feeds older than ${FEED_STALE_AFTER_DAYS} days are flagged as stale`;
      return [warning('metadata', path, reason)];
    }
  }
}

/** The publisher's index of the accepted row at `index` (itself when the feed was not parsed). */
const sourceIndex = (sources: readonly number[] | undefined, index: number) =>
  sources?.[index] ?? index;

function quietSystems(feed: Feed, sources?: readonly number[]): FeedIssue[] {
  const latest = feed.periods.at(-1);
  if (latest === undefined) return [];
  const reporting = new Set<string>();
  for (const row of feed.observations) if (row.period === latest) reporting.add(row.system);
  return feed.geography.systems.flatMap((system, index) =>
    isSystemValidIn(system, latest) && !reporting.has(system.code)
      ? [
          warning(
            'systems',
            `$.geography.systems[${sourceIndex(sources, index)}]`,
            `${system.shortName} (${system.code}) has no observations for the latest period, ${latest}`,
          ),
        ]
      : [],
  );
}

function quietStandards(feed: Feed, sources?: readonly number[]): FeedIssue[] {
  const observed = new Set(feed.observations.map((row) => row.standard));
  return feed.standards.flatMap((standard, index) =>
    observed.has(standard.id)
      ? []
      : [
          warning(
            'standards',
            `$.standards[${sourceIndex(sources, index)}]`,
            `Standard "${standard.id}" (${standard.name}) has no observations in any period`,
          ),
        ],
  );
}

function quietPeriods(feed: Feed, sources?: readonly number[]): FeedIssue[] {
  const observed = new Set(feed.observations.map((row) => row.period));
  return feed.periods.flatMap((period, index) =>
    observed.has(period)
      ? []
      : [
          warning(
            'periods',
            `$.periods[${sourceIndex(sources, index)}]`,
            `Period ${period} has no observations`,
          ),
        ],
  );
}

export function feedWarnings(feed: Feed, now: Date, sourceRows?: SourceRows): FeedIssue[] {
  const version = newerContractNote(feed.metadata.schemaVersion);
  return [
    ...(version ? [warning('metadata', '$.metadata.schemaVersion', version)] : []),
    ...freshnessWarnings(feed.metadata.generatedAt, now),
    ...quietSystems(feed, sourceRows?.systems),
    ...quietStandards(feed, sourceRows?.standards),
    ...quietPeriods(feed, sourceRows?.periods),
  ];
}
