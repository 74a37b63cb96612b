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
  /** That response, without taking it (to look at its headers). */
  peek?: (url: string) => Promise<Response> | undefined;
  release?: () => void;
  /** The feed worker the script started, once (null if it failed or was taken). */
  takeWorker?: () => Worker | null;
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
 * The feed worker index.html's inline script started before the app's code arrived, handed over
 * once; undefined when there is none (a dev server, a test, a worker that failed to start), and
 * the app then starts its own.
 */
export function takeEarlyWorker(): Worker | undefined {
  return earlyFetches()?.takeWorker?.() ?? undefined;
}

/**
 * The most the page reads of a feed itself, by its declared size on the wire: 8 MB as sent, 1 MB
 * compressed (JSON compresses about tenfold). The bundled feed (2.2 MB) and every catalogue are
 * well under; a 60 MB feed taken in by the page was tasks of 15-70 ms of CPU and up to 564 ms long
 * while the map drew (issue 18 item 6).
 */
export const PAGE_READ_LIMIT_BYTES = 8 * 1024 * 1024;
export const PAGE_READ_LIMIT_ENCODED_BYTES = 1024 * 1024;

/** Whether a response's headers promise a body small enough for the page to take in. */
export function smallEnoughForPage(headers: Headers): boolean {
  const length = Number(headers.get('Content-Length') ?? NaN);
  // No declared size (a streamed or chunked answer): it could be anything, so the worker reads it.
  if (!Number.isFinite(length) || length < 0) return false;
  const encoded = Boolean(headers.get('Content-Encoding'));
  return length <= (encoded ? PAGE_READ_LIMIT_ENCODED_BYTES : PAGE_READ_LIMIT_BYTES);
}

/**
 * How long the page waits for an early response's headers before reading it anyway. A same-site
 * file's headers come in milliseconds; a server slower than this is reported by the page's own
 * fetch, with its timeouts, as it always was.
 */
export const EARLY_HEADERS_WAIT_MS = 2_000;

/** Resolves with null after `ms` or when the signal aborts, whichever is first. */
function nullAfter(ms: number, signal?: AbortSignal): Promise<null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(null);
      },
      { once: true },
    );
  });
}

/**
 * Whether the page reads this feed from the response index.html's inline script started for it.
 * Yes when its headers declare a small body, or have not come within EARLY_HEADERS_WAIT_MS, or it
 * failed (the page's own fetch then reports the fault, as it always did). A big or unsized one is
 * dropped (its download cancelled) and the answer is no: the feed worker fetches the feed, so its
 * bytes never pass through the page's thread (issue 18 item 6). No when nothing was started for
 * it (another site, Node): the worker, if any, fetches. `knownSmall` (the bundled mesh's catalogue,
 * which servers that compress as they send give no size) skips the wait: yes when it was started.
 */
export async function readEarlyOnPage(
  url: string,
  options: { signal?: AbortSignal; waitMs?: number; knownSmall?: boolean } = {},
): Promise<boolean> {
  const { signal, waitMs = EARLY_HEADERS_WAIT_MS, knownSmall = false } = options;
  const early = earlyFetches();
  if (!early || typeof window === 'undefined') return false;
  const href = new URL(url, window.location.href).href;
  const started = early.peek?.(href);
  if (!started) return false;
  if (knownSmall) return true;
  const response = await Promise.race([started.catch(() => null), nullAfter(waitMs, signal)]);
  if (!response || smallEnoughForPage(response.headers)) return true;
  void early.take(href);
  response.body?.cancel().catch(() => undefined);
  return false;
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
