import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useFeedStatus } from '../../api/feed-query';
import { keepLastGood } from '../../api/last-good/keep-last-good';
import { useSavedCopyNotices } from '../../api/last-good/saved-copy-notices';
import type { SavedCopyNotice } from '../../api/last-good/saved-copy-notices';

const SAVED_AT_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "6 December 2026 at 09:30" in the reader's own time zone: it is when they last loaded it. */
export function formatSavedAt(savedAt: Date): string {
  return SAVED_AT_FORMAT.format(savedAt).replace(', ', ' at ');
}

/** Saves each feed or mesh that loads and passes its contract, for the next time the network fails. */
function useKeepLastGood(): void {
  const { data } = useFeedStatus();
  useEffect(() => {
    if (data) void keepLastGood(data, new Date());
  }, [data]);
}

/** The oldest copy in use speaks for the page: the data is at least that old. */
function oldestNotice(notices: readonly SavedCopyNotice[]): SavedCopyNotice | undefined {
  return notices.reduce<SavedCopyNotice | undefined>(
    (oldest, n) => (oldest && oldest.savedAt <= n.savedAt ? oldest : n),
    undefined,
  );
}

/**
 * Says when the page shows the copy of the data saved on this device because the network copy
 * failed: when it was saved, what failed, and a Retry that asks the network again.
 */
export function SavedDataBanner() {
  useKeepLastGood();
  const notice = oldestNotice(useSavedCopyNotices());
  const queryClient = useQueryClient();
  const headingId = useId();
  if (!notice) return null;
  return (
    <section className="nhsuk-warning-callout app-saved-data" aria-labelledby={headingId}>
      <h2 className="nhsuk-warning-callout__label" id={headingId}>
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Showing data saved on {formatSavedAt(notice.savedAt)}
      </h2>
      <p>The latest data could not be loaded. {notice.failure.replace(/\.$/, '')}.</p>
      <p>
        This page shows the last data that loaded on this device, saved on{' '}
        {formatSavedAt(notice.savedAt)}. It may be out of date.
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
        onClick={() => void queryClient.refetchQueries({ type: 'active' })}
      >
        Retry
      </button>
    </section>
  );
}
