import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULT_BODY, startFaultServer } from '../testing/http/fault-server';
import type { FaultServer } from '../testing/http/fault-server';
import { server as msw } from '../testing/msw/server';
import { fetchBytes } from './fetch-bytes';
import type { FetchBytesOptions } from './fetch-bytes';
import { LoadError } from './load-error';

let faults: FaultServer;
beforeAll(async () => {
  faults = await startFaultServer();
});
afterAll(() => faults.close());
// msw refuses unhandled requests in tests; these go to the local fault server on purpose.
beforeEach(() => msw.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough())));

// Short budgets keep the suite fast; the faults are the same at 15 and 30 seconds.
const quick: FetchBytesOptions = { firstByteMs: 300, stallMs: 300 };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error('loaded'),
    (error: unknown) => error,
  );

describe('fetchBytes against a misbehaving server', () => {
  it('reads a slow body that keeps arriving, past the stall budget in total', async () => {
    const seen: number[] = [];
    const started = performance.now();
    const { bytes } = await fetchBytes(`${faults.base}/slow`, {
      ...quick,
      onProgress: (received) => seen.push(received),
    });
    expect(performance.now() - started).toBeGreaterThan(300);
    expect(new TextDecoder().decode(bytes)).toBe(FAULT_BODY);
    expect(seen.at(-1)).toBe(FAULT_BODY.length);
  });

  it.each([
    ['a cut body', '/cut', 'cut-off', true, /^The download was cut off after 0\.0 MB of 0\.0 MB$/],
    ['a stalled body', '/stall', 'stalled', true, /no data for 0\.3 seconds after 0\.0 MB/],
    ['a hang before any answer', '/hang', 'timeout', true, /^No answer within 0\.3 seconds$/],
    ['a redirect loop', '/loop', 'redirect', false, /redirects in a loop/],
    ['a 403', '/forbidden', 'http', false, /HTTP 403 Forbidden: the address needs a sign-in/],
    ['a 503', '/busy', 'http', true, /HTTP 503 Service Unavailable; this is often temporary/],
  ] as const)('names %s as a LoadError', async (_label, path, kind, transient, reason) => {
    // A loop is 20 round trips before the fetch gives up: on a busy 2-core machine that took over
    // 300 ms, and the loop was then called a timeout. Its budget is not what is tested here.
    const options = path === '/loop' ? { ...quick, firstByteMs: 10_000 } : quick;
    const error = await failure(fetchBytes(`${faults.base}${path}`, options));
    expect(error).toBeInstanceOf(LoadError);
    const loadError = error as LoadError;
    expect(loadError.failure).toBe(kind);
    expect(loadError.transient).toBe(transient);
    expect(loadError.url).toBe(`${faults.base}${path}`);
    expect(loadError.reason).toMatch(reason);
  });

  it('passes on the caller cancelling, not a LoadError', async () => {
    const error = await failure(
      fetchBytes(`${faults.base}/hang`, { signal: AbortSignal.timeout(50) }),
    );
    expect(error).not.toBeInstanceOf(LoadError);
  });
});

describe('fetchBytes with a browser-like fetch', () => {
  const FEED = 'https://feeds.example.org/feed.json';
  /** Chromium rejects a cross-site read without CORS headers as a bare TypeError. */
  function browserFetch(verdict: { cors: boolean; reachable: boolean }): typeof fetch {
    return (_url, init) => {
      if (init?.mode === 'no-cors' && verdict.reachable)
        return Promise.resolve(new Response(null, { status: 200 }));
      if (verdict.cors && verdict.reachable) return Promise.resolve(Response.json({}));
      return Promise.reject(new TypeError('Failed to fetch'));
    };
  }
  const page = 'https://dashboard.example.nhs.uk';

  it.each([
    ['a refused cross-site read', { cors: false, reachable: true }, page, 'cors', false],
    ['an unreachable cross-site server', { cors: false, reachable: false }, page, 'network', true],
    [
      'a failure where there is no page (Node)',
      { cors: false, reachable: true },
      undefined,
      'network',
      true,
    ],
  ] as const)('tells %s', async (_label, verdict, pageOrigin, kind, transient) => {
    const error = await failure(
      fetchBytes(FEED, {
        fetchImpl: browserFetch(verdict),
        ...(pageOrigin ? { pageOrigin } : {}),
      }),
    );
    expect((error as LoadError).failure).toBe(kind);
    expect((error as LoadError).transient).toBe(transient);
  });

  it('says what to ask for when the read is refused', async () => {
    const error = await failure(
      fetchBytes(FEED, {
        fetchImpl: browserFetch({ cors: false, reachable: true }),
        pageOrigin: page,
      }),
    );
    expect((error as LoadError).reason).toBe(
      'The site https://feeds.example.org answered but does not allow this dashboard to read its ' +
        'data (its server must send an Access-Control-Allow-Origin header); ask its publisher',
    );
  });

  it('tells a redirect loop in a browser (an opaque redirect when not followed)', async () => {
    const fetchImpl: typeof fetch = (_url, init) =>
      init?.redirect === 'manual'
        ? Promise.resolve(
            Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' }),
          )
        : Promise.reject(new TypeError('Failed to fetch'));
    const error = await failure(fetchBytes(FEED, { fetchImpl, pageOrigin: page }));
    expect((error as LoadError).failure).toBe('redirect');
  });
});

describe('fetchBytes on a body that is all there at once', () => {
  it('lets the page in every 2 MB instead of reading 5 MB in one task', async () => {
    const megabyte = 1024 * 1024;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i += 1) controller.enqueue(new Uint8Array(megabyte));
        controller.close();
      },
    });
    const fetchImpl = () => Promise.resolve(new Response(body, { status: 200 }));
    let received = 0;
    let receivedWhenTimerRan = -1;
    setTimeout(() => (receivedWhenTimerRan = received), 0);
    const { bytes } = await fetchBytes('https://example.test/feed.json', {
      fetchImpl,
      onProgress: (bytesSoFar) => (received = bytesSoFar),
    });
    expect(bytes.length).toBe(5 * megabyte);
    // A timer queued before the read runs at the first pause, after the second megabyte.
    expect(receivedWhenTimerRan).toBe(2 * megabyte);
  });
});
