import type { Feed } from '../domain/feed/feed-schema';
import { rankIntervals } from '../domain/scoring/ranks';
import type { RankInterval } from '../domain/scoring/ranks';
import { scoreFeed } from '../domain/scoring/score-feed';
import type { FeedScores } from '../domain/scoring/score-feed';
import type { Weights } from '../domain/scoring/weights';
import type { ScoringReply, ScoringRequest } from './scoring-messages';

/**
 * The bundled feed scores in milliseconds, so it stays on the main thread; a large feed (a
 * provider-level one, say) goes to a Web Worker so the page keeps responding.
 */
const WORKER_THRESHOLD_OBSERVATIONS = 50_000;

function inWorker(request: ScoringRequest): Promise<ScoringReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ScoringReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Scoring failed in the background: ${event.message}`));
    };
    worker.postMessage(request);
  });
}

function useWorker(feed: Feed): boolean {
  return typeof Worker !== 'undefined' && feed.observations.length > WORKER_THRESHOLD_OBSERVATIONS;
}

export async function scoreOffThread(feed: Feed, weights: Weights): Promise<FeedScores> {
  if (!useWorker(feed)) return scoreFeed(feed, weights);
  const reply = await inWorker({ kind: 'scores', feed, weights });
  if (reply.kind !== 'scores')
    throw new Error(reply.kind === 'error' ? reply.message : 'Bad reply');
  return reply.scores;
}

export async function rankIntervalsOffThread(
  feed: Feed,
  weights: Weights,
  period: string,
): Promise<Record<string, RankInterval>> {
  if (!useWorker(feed)) return rankIntervals(feed, period, weights);
  const reply = await inWorker({ kind: 'intervals', feed, weights, period });
  if (reply.kind !== 'intervals') {
    throw new Error(reply.kind === 'error' ? reply.message : 'Bad reply');
  }
  return reply.intervals;
}
