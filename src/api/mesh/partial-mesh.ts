/**
 * A mesh as far as it has arrived, so the pages can draw while the other products download
 * (issue 13: "the national view appears as soon as the data allows; later products update it").
 * When to draw is the domain's rule (partialWait); here the clock is read and the views are built.
 */
import type { FeedParseResult } from '../../domain/feed/parse-feed';
import { mergeMesh } from '../../domain/mesh/merge-mesh';
import type { Grants } from '../../domain/mesh/ownership';
import { partialWait } from '../../domain/mesh/partial-publish';
import type { LastPartial } from '../../domain/mesh/partial-publish';
import type { ProductOutcome } from '../../domain/mesh/product-outcome';
import type { Catalogue } from '../../domain/mesh/product-schema';
import type { MeshLoad } from './load-mesh';

export type ReferenceParse = Extract<FeedParseResult, { ok: true }>;

export interface MeshParts {
  catalogueUrl: string;
  catalogue: Catalogue;
  grants: Grants;
  referenceParse: ReferenceParse;
}

/** Every catalogue entry in catalogue order: its outcome, or pending while it is on its way. */
export function meshLoadOf(
  parts: MeshParts,
  settled: ReadonlyMap<string, ProductOutcome>,
): MeshLoad {
  const outcomes = new Map(
    parts.catalogue.products.map((entry): [string, ProductOutcome] => [
      entry.id,
      settled.get(entry.id) ?? { kind: 'pending', id: entry.id },
    ]),
  );
  const reference = parts.referenceParse.feed;
  return {
    ...parts,
    reference,
    outcomes,
    merged: mergeMesh(reference, [...outcomes.values()], parts.grants),
    complete: settled.size === parts.catalogue.products.length,
  };
}

export interface PartialOptions {
  /** Called with each partial view worth drawing; never with the finished mesh. */
  onPartial: (mesh: MeshLoad) => void;
  firstWave?: number;
  everyMs?: number;
  /** The clock, in milliseconds; performance.now by default. */
  now?: () => number;
}

/**
 * Collects outcomes as they settle and hands on a partial mesh when partialWait says one is worth
 * drawing. `reference` is told when the reference product has arrived, which may come after the
 * first wave of products (a quick 404 settles before a slow reference).
 */
export function partialPublisher(
  base: Omit<MeshParts, 'referenceParse'>,
  options: PartialOptions | undefined,
) {
  const settled = new Map<string, ProductOutcome>();
  let referenceParse: ReferenceParse | null = null;
  let read = 0;
  let last: LastPartial | null = null;
  let stopped = false;
  // A view due once the interval has passed, asked for when no later outcome may come to ask.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const now = options?.now ?? (() => performance.now());
  const consider = () => {
    if (!options || stopped || !referenceParse) return;
    const moment = {
      settled: settled.size,
      total: base.catalogue.products.length,
      referenceReady: true,
      unread: base.catalogue.products.length - read,
      now: now(),
    };
    const wait = partialWait(moment, last, options);
    if (wait === null) return;
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = null;
        consider();
      }, wait);
      return;
    }
    last = { settled: moment.settled, at: moment.now };
    options.onPartial(meshLoadOf({ ...base, referenceParse }, settled));
  };
  return {
    /** A product's body has arrived (or its request failed); its check may still be running. */
    read() {
      read += 1;
    },
    outcome(outcome: ProductOutcome) {
      settled.set(outcome.id, outcome);
      consider();
    },
    reference(parse: ReferenceParse) {
      referenceParse = parse;
      consider();
    },
    /** No partial view after the load ended or failed: it would overwrite the finished one. */
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
