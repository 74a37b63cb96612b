import { describe, expect, it } from 'vitest';
import { LoadError } from '../api/load-error';
import { retryDelay, shouldRetry } from './query-client';

const url = 'http://localhost/data/feed.json';

describe('shouldRetry', () => {
  it.each([
    ['a network fault, first failure', new LoadError('network', url, 'down'), 0, true],
    ['a timeout', new LoadError('timeout', url, 'slow'), 1, true],
    ['HTTP 503', new LoadError('http', url, 'busy', 503), 2, true],
    ['HTTP 429', new LoadError('http', url, 'busy', 429), 0, true],
    ['a network fault after three failures', new LoadError('network', url, 'down'), 3, false],
    ['HTTP 404', new LoadError('http', url, 'missing', 404), 0, false],
    ['HTTP 403', new LoadError('http', url, 'forbidden', 403), 0, false],
    ['invalid JSON', new LoadError('not-json', url, 'bad'), 0, false],
    ['an unusable feed', new LoadError('unusable-feed', url, 'bad'), 0, false],
    ['any other error', new Error('bug'), 0, false],
  ])('%s: %s', (_label, error, failures, expected) => {
    expect(shouldRetry(failures, error)).toBe(expected);
  });
});

describe('retryDelay', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [3, 8000],
    [10, 8000],
  ])('attempt %i waits %i ms', (attempt, expected) => {
    expect(retryDelay(attempt)).toBe(expected);
  });
});
