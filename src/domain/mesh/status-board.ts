/**
 * The Data products status board as rows: one per catalogue entry, in catalogue order, with its
 * state, freshness, counts, completeness in its latest published quarter and quality checks. The
 * national page's one-line roll-up comes from the same report.
 */
import { productRowTotals } from './product-tables';
import type { Feed } from '../feed/feed-schema';
import type { MeshReport, ProductReport } from './mesh-report';
import { WORST_FIRST } from './product-outcome';
import type { ProductOutcome, ProductState } from './product-outcome';
import { checkTally, completeness, qualityChecks } from './quality-checks';
import type { Completeness, QualityCheck } from './quality-checks';

export interface BoardRow {
  report: ProductReport;
  /** The owned systems' short names, as the reference product gives them. */
  systems: string[];
  rows: { read: number; accepted: number; rejected: number } | null;
  completeness: Completeness | null;
  checks: QualityCheck[];
  tally: { passed: number; failed: number; unjudged: number };
}

export function statusBoard(
  report: MeshReport,
  outcomes: ReadonlyMap<string, ProductOutcome>,
  reference: Pick<Feed, 'geography' | 'standards'>,
): BoardRow[] {
  const names = new Map(reference.geography.systems.map((s) => [s.code, s.shortName ?? s.name]));
  return report.products.map((product) => {
    const outcome = outcomes.get(product.id);
    const complete =
      outcome?.kind === 'loaded'
        ? completeness(outcome.check, reference, outcome.check.latestPeriod)
        : null;
    const checks = qualityChecks(product, complete);
    const counts = product.counts;
    return {
      report: product,
      systems: product.domain.map((code) => names.get(code) ?? code),
      rows: counts && productRowTotals(counts),
      completeness: complete,
      checks,
      tally: checkTally(checks),
    };
  });
}

/** How each state reads in a sentence, singular and plural. */
export const STATE_WORDS: Record<ProductState | 'pending', [string, string]> = {
  ok: ['healthy', 'healthy'],
  late: ['late', 'late'],
  missed: ['has missed a reporting period', 'have missed a reporting period'],
  'rejected-rows': ['has rejected rows', 'have rejected rows'],
  failed: ['failing its contract', 'failing their contract'],
  unreachable: ['unreachable', 'unreachable'],
  incompatible: ['on another contract version', 'on another contract version'],
  pending: ['still loading', 'still loading'],
};

/** "2 products late, 1 failing its contract, 1 unreachable", or null when all are healthy. */
export function rollUp(report: Pick<MeshReport, 'summary'>): string | null {
  const order = WORST_FIRST.filter((state) => state !== 'ok');
  const parts = order
    .filter((state) => report.summary.states[state] > 0)
    .map((state) => {
      const count = report.summary.states[state];
      const [one, many] = STATE_WORDS[state];
      return `${count} ${count === 1 ? 'product' : 'products'} ${count === 1 ? one : many}`;
    });
  return parts.length === 0 ? null : parts.join(', ');
}
