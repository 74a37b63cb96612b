import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import topology from '../testing/fixtures/boundaries/three-areas.topo.json';
import { server } from '../testing/msw/server';
import { boundariesQueryOptions, fetchBoundaries } from './boundaries-query';
import { boundariesUrlFrom, DEFAULT_BOUNDARIES_URL } from './boundaries-url';
import { queryKeys } from './query-keys';

const URL = 'http://localhost/geo/boundaries/icb23.topo.json';
const ROUTE = '*/geo/boundaries/icb23.topo.json';

/** Answers every request with `respond` and counts the requests. */
function answer(respond: () => Response) {
  const calls = { count: 0 };
  server.use(
    http.get(ROUTE, () => {
      calls.count += 1;
      return respond();
    }),
  );
  return calls;
}

describe('fetchBoundaries', () => {
  it('is available with the areas when the file is there', async () => {
    answer(() => HttpResponse.json(topology));
    const loaded = await fetchBoundaries(URL);
    expect(loaded.status).toBe('available');
    if (loaded.status !== 'available') return;
    expect(loaded.url).toBe(URL);
    expect(loaded.features.map((f) => f.id)).toEqual(['E54000008', 'E54000010', 'E54000011']);
  });

  it.each([
    ['a 404', () => new HttpResponse('Not found', { status: 404 }), /HTTP 404/],
    [
      'a 403 (how some object stores say "missing")',
      () => new HttpResponse(null, { status: 403 }),
      /HTTP 403/,
    ],
    ['a network error', () => HttpResponse.error(), /could not be reached/],
    [
      'a web page (a single-page-app fallback)',
      () =>
        new HttpResponse('<!doctype html><title>App</title>', {
          headers: { 'Content-Type': 'text/html' },
        }),
      /web page/,
    ],
  ])('is not available after %s, with a reason', async (_name, respond, reason) => {
    answer(respond);
    const loaded = await fetchBoundaries(URL);
    expect(loaded).toMatchObject({ status: 'not-available', url: URL });
    if (loaded.status === 'not-available') expect(loaded.reason).toMatch(reason);
  });

  it.each([
    [
      'invalid JSON',
      () => new HttpResponse('{"type": "Topo', { headers: { 'Content-Type': 'application/json' } }),
      /not valid JSON/,
    ],
    [
      'JSON that is not boundaries',
      () => HttpResponse.json({ hello: 'world' }),
      /cannot be used: the file is neither/,
    ],
  ])('is unusable for %s, with a reason', async (_name, respond, reason) => {
    answer(respond);
    const loaded = await fetchBoundaries(URL);
    expect(loaded).toMatchObject({ status: 'unusable', url: URL });
    if (loaded.status === 'unusable') expect(loaded.reason).toMatch(reason);
  });

  it('rethrows only a cancelled request', async () => {
    answer(() => HttpResponse.json(topology));
    const controller = new AbortController();
    controller.abort();
    await expect(fetchBoundaries(URL, controller.signal)).rejects.toThrow();
  });
});

describe('boundariesQueryOptions', () => {
  it('keys the query by URL through the one key factory', () => {
    expect(boundariesQueryOptions(URL).queryKey).toEqual(queryKeys.boundaries.byUrl(URL));
    expect(queryKeys.boundaries.byUrl(URL)).toEqual(['boundaries', URL]);
  });

  it('asks once for a missing file: a 404 is an answer, never retried', async () => {
    const calls = answer(() => new HttpResponse(null, { status: 404 }));
    const client = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
    const loaded = await client.fetchQuery(boundariesQueryOptions(URL));
    expect(loaded.status).toBe('not-available');
    await client.fetchQuery(boundariesQueryOptions(URL));
    expect(calls.count).toBe(1);
  });
});

describe('boundariesUrlFrom', () => {
  it.each([
    ['not set', undefined, DEFAULT_BOUNDARIES_URL],
    ['another address', 'https://maps.example.org/icb.json', 'https://maps.example.org/icb.json'],
    ['empty, turning the map off', '', null],
    ['blank', '  ', null],
  ])('%s', (_name, configured, expected) => {
    expect(boundariesUrlFrom(configured)).toBe(expected);
  });
});
