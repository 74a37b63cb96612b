import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw/server';
import { feedScenarios } from '../testing/msw/scenarios';
import { fetchFeed } from './feed-query';
import { LoadError } from './load-error';

const URL = 'http://localhost/data/feed.json';

describe('fetchFeed', () => {
  it('returns the parsed feed with its counts and address', async () => {
    const loaded = await fetchFeed(URL);
    expect(loaded.url).toBe(URL);
    expect(loaded.feed.metadata.title).toBe('Minimal test feed');
    expect(loaded.counts.observations).toEqual({ read: 25, accepted: 25, rejected: 0 });
  });

  it.each([
    ['serverError', 'http', 500, true, /HTTP 500/],
    ['notFound', 'http', 404, false, /HTTP 404/],
    ['invalidJson', 'not-json', undefined, false, /not valid JSON/],
    ['htmlPage', 'html-instead-of-json', 200, false, /web page, not a JSON feed/],
    ['networkError', 'network', undefined, true, /could not be reached/],
  ] as const)('%s fails as %s', async (scenario, failure, status, transient, reason) => {
    server.use(feedScenarios[scenario]);
    const error = await fetchFeed(URL, undefined, { delayMs: () => 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LoadError);
    const loadError = error as LoadError;
    expect(loadError.failure).toBe(failure);
    expect(loadError.status).toBe(status);
    expect(loadError.transient).toBe(transient);
    expect(loadError.url).toBe(URL);
    expect(loadError.reason).toMatch(reason);
  });

  it('rejects a feed of a newer major version as unusable, naming the reason', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(
      http.get('*/data/feed.json', () => HttpResponse.json({ metadata: { schemaVersion: '2.0' } })),
    );
    const error = await fetchFeed(URL).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).failure).toBe('unusable-feed');
    expect((error as LoadError).transient).toBe(false);
  });
});
