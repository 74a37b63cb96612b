import { formatFixed } from '../domain/format/format-number';
import { LoadError } from './load-error';
import type { LoadResource } from './load-error';

export const megabytes = (bytes: number) => `${formatFixed(bytes / 1024 / 1024, 1)} MB`;

/** What an HTTP error status most likely means, for the reader and the publisher. */
function httpHint(status: number): string {
  if (status === 401 || status === 403)
    return ': the address needs a sign-in or does not allow this site to read it';
  if (status === 404 || status === 410) return ': there is nothing at this address; check the link';
  if (status === 408 || status === 429 || status >= 500) return '; this is often temporary';
  return '';
}

export function httpFailure(url: string, response: Response, resource: LoadResource): LoadError {
  const statusText = response.statusText ? ` ${response.statusText}` : '';
  const reason = `The server answered HTTP ${response.status}${statusText}${httpHint(response.status)}`;
  return new LoadError('http', url, reason, response.status, resource);
}

interface ProbeContext {
  url: string;
  resource: LoadResource;
  fetchImpl: typeof fetch;
  signal: AbortSignal;
  /** The page's origin in a browser; absent in Node, where there is no cross-origin rule. */
  pageOrigin?: string;
}

async function probe(context: ProbeContext, init: RequestInit): Promise<Response | null> {
  try {
    return await context.fetchImpl(context.url, { ...init, signal: context.signal });
  } catch {
    return null;
  }
}

/**
 * A fetch that rejects says only "TypeError: Failed to fetch", for a server that is down, a
 * redirect loop and a refused cross-site read alike. Two cheap probes tell them apart, because
 * only the first may pass by itself: a server that answers with a redirect when not followed is
 * redirecting in a loop (or to a site that refuses); a cross-site server that answers a no-cors
 * request is reachable but does not allow this site to read it (no Access-Control-Allow-Origin).
 */
export async function classifyFailedFetch(context: ProbeContext): Promise<LoadError> {
  const { url, resource } = context;
  const fail = (failure: LoadError['failure'], reason: string) =>
    new LoadError(failure, url, reason, undefined, resource);
  const manual = await probe(context, { redirect: 'manual' });
  if (manual && (manual.type === 'opaqueredirect' || (manual.status >= 300 && manual.status < 400)))
    return fail(
      'redirect',
      'The address redirects in a loop or to a site that cannot be read; ask the publisher for the final address',
    );
  const crossOrigin =
    context.pageOrigin !== undefined && new URL(url).origin !== context.pageOrigin;
  if (crossOrigin && (await probe(context, { mode: 'no-cors' }))) {
    return fail(
      'cors',
      `The site ${new URL(url).origin} answered but does not allow this dashboard to read its data ` +
        '(its server must send an Access-Control-Allow-Origin header); ask its publisher',
    );
  }
  return fail('network', `The ${resource} could not be reached (network error)`);
}
