/**
 * Federation: the reference product plus every usable domain product, merged into the one feed
 * model scoring already reads, and for each system where its data came from. A system whose
 * product is missing has no rows, and says why, so no screen ever shows it as zero.
 */
import type { Feed } from '../feed/feed-schema';
import type { Grants } from './ownership';
import { unavailableReason } from './product-outcome';
import type { ProductOutcome } from './product-outcome';
import { settleMeshRows } from './settle-mesh-rows';

export type SystemSource =
  | { kind: 'product'; product: string }
  | { kind: 'unavailable'; product: string; reason: string }
  /** Its product has not arrived yet: the view is drawn before the whole mesh is in. */
  | { kind: 'pending'; product: string }
  | { kind: 'unowned' };

export interface MergedMesh {
  feed: Feed;
  /** Every system of the reference product: where its rows came from, or why there are none. */
  sources: ReadonlyMap<string, SystemSource>;
  /** "based on 39 of 42 data products". */
  products: { loaded: number; total: number };
}

export function mergeMesh(
  reference: Feed,
  outcomes: readonly ProductOutcome[],
  grants: Grants,
): MergedMesh {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  const observations: Feed['observations'] = [];
  const technology: Feed['technology'] = [];
  const measures: Feed['measures'] = [...reference.measures];
  const measurements: Feed['measurements'] = [...reference.measurements];
  // Measure ids and observations shared between products are settled first, in catalogue order.
  for (const outcome of settleMeshRows(outcomes)) {
    if (outcome.kind !== 'loaded') continue;
    observations.push(...outcome.check.observations);
    technology.push(...outcome.check.technology);
    measures.push(...outcome.check.measures);
    measurements.push(...outcome.check.measurements);
  }
  const sources = new Map<string, SystemSource>();
  for (const system of reference.geography.systems) {
    const product = grants.owners.get(system.code);
    const outcome = product === undefined ? undefined : byId.get(product);
    if (product === undefined || outcome === undefined)
      sources.set(system.code, { kind: 'unowned' });
    else if (outcome.kind === 'loaded') sources.set(system.code, { kind: 'product', product });
    else if (outcome.kind === 'pending') sources.set(system.code, { kind: 'pending', product });
    else
      sources.set(system.code, {
        kind: 'unavailable',
        product,
        reason: unavailableReason(outcome) ?? '',
      });
  }
  const loaded = outcomes.filter((outcome) => outcome.kind === 'loaded').length;
  return {
    feed: { ...reference, observations, technology, measures, measurements },
    sources,
    products: { loaded, total: outcomes.length },
  };
}
