import type { Feed } from '../domain/feed/feed-schema';
import { rankIntervalSteps } from '../domain/scoring/ranks';
import type { RankInterval } from '../domain/scoring/ranks';
import { scoreFeedSteps } from '../domain/scoring/score-feed';
import type { FeedScores } from '../domain/scoring/score-types';
import type { Weights } from '../domain/scoring/weights';
import { WorkerUnavailable } from './feed-worker-client';
import type { FeedWorkerClient } from './feed-worker-client';
import { feedWorker } from './feed-worker';
import { yieldToPage } from './yield-to-page';

/**
 * The bundled feed scores in milliseconds, so it stays on the main thread; a large feed (a
 * provider-level one, say) is scored in the feed worker, which already holds it, so only the
 * weights go over and the scores come back.
 */
const WORKER_THRESHOLD_OBSERVATIONS = 50_000;

export function workerFor(feed: Feed): FeedWorkerClient | null {
  return feed.observations.length > WORKER_THRESHOLD_OBSERVATIONS ? feedWorker() : null;
}

/** Runs `inWorker` when there is a worker, else (or when the worker fails to start) `here`. */
export async function offThread<T>(
  worker: FeedWorkerClient | null,
  inWorker: (worker: FeedWorkerClient) => Promise<T>,
  here: () => T | Promise<T>,
): Promise<T> {
  if (!worker) return here();
  try {
    return await inWorker(worker);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return here();
    throw error;
  }
}

export function scoreOffThread(feed: Feed, weights: Weights): Promise<FeedScores> {
  return offThread(
    workerFor(feed),
    (worker) => worker.scores(feed, weights),
    // On the page in steps, so scoring the bundled data never holds up input or paint for long;
    // the first (the matrices) after a yield too, not inside the render that asked for the scores.
    async () => {
      await yieldToPage();
      return inSteps(scoreFeedSteps(feed, weights));
    },
  );
}

export function rankIntervalsOffThread(
  feed: Feed,
  weights: Weights,
  period: string,
): Promise<Record<string, RankInterval>> {
  return offThread(
    workerFor(feed),
    (worker) => worker.intervals(feed, weights, period),
    () => inSteps(rankIntervalSteps(feed, period, weights, { drawsPerStep: DRAWS_PER_STEP })),
  );
}

/**
 * On the page, a quarter's thousand rank draws took 50-110 ms with the CPU slowed to a phone's
 * (issue 15: no task over 50 ms when the reader changes the quarter). Steps of 200 draws still
 * took 50-60 ms each at that rate on a busy machine, while the finished mesh is drawn; 100 draws
 * are a tenth, and the yields between them cost next to nothing.
 */
const DRAWS_PER_STEP = 100;

/** Runs the steps to their end, letting the page handle input and paint between them. */
async function inSteps<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}
