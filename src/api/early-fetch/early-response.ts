/**
 * The app's side of the early fetches started by the inline script in index.html
 * (early-fetch-script.ts): a response already on its way for an address is handed over once, to
 * the first request for it, so each address is fetched once. Anything not started early (or asked
 * for a second time, as a retry is) goes to the network as before.
 */
export const EARLY_FETCH_GLOBAL = '__interopEarlyFetch';

interface EarlyFetches {
  take: (url: string) => Promise<Response> | undefined;
  /** Whether a response for this address was started and not yet taken. */
  has?: (url: string) => boolean;
  release?: () => void;
}

function earlyFetches(): EarlyFetches | undefined {
  if (typeof window === 'undefined') return undefined;
  return (window as unknown as Record<string, EarlyFetches | undefined>)[EARLY_FETCH_GLOBAL];
}

/**
 * Lets the inline script request the mesh's products after its first wave: called once the feed
 * worker that checks them is running (or cannot start), so its script is not queued behind them.
 */
export function releaseEarlyFetches(): void {
  earlyFetches()?.release?.();
}

/**
 * Whether index.html's inline script started this address and the page has not taken it yet: the
 * default catalogue, whose early response the page reads (a URL feed is otherwise fetched by the
 * feed worker, feed-query.ts).
 */
export function startedEarly(url: string): boolean {
  if (typeof window === 'undefined') return false;
  return earlyFetches()?.has?.(new URL(url, window.location.href).href) ?? false;
}

function takeEarly(input: RequestInfo | URL): Promise<Response> | undefined {
  if (typeof window === 'undefined' || input instanceof Request) return undefined;
  return earlyFetches()?.take(new URL(input, window.location.href).href);
}

/**
 * An early response made to honour the caller's abort signal as its own fetch would: aborting
 * before the answer rejects, and after it errors the body as it is read.
 */
async function followSignal(early: Promise<Response>, signal: AbortSignal): Promise<Response> {
  signal.throwIfAborted();
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
  aborted.catch(() => undefined);
  const response = await Promise.race([early, aborted]);
  if (!response.body) return response;
  const body = response.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), {
    signal,
  });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** `fetch`, except that a response the inline script started for this address is used instead. */
export function fetchAdoptingEarly(
  input: RequestInfo | URL,
  init: RequestInit = {},
): Promise<Response> {
  const early = takeEarly(input);
  if (!early) return globalThis.fetch(input, init);
  return init.signal ? followSignal(early, init.signal) : early;
}
