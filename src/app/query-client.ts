import { QueryClient } from '@tanstack/react-query';
import { LoadError } from '../api/load-error';

const MAX_RETRIES = 3;

/** Retry only what may pass by itself (network faults, timeouts, 5xx, 429), never a bad feed. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof LoadError && error.transient && failureCount < MAX_RETRIES;
}

/** Exponential backoff: 1 s, 2 s, 4 s... capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

export function createQueryClient(options: { retryDelayMs?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        retry: shouldRetry,
        retryDelay: options.retryDelayMs ?? retryDelay,
        // Numbers must not change under a reader's eyes when they switch tabs.
        refetchOnWindowFocus: false,
      },
    },
  });
}
