import { feedFreshness } from '../../domain/feed/feed-warnings';
import { formatIsoDate } from '../../lib/format-date';

/** "15 October 2026 (41 days ago)", with a worded tag when the feed is stale. */
export function FreshnessValue({ generatedAt, now }: { generatedAt: string; now: Date }) {
  const { ageDays, stale } = feedFreshness(generatedAt, now);
  const age = ageDays === 0 ? 'today' : ageDays === 1 ? '1 day ago' : `${ageDays} days ago`;
  return (
    <>
      {formatIsoDate(generatedAt)} ({ageDays < 0 ? 'in the future' : age}){' '}
      {stale ? <strong className="nhsuk-tag nhsuk-tag--orange">Stale</strong> : null}
    </>
  );
}
