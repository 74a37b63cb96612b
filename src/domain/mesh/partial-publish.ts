/**
 * When a mesh still loading is worth drawing. The national view needs the reference product
 * (geography, standards, quarters) and some rows: drawn with none, every system would say
 * "Loading" and the figures would rest on nothing. So "as soon as the data allows" means once the
 * reference product and the first wave of products (the reads that start together, six at a time)
 * have settled; after that, at most once every `everyMs`, so 49 products cost a handful of
 * re-scores rather than 49. The last product never publishes here: the finished load does.
 * Nor does a moment when every product's body is already in hand (only checks, a few milliseconds
 * each in the worker, remain): the finished view is that close, and a partial one drawn first
 * would be scored and laid out only to be replaced. In Chromium on a local server every product
 * had arrived before the first wave's checks settled, so the first partial view cost the finished
 * one its place on the main thread (README "Data mesh").
 */
import { PRODUCT_CONCURRENCY } from './federate-products';

/** Long enough to batch a wave of products, short enough that the map visibly fills in. */
export const PARTIAL_EVERY_MS = 400;

export interface PartialMoment {
  /** Products settled so far (loaded or failed). */
  settled: number;
  total: number;
  /** Whether the reference product has arrived and is usable. */
  referenceReady: boolean;
  /** Products whose body has not arrived yet (still downloading or queued); unknown if absent. */
  unread?: number;
  /** The reader's clock in milliseconds (passed in: the domain reads no clock). */
  now: number;
}

/** The last partial view drawn, or null before the first. */
export interface LastPartial {
  settled: number;
  at: number;
}

/**
 * How long until a partial view is due: 0 for now, the milliseconds left of the interval when new
 * products have settled too soon after the last view, or null when this moment gives none. The
 * wait matters when the last products of a burst settle inside the interval and one slow product
 * holds back the rest: no later outcome comes to ask again, so the caller must ask once the
 * interval has passed, or the view would stay at the first wave until the slow one ends.
 */
export function partialWait(
  moment: PartialMoment,
  last: LastPartial | null,
  options: { firstWave?: number; everyMs?: number } = {},
): number | null {
  const { settled, total, referenceReady, now } = moment;
  if (!referenceReady || settled >= total || moment.unread === 0) return null;
  if (last === null)
    return settled >= Math.min(options.firstWave ?? PRODUCT_CONCURRENCY, total) ? 0 : null;
  if (settled <= last.settled) return null;
  return Math.max(0, (options.everyMs ?? PARTIAL_EVERY_MS) - (now - last.at));
}
