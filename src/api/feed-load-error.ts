/** Why a feed could not be loaded. Only the transient kinds are worth retrying. */
export type FeedLoadFailure =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'html-instead-of-json'
  | 'unusable-feed'
  | 'too-large'
  | 'file-gone'
  | 'unreadable-file';

const TRANSIENT_HTTP = new Set([408, 425, 429, 500, 502, 503, 504]);

/** A feed failure as a value: what failed (URL, status) and a reason a person can read. */
export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';

  constructor(
    readonly failure: FeedLoadFailure,
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${reason} (${url})`);
  }

  /** Network faults, timeouts and server-side or rate-limit statuses may pass; the rest will not. */
  get transient(): boolean {
    if (this.failure === 'network' || this.failure === 'timeout') return true;
    return this.failure === 'http' && this.status !== undefined && TRANSIENT_HTTP.has(this.status);
  }
}
