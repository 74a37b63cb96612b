/**
 * What became of one catalogue entry when the mesh loaded, and the one state the status board,
 * `mesh:check` and the map all use for it. A product's state is its worst fault:
 * unreachable > incompatible > failed > missed > late > rejected-rows > ok.
 */
import { productRowTotals } from './product-tables';
import type { ProductCheckFailed, ProductCheckOk } from './check-product';
import type { Freshness } from './freshness';

export type ProductOutcome =
  | { kind: 'loaded'; id: string; check: ProductCheckOk }
  | { kind: 'unusable'; id: string; check: ProductCheckFailed }
  /** Not fetched: network fault, HTTP error, not JSON, timed out or no URL. */
  | { kind: 'unreachable'; id: string; reason: string }
  /** Still on its way. */
  | { kind: 'pending'; id: string };

export const PRODUCT_STATES = [
  'ok',
  'late',
  'missed',
  'rejected-rows',
  'failed',
  'unreachable',
  'incompatible',
] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];

/** Worst first: what needs attention leads lists and sentences. */
export const WORST_FIRST: readonly (ProductState | 'pending')[] = [
  'failed',
  'incompatible',
  'unreachable',
  'missed',
  'late',
  'rejected-rows',
  'pending',
  'ok',
];

export function productState(
  outcome: ProductOutcome,
  freshness: Freshness | null,
): ProductState | 'pending' {
  switch (outcome.kind) {
    case 'pending':
      return 'pending';
    case 'unreachable':
      return 'unreachable';
    case 'unusable':
      return outcome.check.kind;
    case 'loaded':
      break;
  }
  if (freshness?.state === 'missed') return 'missed';
  if (freshness?.state === 'late') return 'late';
  const { rejected } = productRowTotals(outcome.check.counts);
  return rejected > 0 ? 'rejected-rows' : 'ok';
}

/** Why a product gives no data, in words for "No data: <product> is unavailable (<reason>)". */
export function unavailableReason(outcome: ProductOutcome): string | null {
  switch (outcome.kind) {
    case 'loaded':
      return null;
    case 'pending':
      return 'still loading';
    case 'unreachable':
      return outcome.reason;
    case 'unusable':
      return outcome.check.kind === 'incompatible'
        ? 'it uses another contract version'
        : `it fails the contract: ${outcome.check.fatal.reason}`;
  }
}
