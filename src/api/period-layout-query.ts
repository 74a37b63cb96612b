import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Feed } from '../domain/feed/feed-schema';
import type { HexJson } from '../domain/geography/hexjson';
import { layoutForPeriod, rememberLayoutForPeriod } from '../domain/geography/vintage-layout';
import type { PeriodLayout } from '../domain/geography/vintage-layout';
import { feedVersion } from './feed-version';
import { queryKeys } from './query-keys';
import { useSourceKey } from './scores-query';
import { offThread, workerFor } from './score-off-thread';

/** A number per base layout object, for query keys (a layout is never changed in place). */
const layoutIds = new WeakMap<HexJson, number>();
let lastLayoutId = 0;
function layoutId(base: HexJson): number {
  const known = layoutIds.get(base);
  if (known !== undefined) return known;
  lastLayoutId += 1;
  layoutIds.set(base, lastLayoutId);
  return lastLayoutId;
}

/**
 * Where a large feed's systems go on the hex map for a period. Placing a thousand systems from
 * their centroids held the page's main thread for 0.6-1 s (issue 18), so a feed large enough to
 * be scored in the feed worker is placed there too; a small feed is placed here at once, without
 * suspending, as before.
 */
export function periodLayoutQueryOptions(
  sourceKey: string,
  base: HexJson,
  feed: Feed,
  /** null when the feed has no quarters: there is nothing to place. */
  period: string | null,
) {
  const worker = period === null ? null : workerFor(feed);
  const here = () => (period === null ? null : layoutForPeriod(base, feed, period));
  // The feed and the layout are identified by their keys, as for scores.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: queryKeys.hexLayout.forPeriod(
      sourceKey,
      feedVersion(feed),
      layoutId(base),
      period ?? '',
    ),
    queryFn: (): Promise<PeriodLayout | null> =>
      offThread<PeriodLayout | null>(
        worker,
        (client) => client.periodLayout(feed, base, period ?? ''),
        here,
      ),
    staleTime: Infinity,
    ...(worker ? {} : { initialData: here }),
  });
}

/**
 * Makes sure the period's layout is ready before the map model asks `layoutForPeriod` for it,
 * suspending while the worker places a large feed's systems. Recording it for this feed object
 * each render is cheap, and covers a refetched feed that is equal but not the same object.
 */
export function usePeriodLayout(
  base: HexJson,
  feed: Feed,
  period: string | null,
): PeriodLayout | null {
  const placed = useSuspenseQuery(
    periodLayoutQueryOptions(useSourceKey(), base, feed, period),
  ).data;
  if (placed && period !== null) rememberLayoutForPeriod(base, feed, period, placed);
  return placed;
}
