import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_FETCH_GLOBAL, fetchAdoptingEarly, startedEarly } from './early-response';

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

describe('startedEarly: whether the page reads the feed itself (issue 18 item 6)', () => {
  it('is true for an address started and not yet taken, by its absolute address', async () => {
    pageWithEarly({ [URL_A]: Promise.resolve(new Response('early')) });
    expect(startedEarly('/data/a.json')).toBe(true);
    expect(startedEarly('/data/b.json')).toBe(false);
    await fetchAdoptingEarly('/data/a.json');
    expect(startedEarly('/data/a.json')).toBe(false);
  });

  it('is false where there is no page (Node): the feed worker, if any, fetches', () => {
    expect(startedEarly('https://dash.example/data/a.json')).toBe(false);
  });
});
