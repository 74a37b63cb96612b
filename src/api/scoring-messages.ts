import type { Feed } from '../domain/feed/feed-schema';
import type { RankInterval } from '../domain/scoring/ranks';
import type { FeedScores } from '../domain/scoring/score-feed';
import type { Weights } from '../domain/scoring/weights';

export type ScoringRequest =
  | { kind: 'scores'; feed: Feed; weights: Weights }
  | { kind: 'intervals'; feed: Feed; weights: Weights; period: string };

export type ScoringReply =
  | { kind: 'scores'; scores: FeedScores }
  | { kind: 'intervals'; intervals: Record<string, RankInterval> }
  | { kind: 'error'; message: string };
