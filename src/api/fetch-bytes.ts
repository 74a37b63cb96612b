import { bodyBytes } from './body-text';
import type { FetchedBody } from './body-text';
import { fetchAdoptingEarly } from './early-fetch/early-response';
import { classifyFailedFetch, httpFailure, megabytes } from './fetch-failure';
import { LoadError } from './load-error';
import type { LoadResource } from './load-error';
import { yieldToPage } from './yield-to-page';

/** How long to wait for the server's answer (status and headers) before calling it a timeout. */
export const FIRST_BYTE_TIMEOUT_MS = 15_000;
/**
 * How long the body may go without a single byte. There is no limit on the whole download: a
 * 60 MB feed on a slow line takes minutes, and progress is shown while it arrives.
 */
export const BODY_STALL_TIMEOUT_MS = 30_000;

/**
 * A body already in the browser's buffers is read chunk after chunk without a pause, which made
 * reading a 63 MB feed one task of over a second; the read lets the page in after each this many
 * bytes.
 */
export const YIELD_EVERY_BYTES = 2 * 1024 * 1024;

export interface FetchBytesOptions {
  signal?: AbortSignal;
  resource?: LoadResource;
  firstByteMs?: number;
  stallMs?: number;
  /** Called as the body arrives; `total` is null when the server did not say or compressed it. */
  onProgress?: (received: number, total: number | null) => void;
  fetchImpl?: typeof fetch;
  /** The page's origin (browsers), to tell a refused cross-site read from an unreachable server. */
  pageOrigin?: string;
}

export interface FetchedBytes {
  bytes: Uint8Array;
  contentType: string | null;
  status: number;
}

/** The body's declared size, when it is the size of the bytes we will read (not compressed). */
function declaredLength(response: Response): number | null {
  if (response.headers.get('Content-Encoding')) return null;
  const length = Number(response.headers.get('Content-Length'));
  return Number.isFinite(length) && length > 0 ? length : null;
}

/** Fetches a resource's bytes in one array (the feed checker); see fetchChunks. */
export async function fetchBytes(
  url: string,
  options: FetchBytesOptions = {},
): Promise<FetchedBytes> {
  const { contentType, status, ...body } = await fetchChunks(url, options);
  return { bytes: bodyBytes(body), contentType, status };
}

/**
 * Fetches a resource's body as the chunks it arrived in, the one network path for the app and the
 * feed checker; they are not joined here, so the page never copies a large body in one task.
 * Every failure is a LoadError naming the address and the reason, including the body read: a
 * download that stalls or is cut off part-way is a fault like any other, not a crash.
 */
export async function fetchChunks(
  url: string,
  options: FetchBytesOptions = {},
): Promise<FetchedBody> {
  // The default takes over a response index.html's inline script already started (early-fetch).
  const { resource = 'feed', fetchImpl = fetchAdoptingEarly } = options;
  const firstByteMs = options.firstByteMs ?? FIRST_BYTE_TIMEOUT_MS;
  const stallMs = options.stallMs ?? BODY_STALL_TIMEOUT_MS;
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;
  let timedOut: 'answer' | 'body' | null = null;
  const arm = (phase: 'answer' | 'body', ms: number) =>
    setTimeout(() => {
      timedOut = phase;
      controller.abort();
    }, ms);
  let timer = arm('answer', firstByteMs);
  const fail = (failure: LoadError['failure'], reason: string, status?: number) =>
    new LoadError(failure, url, reason, status, resource);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (timedOut) throw fail('timeout', `No answer within ${firstByteMs / 1000} seconds`);
      if (options.signal?.aborted) throw error;
      const probeSignal = AbortSignal.timeout(firstByteMs);
      throw await classifyFailedFetch({
        ...options,
        url,
        resource,
        fetchImpl,
        signal: probeSignal,
      });
    }
    if (!response.ok) throw httpFailure(url, response, resource);
    const total = declaredLength(response);
    const chunks: Uint8Array[] = [];
    let received = 0;
    const status = response.status;
    const cutOff = () => {
      const of = total ? ` of ${megabytes(total)}` : '';
      return fail('cut-off', `The download was cut off after ${megabytes(received)}${of}`, status);
    };
    try {
      clearTimeout(timer);
      timer = arm('body', stallMs);
      const reader = response.body?.getReader();
      if (!reader) chunks.push(new Uint8Array(await response.arrayBuffer()));
      let sinceYield = 0;
      for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
        chunks.push(next.value);
        received += next.value.length;
        clearTimeout(timer);
        timer = arm('body', stallMs);
        options.onProgress?.(received, total);
        sinceYield += next.value.length;
        if (sinceYield >= YIELD_EVERY_BYTES) {
          sinceYield = 0;
          await yieldToPage();
        }
      }
    } catch (error) {
      if (timedOut)
        throw fail(
          'stalled',
          `The download stalled: no data for ${stallMs / 1000} seconds after ${megabytes(received)}`,
          status,
        );
      if (options.signal?.aborted) throw error;
      throw cutOff();
    }
    if (total !== null && received < total && chunks.length > 0) throw cutOff();
    const length = received || (chunks[0]?.length ?? 0);
    return { chunks, length, contentType: response.headers.get('Content-Type'), status };
  } finally {
    clearTimeout(timer);
  }
}
