/** Why a resource could not be loaded. Only the transient kinds are worth retrying. */
export type LoadFailure =
  | 'network'
  | 'timeout'
  | 'stalled'
  | 'cut-off'
  | 'cors'
  | 'redirect'
  | 'http'
  | 'bad-encoding'
  | 'not-json'
  | 'html-instead-of-json'
  | 'unusable-feed'
  | 'unusable-file'
  | 'too-large'
  | 'file-gone'
  | 'unreadable-file'
  | 'stopped';

/**
 * What was being loaded, so a broken map layout is not reported as a broken feed. Each reads in a
 * sentence: "The map layout could not be loaded".
 */
export type LoadResource = 'feed' | 'map layout' | 'boundaries' | 'catalogue' | 'data product';

/**
 * Faults that may pass by themselves. A refused cross-site read, a redirect loop, a 4xx other than
 * 408/429 or a body that is not JSON will fail the same way every time, so retrying only delays
 * the message that says what to fix.
 */
const TRANSIENT_FAILURES = new Set<LoadFailure>(['network', 'timeout', 'stalled', 'cut-off']);
const TRANSIENT_HTTP = new Set([408, 429, 500, 502, 503, 504]);

/** A load failure as a value: what failed (resource, URL, status) and a reason a person can read. */
export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    readonly failure: LoadFailure,
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
    readonly resource: LoadResource = 'feed',
  ) {
    super(`${reason} (${url})`);
  }

  get transient(): boolean {
    if (TRANSIENT_FAILURES.has(this.failure)) return true;
    return this.failure === 'http' && this.status !== undefined && TRANSIENT_HTTP.has(this.status);
  }
}
