import type { Feed } from '../domain/feed/feed-schema';
import type { HexJson, ParsedHexJson } from '../domain/geography/hexjson';
import type { PeriodLayout } from '../domain/geography/vintage-layout';
import type { ProductCheck } from '../domain/mesh/check-product';
import type { Grants } from '../domain/mesh/ownership';
import type { CatalogueResult } from '../domain/mesh/read-catalogue';
import type { CatalogueEntry } from '../domain/mesh/product-schema';
import type { RankInterval } from '../domain/scoring/ranks';
import type { FeedScores } from '../domain/scoring/score-types';
import type { Weights } from '../domain/scoring/weights';
import type { FetchedBody } from './body-text';
import type { LoadedFeed } from './decode-feed';
import type { LoadFailure, LoadResource } from './load-error';
import type { ProductBody } from './mesh/product-json';

/**
 * What the page asks the feed worker. The worker decodes a feed once and keeps it under a version
 * id, so scoring requests carry only that id and the weights, never the feed. `keep` hands over a
 * feed parsed elsewhere (on the main thread, or by a worker that has since forgotten it).
 */
export type FeedWorkerRequest =
  | { kind: 'decode'; text: string; origin: string }
  /**
   * A feed's address's body as fetched (its chunks transferred, not copied): joined and decoded
   * here, off the page's main thread, and, when `save` is given, kept as the last good copy under
   * `save.url` if it passes its contract (a fresh network copy; a replayed one is never saved).
   */
  | { kind: 'decode-body'; body: FetchedBody; origin: string; save?: SaveBody }
  /**
   * A loaded mesh's bodies saved as the last good copy, and `drop` forgotten, in the worker: the
   * page's `new Response` and cache writes for fifty bodies were a 35 ms task as the national view
   * was drawn. Answered once the save is queued, not done.
   */
  | { kind: 'save'; bodies: Map<string, Uint8Array>; drop: readonly string[]; savedAt: string }
  /** Answered at once: the worker has started, so a body can be transferred to it safely. */
  | { kind: 'ping' }
  | { kind: 'keep'; feed: Feed }
  | { kind: 'scores'; version: string; weights: Weights }
  | { kind: 'intervals'; version: string; weights: Weights; period: string }
  /** The period's hex layout over `base`: placing a thousand systems takes the best part of a second. */
  | { kind: 'period-layout'; version: string; base: HexJson; period: string }
  /**
   * The map layout's JSON, checked here: its checker is zod's full build, whose first use on the
   * page evaluated zod in one task of 120-190 ms while a big feed loaded (issue 18).
   */
  | { kind: 'hex-layout'; json: unknown }
  /**
   * A mesh catalogue's JSON, checked here for the same reason: on the page, its check evaluated
   * zod (a long task at the phone rate) and then ran it (another) as a mesh began to load.
   */
  | { kind: 'read-catalogue'; raw: unknown }
  /**
   * A mesh's domain product, decoded from its bytes (copied, not transferred: the page keeps them
   * to save as the last good copy once the whole mesh has passed) and checked against the
   * reference product kept under `version`.
   */
  | {
      kind: 'check-product';
      version: string;
      product: ProductBody;
      entry: CatalogueEntry;
      grants: Grants;
    };

/**
 * A feed's address fetched here, by the same fetchChunks as the page (first-byte and stall
 * timeouts, cut-off, HTTP failures), and decoded as `decode-body` is, so a big feed's bytes never
 * pass through the page's thread (issue 18 item 6). `url` is the address as the page names it (in
 * every error); `href` is it resolved against the page, since a worker resolves against its
 * script. Progress comes back as `fetch-progress` parts; `cancel` stops it.
 */
export interface FetchDecodeRequest {
  kind: 'fetch-decode';
  url: string;
  href: string;
  /** The page's origin, to tell a refused cross-site read from an unreachable server. */
  pageOrigin?: string;
  save?: SaveBody;
}

/** Stops the `fetch-decode` request sent with this id: its fetch is aborted. Not answered. */
export interface CancelRequest {
  kind: 'cancel';
  request: number;
}

/** Everything the page posts to the worker: the requests above, and the fetch and its cancel. */
export type FeedWorkerCall = FeedWorkerRequest | FetchDecodeRequest | CancelRequest;

/** Where and with what date the worker saves a body that passed (src/api/last-good). */
export interface SaveBody {
  url: string;
  /** ISO 8601: the time the page fetched it. */
  savedAt: string;
}

export type FeedWorkerReply =
  | { kind: 'pong' }
  | { kind: 'saving' }
  | { kind: 'decoded'; version: string; loaded: LoadedFeed }
  | { kind: 'kept'; version: string }
  /** The body was a mesh's catalogue (a few kilobytes), not a feed: the page loads the mesh. */
  | { kind: 'catalogue-text'; text: string }
  | {
      kind: 'load-failed';
      failure: LoadFailure;
      url: string;
      reason: string;
      status?: number;
      resource?: LoadResource;
    }
  /** A `fetch-decode` whose fetch was aborted by `cancel`: the page has already moved on. */
  | { kind: 'fetch-stopped' }
  | { kind: 'scores'; scores: FeedScores }
  | { kind: 'intervals'; intervals: Record<string, RankInterval> }
  | { kind: 'period-layout'; placed: PeriodLayout }
  | { kind: 'hex-layout'; parsed: ParsedHexJson }
  | { kind: 'catalogue-read'; result: CatalogueResult }
  | { kind: 'product-checked'; check: ProductCheck }
  /**
   * The product's body is not UTF-8 text, a web page or not JSON: the product is unreadable, like
   * one that never arrived.
   */
  | { kind: 'product-unreadable'; reason: string }
  /** The worker no longer holds (or never held) this version: send the feed with `keep`. */
  | { kind: 'unknown-version'; version: string }
  | { kind: 'error'; message: string };

/** A feed's row tables that the worker may send in slices before the `decoded` reply. */
export type SlicedTable = 'observations' | 'technology' | 'measurements';

/** One slice of a decoded feed's rows; the reply that follows completes the request. */
export interface FeedRowsPart {
  kind: 'feed-rows';
  table: SlicedTable;
  rows: Feed[SlicedTable];
  /** The rows in all the reply's parts, for the loading message's count. */
  total: number;
}

/**
 * One period of a scores reply: a big feed's scores are 19.5 MB when posted, which the page took
 * 150-400 ms to rebuild in one task; one period at a time, each is its own short task.
 */
export interface ScoresPeriodPart {
  kind: 'scores-period';
  period: string;
  scores: FeedScores['byPeriod'][string];
}

/**
 * A `fetch-decode`'s download as it goes (`downloading`), then once all of it has arrived and is
 * being read (`reading`); `total` is null when the server did not say or compressed it.
 */
export interface FetchProgressPart {
  kind: 'fetch-progress';
  phase: 'downloading' | 'reading';
  received: number;
  total: number | null;
}

/** Each request carries an id so that one long-lived worker can answer several in flight. */
export interface FeedWorkerEnvelope<T> {
  id: number;
  message: T;
}
