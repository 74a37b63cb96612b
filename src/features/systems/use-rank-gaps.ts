import { useMemo } from 'react';
import type { Feed, PeriodId } from '../../domain/feed/feed-schema';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { rankGapNote } from '../../domain/mesh/no-data-text';
import type { RankGaps } from './profile/profile-format';

/**
 * What a system's two ranks must say of the systems they could not see (a mesh's products still
 * loading or unavailable): a rank drawn while peers arrive is "1st of 1" only so far.
 */
export function useRankGaps(
  feed: Feed,
  code: string,
  period: PeriodId,
  peers: readonly string[],
  noData: ReadonlyMap<string, string>,
): RankGaps {
  return useMemo(() => {
    if (noData.size === 0) return { all: null, peers: null };
    const all = systemsInPeriod(feed.geography.systems, period).map((system) => system.code);
    return {
      all: rankGapNote(all, noData, code, 'system'),
      peers: rankGapNote(peers, noData, code, 'peer'),
    };
  }, [feed, code, period, peers, noData]);
}
