/**
 * Warnings about a parsed feed. They reject nothing; they say what a reader should know: the feed is
 * old (or dated in the future), or a system, standard or period has no data. The clock is passed in.
 *
 * Paths index the arrays of the feed passed in. For a parsed feed those are the accepted rows, so
 * after rejections an index can differ from the publisher's file; each reason also names the row.
 */
import type { FeedIssue } from './feed-issues';
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

const warning = (table: FeedIssue['table'], path: string, reason: string): FeedIssue => ({
  severity: 'warning',
  table,
  path,
  reason,
});

function freshnessWarnings(generatedAt: string, now: Date): FeedIssue[] {
  const path = '$.metadata.generatedAt';
  const aheadMs = Date.parse(generatedAt) - now.getTime();
  if (aheadMs > FEED_FUTURE_TOLERANCE_DAYS * DAY_MS) {
    const days = Math.ceil(aheadMs / DAY_MS);
    const reason = `The feed says it was generated ${days} days in the future (${generatedAt}); check the publisher's clock and time zone`;
    return [warning('metadata', path, reason)];
  }
  const { ageDays, stale } = feedFreshness(generatedAt, now);
  if (!stale) return [];
  const reason = Number.isNaN(ageDays)
    ? `The feed's age cannot be worked out from generatedAt (${generatedAt}), so it is treated as stale`
    : `The feed was generated ${ageDays} days ago (${generatedAt}); feeds older than ${FEED_STALE_AFTER_DAYS} days are flagged as stale`;
  return [warning('metadata', path, reason)];
}

function quietSystems(feed: Feed): FeedIssue[] {
  const latest = feed.periods.at(-1);
  if (latest === undefined) return [];
  const reporting = new Set<string>();
  for (const row of feed.observations) if (row.period === latest) reporting.add(row.system);
  return feed.geography.systems.flatMap((system, index) =>
    isSystemValidIn(system, latest) && !reporting.has(system.code)
      ? [
          warning(
            'systems',
            `$.geography.systems[${index}]`,
            `${system.shortName} (${system.code}) has no observations for the latest period, ${latest}`,
          ),
        ]
      : [],
  );
}

function quietStandards(feed: Feed): FeedIssue[] {
  const observed = new Set(feed.observations.map((row) => row.standard));
  return feed.standards.flatMap((standard, index) =>
    observed.has(standard.id)
      ? []
      : [
          warning(
            'standards',
            `$.standards[${index}]`,
            `Standard "${standard.id}" (${standard.name}) has no observations in any period`,
          ),
        ],
  );
}

function quietPeriods(feed: Feed): FeedIssue[] {
  const observed = new Set(feed.observations.map((row) => row.period));
  return feed.periods.flatMap((period, index) =>
    observed.has(period)
      ? []
      : [warning('periods', `$.periods[${index}]`, `Period ${period} has no observations`)],
  );
}

export function feedWarnings(feed: Feed, now: Date): FeedIssue[] {
  return [
    ...freshnessWarnings(feed.metadata.generatedAt, now),
    ...quietSystems(feed),
    ...quietStandards(feed),
    ...quietPeriods(feed),
  ];
}
