/// <reference lib="webworker" />
import { rankIntervals } from '../domain/scoring/ranks';
import { scoreFeed } from '../domain/scoring/score-feed';
import type { ScoringReply, ScoringRequest } from './scoring-messages';

/** Scores a large feed off the main thread, so typing and clicking never wait for it. */
self.onmessage = (event: MessageEvent<ScoringRequest>) => {
  const request = event.data;
  let reply: ScoringReply;
  try {
    reply =
      request.kind === 'scores'
        ? { kind: 'scores', scores: scoreFeed(request.feed, request.weights) }
        : {
            kind: 'intervals',
            intervals: rankIntervals(request.feed, request.period, request.weights),
          };
  } catch (error) {
    reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
