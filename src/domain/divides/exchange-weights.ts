/**
 * The exchange standards and their weight under the weights in use. A border is only as connected
 * as the exchange both sides have live, so the border score weighs these standards exactly as the
 * overall readiness score does: a what-if that switches GP Connect off removes it here too.
 */
import type { Feed } from '../feed/feed-schema';
import { catalogueOf, standardWeightTotals, weightVectorsOf } from '../scoring/weight-vectors';
import type { Weights } from '../scoring/weights';

/**
 * Standards whose value at a border depends on BOTH neighbours having adopted them: cross-ICS record
 * sharing (ShCR exchange, NRL, IHE document sharing), GP Connect, and the transfers of care.
 * Identity, terminology, infrastructure, citizen and data-platform standards are prerequisites or
 * local capabilities, not exchange between systems. The reasons are in docs/divides-method.md.
 */
export const EXCHANGE_STANDARDS: readonly string[] = [
  'shcr-cross-ics',
  'nrl',
  'ihe-document-sharing',
  'gp-connect-access-record-html',
  'gp-connect-access-record-structured',
  'gp-connect-appointment-management',
  'gp-connect-send-document',
  'gp-connect-update-record',
  'e-rs',
  'eps',
  'itk3',
  'bars',
  'gp2gp',
  'prsb-edischarge',
  'prsb-outpatient-letter',
];

/**
 * Each exchange standard in the feed with its weight in the overall score: its category's weight x
 * its share of that category's standard weight (docs/scoring-method.md section 3). Standards whose
 * weight is 0 (switched off, directly or through their category) are left out. Feed order.
 */
export function exchangeWeights(
  feed: Pick<Feed, 'categories' | 'standards'>,
  weights: Weights,
): Map<string, number> {
  const catalogue = catalogueOf(feed);
  const vectors = weightVectorsOf(feed, catalogue, weights);
  const totals = standardWeightTotals(catalogue, vectors);
  const wanted = new Set(EXCHANGE_STANDARDS);
  const result = new Map<string, number>();
  catalogue.standardIds.forEach((id, index) => {
    if (!wanted.has(id)) return;
    const category = catalogue.standardCategory[index] ?? -1;
    const standardWeight = vectors.standard[index] ?? 0;
    const total = totals[category] ?? 0;
    const weight =
      category < 0 || total <= 0 ? 0 : ((vectors.category[category] ?? 0) * standardWeight) / total;
    if (weight > 0) result.set(id, weight);
  });
  return result;
}
