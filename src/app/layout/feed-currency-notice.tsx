import { useLoadedFeed } from '../../api/feed-query';
import { AppLink } from '../../components/ui/app-link';
import { newerContractNote } from '../../domain/feed/contract-version';
import { feedDating } from '../../domain/feed/feed-warnings';
import type { FeedDating } from '../../domain/feed/feed-warnings';
import type { Metadata } from '../../domain/feed/feed-schema';
import { formatIsoDate } from '../../lib/format-date';

/**
 * Says, on every page, when the data shown is out of date, dated in the future, or in a newer
 * contract version than this dashboard reads. The same rules as the Data page and the checker
 * (domain/feed/feed-warnings, contract-version); only the clock is read here, in the shell.
 * Reads the feed without suspending or fetching (see FeedNotices), so a failing feed leaves this
 * quiet.
 */
export function FeedCurrencyNotice() {
  const data = useLoadedFeed();
  // The one place the shell reads the clock; the domain gets it passed in.
  return data ? <FeedCurrencyNoticeView metadata={data.feed.metadata} now={new Date()} /> : null;
}

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

function datingText(dating: FeedDating, generatedAt: string): [string, string] | null {
  const date = formatIsoDate(generatedAt);
  switch (dating.kind) {
    case 'current':
      return null;
    case 'stale':
      return [
        'Out-of-date data',
        `This feed was generated on ${date}, ${days(dating.ageDays)} ago, so the figures may no longer be current. Feeds are meant to be refreshed each quarter.`,
      ];
    case 'future':
      return [
        'Feed dated in the future',
        `This feed says it was generated on ${date}, ${days(dating.aheadDays)} from now. The publisher's clock or time zone may be wrong, so treat the dates shown with care.`,
      ];
    case 'undated':
      return [
        'Feed date unknown',
        `This feed's generation date (${generatedAt}) cannot be read, so how current the figures are is unknown.`,
      ];
  }
}

export function FeedCurrencyNoticeView({ metadata, now }: { metadata: Metadata; now: Date }) {
  const dating = datingText(feedDating(metadata.generatedAt, now), metadata.generatedAt);
  const newer = newerContractNote(metadata.schemaVersion);
  if (!dating && !newer) return null;
  return (
    <>
      {dating ? (
        <div className="nhsuk-warning-callout app-feed-currency-notice">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {dating[0]}
          </h2>
          <p>
            {dating[1]} <AppLink to="/data">About this feed</AppLink>
          </p>
        </div>
      ) : null}
      {newer ? (
        <div className="nhsuk-inset-text app-feed-version-notice">
          <p>
            <span className="nhsuk-u-visually-hidden">Information: </span>
            {newer} <AppLink to="/data">About this feed</AppLink>
          </p>
        </div>
      ) : null}
    </>
  );
}
