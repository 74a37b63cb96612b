import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EARLY_FETCH_GLOBAL,
  PAGE_READ_LIMIT_BYTES,
  PAGE_READ_LIMIT_ENCODED_BYTES,
  fetchAdoptingEarly,
  readEarlyOnPage,
  smallEnoughForPage,
} from './early-response';

const URL_A = 'https://dash.example/data/a.json';

/** A page whose inline script started `early` for each address, handed over once each. */
function pageWithEarly(early: Record<string, Promise<Response>>) {
  const network = vi.fn((_url: string) => Promise.resolve(new Response('from the network')));
  vi.stubGlobal('fetch', network);
  vi.stubGlobal('window', {
    location: { href: 'https://dash.example/' },
    [EARLY_FETCH_GLOBAL]: {
      take: (url: string) => {
        const response = early[url];
        delete early[url];
        return response;
      },
      has: (url: string) => url in early,
      peek: (url: string) => early[url],
    },
  });
  return network;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchAdoptingEarly', () => {
  it('uses the early response once, by the absolute address, then the network', async () => {
    const network = pageWithEarly({ [URL_A]: Promise.resolve(new Response('early')) });
    const signal = new AbortController().signal;
    expect(await (await fetchAdoptingEarly('/data/a.json', { signal })).text()).toBe('early');
    expect(network).not.toHaveBeenCalled();
    expect(await (await fetchAdoptingEarly('/data/a.json', { signal })).text()).toBe(
      'from the network',
    );
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('keeps the status and headers of the early response', async () => {
    pageWithEarly({
      [URL_A]: Promise.resolve(
        new Response('gone', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
      ),
    });
    const response = await fetchAdoptingEarly(URL_A, { signal: new AbortController().signal });
    expect([response.status, response.ok, response.headers.get('Content-Type')]).toEqual([
      404,
      false,
      'text/plain',
    ]);
  });

  it('passes on an early failure as the fetch’s own', async () => {
    pageWithEarly({ [URL_A]: Promise.reject(new TypeError('Failed to fetch')) });
    await expect(fetchAdoptingEarly(URL_A, {})).rejects.toThrow('Failed to fetch');
  });

  it('rejects when aborted before the answer, as fetch does', async () => {
    pageWithEarly({ [URL_A]: new Promise<Response>(() => undefined) });
    const aborter = new AbortController();
    const response = fetchAdoptingEarly(URL_A, { signal: aborter.signal });
    aborter.abort(new DOMException('stopped', 'AbortError'));
    await expect(response).rejects.toThrow('stopped');
  });

  it('errors the body when aborted while it is read', async () => {
    let push: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => void (push = controller),
    });
    pageWithEarly({ [URL_A]: Promise.resolve(new Response(body)) });
    const aborter = new AbortController();
    const response = await fetchAdoptingEarly(URL_A, { signal: aborter.signal });
    const reader = response.body!.getReader();
    push?.enqueue(new TextEncoder().encode('part'));
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('part');
    aborter.abort(new DOMException('stopped', 'AbortError'));
    await expect(reader.read()).rejects.toThrow('stopped');
  });

  it('goes to the network where there is no page (Node)', async () => {
    const network = vi.fn(() => Promise.resolve(new Response('from the network')));
    vi.stubGlobal('fetch', network);
    expect(await (await fetchAdoptingEarly(URL_A)).text()).toBe('from the network');
  });
});

function headers(entries: Record<string, string>): Headers {
  return new Headers(entries);
}

describe('smallEnoughForPage: which bodies the page may take in (issue 18 item 6)', () => {
  it.each([
    ['the bundled feed as sent (2.2 MB)', { 'Content-Length': '2300000' }, true],
    ['exactly 8 MB as sent', { 'Content-Length': String(PAGE_READ_LIMIT_BYTES) }, true],
    ['a byte over 8 MB as sent', { 'Content-Length': String(PAGE_READ_LIMIT_BYTES + 1) }, false],
    ['a 60 MB feed as sent', { 'Content-Length': '63000000' }, false],
    [
      'exactly 1 MB compressed',
      { 'Content-Length': String(PAGE_READ_LIMIT_ENCODED_BYTES), 'Content-Encoding': 'br' },
      true,
    ],
    [
      '5 MB compressed (about 50 MB of JSON)',
      { 'Content-Length': '5000000', 'Content-Encoding': 'gzip' },
      false,
    ],
    ['no declared size (streamed)', {}, false],
    ['a size that is not a number', { 'Content-Length': 'lots' }, false],
  ])('%s: %s', (_, entries, expected) => {
    expect(smallEnoughForPage(headers(entries))).toBe(expected);
  });
});

describe('readEarlyOnPage: whether the page reads a feed the inline script started', () => {
  it('reads a small one here, by its absolute address, and leaves it to take', async () => {
    const small = new Response('early', { headers: { 'Content-Length': '5' } });
    pageWithEarly({ [URL_A]: Promise.resolve(small) });
    expect(await readEarlyOnPage('/data/a.json')).toBe(true);
    expect(await (await fetchAdoptingEarly('/data/a.json')).text()).toBe('early');
  });

  it('drops a big one, cancelling its download, and leaves the feed to the worker', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      cancel: () => {
        cancelled = true;
      },
    });
    const big = new Response(body, { headers: { 'Content-Length': '63000000' } });
    const network = pageWithEarly({ [URL_A]: Promise.resolve(big) });
    expect(await readEarlyOnPage(URL_A)).toBe(false);
    await Promise.resolve();
    expect(cancelled).toBe(true);
    // Taken: a later request goes to the network, not to the dropped response.
    expect(await (await fetchAdoptingEarly(URL_A)).text()).toBe('from the network');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('reads here one whose headers do not come in time (the page’s fetch reports it)', async () => {
    pageWithEarly({ [URL_A]: new Promise<Response>(() => undefined) });
    expect(await readEarlyOnPage(URL_A, { waitMs: 20 })).toBe(true);
  });

  it('stops waiting for the headers when the reader presses Stop', async () => {
    pageWithEarly({ [URL_A]: new Promise<Response>(() => undefined) });
    const stop = new AbortController();
    const answer = readEarlyOnPage(URL_A, { signal: stop.signal, waitMs: 60_000 });
    stop.abort();
    expect(await answer).toBe(true);
  });

  it('reads the bundled catalogue here at once, whatever its headers say', async () => {
    const unsized = new Response('{"catalogueVersion":"1"}');
    pageWithEarly({ [URL_A]: Promise.resolve(unsized) });
    expect(await readEarlyOnPage(URL_A, { knownSmall: true })).toBe(true);
    expect(await (await fetchAdoptingEarly(URL_A)).text()).toBe('{"catalogueVersion":"1"}');
  });

  it('drops an unsized one for the worker (a server that compresses as it sends)', async () => {
    const unsized = new Response('{"catalogueVersion":"1"}');
    pageWithEarly({ [URL_A]: Promise.resolve(unsized) });
    expect(await readEarlyOnPage(URL_A)).toBe(false);
  });

  it('reads here one that failed: the page’s fetch names the fault', async () => {
    pageWithEarly({ [URL_A]: Promise.reject(new TypeError('Failed to fetch')) });
    expect(await readEarlyOnPage(URL_A)).toBe(true);
  });

  it('leaves a feed not started early to the worker', async () => {
    pageWithEarly({});
    expect(await readEarlyOnPage('/data/b.json')).toBe(false);
  });

  it('is false where there is no page (Node): the feed worker, if any, fetches', async () => {
    expect(await readEarlyOnPage('https://dash.example/data/a.json')).toBe(false);
  });
});
