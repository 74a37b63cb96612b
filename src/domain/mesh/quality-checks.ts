/**
 * The quality checks the status board counts and a product's page lists. Each is passed, failed
 * or "cannot be judged" with why: a product that could not be read cannot be judged on its rows.
 */
import { productRowTotals } from './product-tables';
import type { Feed } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import type { ProductCheckOk } from './check-product';
import type { ProductReport } from './mesh-report';

export const QUALITY_CHECKS = {
  reachable: 'Published at its address',
  contract: 'Follows the expected contract',
  descriptor: 'Usable product and descriptor',
  ownership: 'Rows only for the systems it owns',
  'row-rules': 'Every row meets the contract',
  'on-time': 'Published on time',
  complete: 'Complete in its latest quarter',
} as const;
export type QualityCheckId = keyof typeof QUALITY_CHECKS;

export interface QualityCheck {
  id: QualityCheckId;
  name: string;
  /** null: cannot be judged (see detail). */
  passed: boolean | null;
  detail: string;
}

/** Below this share of expected rows in the latest quarter, the product is not complete. */
export const COMPLETE_AT_LEAST = 0.95;

export interface Completeness {
  period: string;
  /** Owned systems that exist in the period, times the reference's standards. */
  expected: number;
  present: number;
  share: number | null;
}

/** How many of the rows the product should publish for a quarter it did publish. */
export function completeness(
  check: Pick<ProductCheckOk, 'descriptor' | 'observations'>,
  reference: Pick<Feed, 'geography' | 'standards'>,
  period: string | null,
): Completeness | null {
  if (period === null) return null;
  const owned = reference.geography.systems.filter(
    (system) => check.descriptor.domain.includes(system.code) && isSystemValidIn(system, period),
  );
  const expected = owned.length * reference.standards.length;
  const rows = check.observations.filter((row) => row.period === period);
  const present = new Set(rows.map((row) => `${row.system}\u0000${row.standard}`)).size;
  return { period, expected, present, share: expected === 0 ? null : present / expected };
}

const check = (id: QualityCheckId, passed: boolean | null, detail: string): QualityCheck => ({
  id,
  name: QUALITY_CHECKS[id],
  passed,
  detail,
});

const rows = (count: number) => `${count} row${count === 1 ? '' : 's'}`;

/** The checks of a product whose rows were read. */
function rowChecks(report: ProductReport, complete: Completeness | null): QualityCheck[] {
  const refused = report.refusedRows ?? 0;
  const counts = report.counts;
  const rejected = counts ? productRowTotals(counts).rejected : 0;
  const broken = rejected - refused;
  const fresh = report.freshness;
  return [
    check(
      'ownership',
      refused === 0,
      refused === 0
        ? 'Every row is for a system it owns'
        : `${rows(refused)} for systems it does not own were rejected`,
    ),
    check(
      'row-rules',
      broken === 0,
      broken === 0
        ? 'No row broke a row rule'
        : `${rows(broken)} broke a row rule and were rejected`,
    ),
    fresh === null
      ? check('on-time', null, 'Cannot be judged: no SLA could be read')
      : fresh.state === 'on-time'
        ? check('on-time', true, `Latest quarter ${fresh.latest ?? 'none yet'}; nothing overdue`)
        : check(
            'on-time',
            false,
            `${fresh.owed ?? ''} was due on ${fresh.dueDate ?? ''}, ${fresh.days ?? 0} days ago`,
          ),
    complete === null || complete.share === null
      ? check(
          'complete',
          null,
          'Cannot be judged: no quarter is due yet, or it owns no system in it',
        )
      : check(
          'complete',
          complete.share >= COMPLETE_AT_LEAST,
          `${complete.present} of ${complete.expected} system-standard rows for ${complete.period}`,
        ),
  ];
}

export function qualityChecks(
  report: ProductReport,
  complete: Completeness | null,
): QualityCheck[] {
  if (report.state === 'pending') {
    return (Object.keys(QUALITY_CHECKS) as QualityCheckId[]).map((id) =>
      check(id, null, 'Cannot be judged: still loading'),
    );
  }
  const first = report.reasons[0] ?? '';
  if (report.state === 'unreachable') {
    const why = 'Cannot be judged: the product could not be read';
    return [
      check('reachable', false, first),
      ...(['contract', 'descriptor', 'ownership', 'row-rules', 'on-time', 'complete'] as const).map(
        (id) => check(id, null, why),
      ),
    ];
  }
  const reachable = check('reachable', true, 'Read from its address');
  if (report.state === 'incompatible') {
    const why = 'Cannot be judged: it follows another contract';
    return [
      reachable,
      check('contract', false, first),
      ...(['descriptor', 'ownership', 'row-rules', 'on-time', 'complete'] as const).map((id) =>
        check(id, null, why),
      ),
    ];
  }
  const contract = check(
    'contract',
    true,
    `Contract ${report.contractVersion ?? 'version not read'}`,
  );
  if (report.state === 'failed') {
    const why = 'Cannot be judged: the product is unusable';
    return [
      reachable,
      contract,
      check('descriptor', false, first),
      ...(['ownership', 'row-rules', 'on-time', 'complete'] as const).map((id) =>
        check(id, null, why),
      ),
    ];
  }
  const descriptor = check(
    'descriptor',
    true,
    `Version ${report.descriptor?.version ?? ''}, ${report.descriptor?.status ?? ''}`,
  );
  return [reachable, contract, descriptor, ...rowChecks(report, complete)];
}

export function checkTally(checks: readonly QualityCheck[]) {
  return {
    passed: checks.filter((item) => item.passed === true).length,
    failed: checks.filter((item) => item.passed === false).length,
    unjudged: checks.filter((item) => item.passed === null).length,
  };
}
