import { LoadError } from './load-error';

/** Four attempts in all: with 15 s to answer and 1 + 2 + 4 s between, at most about 67 s. */
export const FEED_ATTEMPTS = 4;

/** Backoff before attempt n + 1: 1 s, 2 s, 4 s, capped at 8 s. */
export const feedRetryDelay = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 8000);

export type LoadPhase = 'waiting' | 'downloading' | 'retrying';

/** Where a load stands, for the reader: which attempt, what arrived and what went wrong before. */
export interface LoadStatus {
  attempt: number;
  attempts: number;
  phase: LoadPhase;
  received: number;
  total: number | null;
  /** The reason the previous attempt failed, once one has. */
  lastProblem: string | null;
}

export interface RetryOptions {
  /** Cancels quietly (the query was dropped): the abort error is passed on, no LoadError. */
  signal?: AbortSignal;
  /** The reader pressed Stop: the load ends at once as a LoadError that says so, with Retry. */
  stopSignal?: AbortSignal;
  attempts?: number;
  delayMs?: (attempt: number) => number;
  onStatus?: (status: LoadStatus) => void;
}

type Attempt<T> = (
  signal: AbortSignal,
  onProgress: (received: number, total: number | null) => void,
) => Promise<T>;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/**
 * Runs a load, retrying only transient LoadErrors (a hang, a dropped connection, a 5xx) with
 * backoff, and reports each step so the page can say "Trying again (attempt 2 of 4)". Retrying
 * here rather than in the query client lets Stop end a wait between attempts at once.
 */
export async function fetchWithRetries<T>(
  url: string,
  attemptOnce: Attempt<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? FEED_ATTEMPTS;
  const delayMs = options.delayMs ?? feedRetryDelay;
  const signals = [options.signal, options.stopSignal].filter((s): s is AbortSignal => !!s);
  const signal = AbortSignal.any(signals);
  let lastProblem: string | null = null;
  const report = (status: Omit<LoadStatus, 'attempts' | 'lastProblem'>) =>
    options.onStatus?.({ ...status, attempts, lastProblem });
  const stopped = (attempt: number) => {
    const before = lastProblem ? ` The last problem: ${lastProblem}.` : '';
    return new LoadError(
      'stopped',
      url,
      `You stopped loading during attempt ${attempt} of ${attempts}.${before}`,
    );
  };

  for (let attempt = 1; ; attempt += 1) {
    report({ attempt, phase: 'waiting', received: 0, total: null });
    try {
      return await attemptOnce(signal, (received, total) =>
        report({ attempt, phase: 'downloading', received, total }),
      );
    } catch (error) {
      if (options.stopSignal?.aborted) throw stopped(attempt);
      const retry = error instanceof LoadError && error.transient && attempt < attempts;
      if (!retry) throw error;
      lastProblem = error.reason;
    }
    report({ attempt: attempt + 1, phase: 'retrying', received: 0, total: null });
    try {
      await sleep(delayMs(attempt), signal);
    } catch (error) {
      if (options.stopSignal?.aborted) throw stopped(attempt + 1);
      throw error;
    }
  }
}
