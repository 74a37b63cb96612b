/**
 * Measures one feed: JSON.parse alone, parseFeed (validate), scoreFeed (score every system x
 * standard x period with the default weights) and the three back to back (the ingest), then the
 * rank intervals for the latest period. Every stage starts from fresh JSON, as a page load would.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Feed } from '../../src/domain/feed/feed-schema';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { rankIntervals } from '../../src/domain/scoring/ranks';
import { scoreFeed } from '../../src/domain/scoring/score-feed';
import { defaultWeights } from '../../src/domain/scoring/weights';
import { medians, msSince, now, sample } from './timing';

const RANK_DRAWS = 1000;
const RANK_SEED = 20260415;

export interface FeedPlan {
  name: string;
  path: string;
  runs: number;
  warmUp: number;
}

export interface IngestMedians {
  jsonParseMs: number;
  parseFeedMs: number;
  scoreFeedMs: number;
  ingestMs: number;
}

export interface FeedFigures extends FeedPlan {
  bytes: number;
  rankDraws: number;
  observations: number;
  issues: number;
  latestPeriod: string;
  medians: IngestMedians & { rankIntervalsMs: number };
}

function parsedFeed(text: string): { feed: Feed; issues: number } {
  const result = parseFeed(JSON.parse(text));
  if (!result.ok) throw new Error(`The feed did not parse: ${result.fatal.reason}`);
  return { feed: result.feed, issues: result.issues.length };
}

/** One ingest, timed stage by stage; the weights are the feed's own defaults, as on first load. */
function ingestOnce(text: string): IngestMedians {
  const start = now();
  const json: unknown = JSON.parse(text);
  const jsonParseMs = msSince(start);
  const validateStart = now();
  const result = parseFeed(json);
  const parseFeedMs = msSince(validateStart);
  if (!result.ok) throw new Error(`The feed did not parse: ${result.fatal.reason}`);
  const scoreStart = now();
  scoreFeed(result.feed, defaultWeights(result.feed));
  const scoreFeedMs = msSince(scoreStart);
  return { jsonParseMs, parseFeedMs, scoreFeedMs, ingestMs: msSince(start) };
}

export function benchFeed(plan: FeedPlan): FeedFigures {
  const text = readFileSync(plan.path, 'utf8');
  const { feed, issues } = parsedFeed(text);
  const latestPeriod = feed.periods.at(-1);
  if (latestPeriod === undefined) throw new Error(`${plan.path} has no periods`);
  const ingest = medians(sample(plan.runs, plan.warmUp, () => ingestOnce(text)));
  const weights = defaultWeights(feed);
  const ranks = medians(
    sample(plan.runs, plan.warmUp, () => {
      const start = now();
      rankIntervals(feed, latestPeriod, weights, { draws: RANK_DRAWS, seed: RANK_SEED });
      return { rankIntervalsMs: msSince(start) };
    }),
  );
  return {
    ...plan,
    bytes: statSync(plan.path).size,
    rankDraws: RANK_DRAWS,
    observations: feed.observations.length,
    issues,
    latestPeriod,
    medians: { ...ingest, ...ranks },
  };
}
