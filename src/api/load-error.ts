/** Why a resource could not be loaded. Only the transient kinds are worth retrying. */
export type LoadFailure =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'html-instead-of-json'
  | 'unusable-feed'
  | 'unusable-file'
  | 'too-large'
  | 'file-gone'
  | 'unreadable-file';

/**
 * What was being loaded, so a broken map layout is not reported as a broken feed. Each reads in a
 * sentence: "The map layout could not be loaded".
 */
export type LoadResource = 'feed' | 'map layout' | 'boundaries' | 'catalogue' | 'data product';

const TRANSIENT_HTTP = new Set([408, 425, 429, 500, 502, 503, 504]);

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

  /** Network faults, timeouts and server-side or rate-limit statuses may pass; the rest will not. */
  get transient(): boolean {
    if (this.failure === 'network' || this.failure === 'timeout') return true;
    return this.failure === 'http' && this.status !== undefined && TRANSIENT_HTTP.has(this.status);
  }
}
