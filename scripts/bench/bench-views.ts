/**
 * What one interaction costs on the page, on the bundled feed: the work a screen does in the
 * browser's main thread after the scores exist (they are cached per weighting). Each must stay
 * well inside a frame budget so that changing a quarter, a measure or a peer never stalls.
 */
import { readFileSync } from 'node:fs';
import { analyseDivides } from '../../src/domain/divides/divides-analysis';
import { borderScores } from '../../src/domain/divides/border-scores';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { systemsInPeriod } from '../../src/domain/geography/system-validity';
import { defaultPeers } from '../../src/domain/peers/peer-groups';
import { buildProfileModel } from '../../src/domain/profile/profile-model';
import { scoreFeed } from '../../src/domain/scoring/score-feed';
import { defaultWeights } from '../../src/domain/scoring/weights';
import { medians, msSince, now, sample } from './timing';

/** Half of a 60 Hz frame's budget would be 8 ms; 50 ms is the "response" limit of RAIL. */
export const VIEW_GOAL_MS = 50;

export interface ViewMedians {
  dividesAnalysisMs: number;
  borderScoresMs: number;
  profileModelMs: number;
  peerGroupsAllMs: number;
}

export function benchViews(path: string, runs = 15, warmUp = 10): ViewMedians {
  const parsed = parseFeed(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`The bundled feed does not parse: ${parsed.fatal.reason}`);
  const feed = parsed.feed;
  const weights = defaultWeights(feed);
  const scores = scoreFeed(feed, weights);
  const period = feed.periods.at(-1) ?? '';
  const systems = systemsInPeriod(feed.geography.systems, period);
  const code = systems[Math.floor(systems.length / 2)]?.code ?? '';
  const peers = defaultPeers(systems, code).map((peer) => peer.code);
  const timed = (work: () => unknown) => {
    const start = now();
    work();
    return msSince(start);
  };
  return medians(
    sample(runs, warmUp, () => ({
      dividesAnalysisMs: timed(() =>
        analyseDivides(feed, scores, weights, period, { kind: 'overall' }),
      ),
      borderScoresMs: timed(() => borderScores(feed, period, weights)),
      profileModelMs: timed(() => buildProfileModel({ feed, scores, code, period, peers })),
      peerGroupsAllMs: timed(() => systems.forEach((system) => defaultPeers(systems, system.code))),
    })),
  );
}
