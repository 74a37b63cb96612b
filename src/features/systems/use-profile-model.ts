import { useMemo } from 'react';
import { useRankIntervals, useScores } from '../../api/scores-query';
import type { Feed, System } from '../../domain/feed/feed-schema';
import { buildProfileModel } from '../../domain/profile/profile-model';
import { profilePeriod } from '../../domain/profile/profile-period';
import { usePeers } from '../../lib/url-state/use-peers';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';

/**
 * What a system's profile and its board report both start from: the weighting, the quarter asked
 * for and the one shown, the scores, the peer group, the rank intervals and the profile model.
 * The model is memoised on text keys (weighting, peer list), since the weights and peers arrays
 * can be new objects on any URL change while naming the same thing.
 */
export function useProfileModel(feed: Feed, system: System) {
  const weightsState = useWeights(feed);
  const { weights, key } = weightsState;
  const [requested, setPeriod] = usePeriod(feed);
  const scores = useScores(feed, weights, key);
  const asked = requested ?? feed.periods.at(-1) ?? '';
  const shownPeriod = useMemo(
    () => profilePeriod(system, feed.periods, asked),
    [system, feed.periods, asked],
  );
  const shown = shownPeriod.period ?? asked;
  const peers = usePeers(feed, system.code, shown);
  const intervals = useRankIntervals(feed, weights, key, shown);
  const peersKey = peers.peers.join(',');
  const model = useMemo(
    () =>
      buildProfileModel({
        feed,
        scores,
        code: system.code,
        period: asked,
        peers: peersKey === '' ? [] : peersKey.split(','),
        shown: shownPeriod,
      }),
    [feed, scores, system.code, asked, peersKey, shownPeriod],
  );
  return { weightsState, setPeriod, scores, shown, peers, intervals, model };
}
